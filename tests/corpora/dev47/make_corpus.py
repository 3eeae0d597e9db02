#!/usr/bin/env python3
"""Generator of the Siegel development corpus dev47 (legal expenses insurer).

Every mail is written out by hand in its own function below (headers, body,
quotes, forwards, attachment contents). The helpers at the top only build the
MIME structure and the attachment containers deterministically.

    python3 make_corpus.py          # writes mails/ and labels.tsv
    python3 make_corpus.py --check  # rebuilds twice, compares, validates

Attachment libraries: openpyxl, python-docx, odfpy, fpdf2, pypdf
(e.g. /tmp/d47-venv/bin/python make_corpus.py).
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
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

SEED = 47
NN = "47"
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mails")
SMTP = policy.SMTP
INS = "lexvia-rs.example"          # the insurer's domain

# --------------------------------------------------------------------------
# dates: fixed local times in Europe/Berlin, offset computed by the EU rule
# --------------------------------------------------------------------------

def _last_sunday(year, month):
    d = dt.date(year, month, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def berlin_offset(y, mo, d, h, mi):
    """+1 h (CET) or +2 h (CEST) for a local Berlin wall-clock time."""
    start = dt.datetime.combine(_last_sunday(y, 3), dt.time(2, 0))
    end = dt.datetime.combine(_last_sunday(y, 10), dt.time(3, 0))
    local = dt.datetime(y, mo, d, h, mi)
    return 2 if start <= local < end else 1


def when(mo, d, h, mi, s=0, y=2026):
    off = berlin_offset(y, mo, d, h, mi)
    tz = dt.timezone(dt.timedelta(hours=off))
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def rfcdate(t):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec"]
    off = int(t.utcoffset().total_seconds() // 60)
    return "%s, %02d %s %d %02d:%02d:%02d +%02d%02d" % (
        days[t.weekday()], t.day, mons[t.month - 1], t.year, t.hour,
        t.minute, t.second, off // 60, off % 60)


FIXED_DOC_TIME = dt.datetime(2026, 1, 2, 9, 0, 0)

# --------------------------------------------------------------------------
# message construction
# --------------------------------------------------------------------------

MAILS = []


def mail(n, label, lang, kind, reason):
    def deco(fn):
        MAILS.append((n, label, lang, kind, reason, fn))
        return fn
    return deco


def mid(n, domain, part="m"):
    r = random.Random(SEED * 100000 + n * 10 + len(part))
    token = "%012x" % r.getrandbits(48)
    return "<d%s.%04d.%s.%s@%s>" % (NN, n, part, token, domain)


def new(n, frm, to, subject, t, cc=None, reply_to=None, irt=None,
        refs=None, extra=(), domain=None, msgid=None):
    """Create a message with headers in a fixed order."""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = rfcdate(t)
    if domain is None:
        domain = re.search(r"@([A-Za-z0-9.\-]+)", frm).group(1)
    m["Message-ID"] = msgid or mid(n, domain)
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in extra:
        m[k] = v
    return m


def B(s):
    """Body text as written: drop the first newline after the opening quotes."""
    return s[1:] if s.startswith("\n") else s


def flowed(s, width=72):
    """Soft-wrap paragraphs for format=flowed (trailing space = soft break)."""
    out = []
    for para in s.split("\n"):
        if len(para) <= width or para.startswith(">"):
            out.append(para)
            continue
        words = para.split(" ")
        line = ""
        for w in words:
            if line and len(line) + 1 + len(w) > width:
                out.append(line + " ")
                line = w
            else:
                line = w if not line else line + " " + w
        out.append(line)
    return "\n".join(out)


def set_flowed(m, text, charset="utf-8"):
    m.set_content(flowed(text), charset=charset, cte="8bit")
    m.set_param("format", "flowed")


def attach(m, data, filename, mime):
    maintype, subtype = mime.split("/")
    if isinstance(data, str):
        m.add_attachment(data, subtype=subtype, filename=filename)
    else:
        m.add_attachment(data, maintype=maintype, subtype=subtype,
                         filename=filename)


def attach_text(m, text, filename, subtype="plain", charset="utf-8",
                cte=None):
    m.add_attachment(text, subtype=subtype, charset=charset, cte=cte,
                     filename=filename)


def attach_mail(m, inner, filename=None):
    m.add_attachment(inner, filename=filename) if filename else \
        m.add_attachment(inner)


def _strip_part_mime_version(msg):
    """Sub-parts created by EmailMessage carry MIME-Version; real MUAs don't."""
    if not msg.is_multipart():
        return
    for p in msg.get_payload():
        if "MIME-Version" in p:
            del p["MIME-Version"]
        if p.get_content_type() == "message/rfc822":
            _strip_part_mime_version(p.get_payload(0))
        else:
            _strip_part_mime_version(p)


def finalize(m, n):
    """Fixed MIME boundaries, numbered in document order."""
    _strip_part_mime_version(m)
    i = 0
    for part in m.walk():
        if part.is_multipart() and \
                part.get_content_type() != "message/rfc822":
            i += 1
            part.set_boundary("----=_Part_d%s_%04d_%d" % (NN, n, i))
    return m


# --------------------------------------------------------------------------
# attachment containers (contents are written in each mail's section)
# --------------------------------------------------------------------------

def _zip_date(t=FIXED_DOC_TIME):
    return (t.year, t.month, t.day, t.hour, t.minute, t.second)


def normalize_zip(data, t=FIXED_DOC_TIME):
    """Rewrite a ZIP (OOXML/ODF) with fixed member times, same order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=_zip_date(t))
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = t.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp + rb"\g<2>", body)
            dst.writestr(zi, body)
    return out.getvalue()


def make_zip(members, t=FIXED_DOC_TIME):
    """members: list of (name, bytes-or-str)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=_zip_date(t))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)
    return out.getvalue()


def make_xlsx(sheets, author="Lexvia Rechtsschutz", t=FIXED_DOC_TIME):
    """sheets: list of (title, rows)."""
    from openpyxl import Workbook
    wb = Workbook()
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = t
    wb.properties.modified = t
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), t)


def make_docx(blocks, author="Lexvia Rechtsschutz", t=FIXED_DOC_TIME):
    """blocks: list of ("h", text) | ("p", text) | ("t", rows)."""
    import docx
    d = docx.Document()
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "t":
            tab = d.add_table(rows=0, cols=len(val[0]))
            for row in val:
                cells = tab.add_row().cells
                for c, v in zip(cells, row):
                    c.text = str(v)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = t
    cp.modified = t
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), t)


def _odf_bytes(doc, t):
    buf = io.BytesIO()
    doc.write(buf)
    return normalize_zip(buf.getvalue(), t)


def make_odt(blocks, t=FIXED_DOC_TIME):
    """blocks: list of ("h", text) | ("p", text)."""
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P
    doc = OpenDocumentText()
    for kind, val in blocks:
        if kind == "h":
            doc.text.addElement(H(outlinelevel=1, text=val))
        else:
            doc.text.addElement(P(text=val))
    return _odf_bytes(doc, t)


def make_ods(sheets, t=FIXED_DOC_TIME):
    """sheets: list of (title, rows); numbers stay numbers."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for title, rows in sheets:
        tab = Table(name=title)
        for r in rows:
            tr = TableRow()
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    tc = TableCell(valuetype="float", value=v)
                else:
                    tc = TableCell(valuetype="string")
                tc.addElement(P(text=str(v)))
                tr.addElement(tc)
            tab.addElement(tr)
        doc.spreadsheet.addElement(tab)
    return _odf_bytes(doc, t)


def make_pdf(lines, title="Dokument", t=FIXED_DOC_TIME, size=10):
    """A simple one-column PDF with a real text layer (Helvetica, latin-1)."""
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_creation_date(t.replace(tzinfo=dt.timezone.utc))
    pdf.set_title(title)
    pdf.set_author("")
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    for ln in lines:
        if ln.startswith("# "):
            pdf.set_font("Helvetica", "B", size + 3)
            pdf.multi_cell(0, 7, ln[2:], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif ln == "":
            pdf.ln(4)
        else:
            pdf.set_font("Helvetica", "", size)
            pdf.multi_cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    out = pdf.output()
    return bytes(out)


# --------------------------------------------------------------------------
# building, writing and checking
# --------------------------------------------------------------------------

LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
TARGET = {"NORMAL": 80, "CONFIDENTIAL": 60, "STRICTLY_CONFIDENTIAL": 60}


def fname(n):
    return "d%s-%04d.eml" % (NN, n)


def build():
    """Return {filename: bytes} for all mails plus labels.tsv."""
    out = {}
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n, label, lang, kind, reason, fn in sorted(MAILS, key=lambda x: x[0]):
        m = finalize(fn(), n)
        out["mails/" + fname(n)] = m.as_bytes(policy=SMTP)
        for f in (label, lang, kind, reason):
            assert "\t" not in f and "\n" not in f, (n, f)
        rows.append("\t".join((fname(n), label, lang, kind, reason)))
    out["labels.tsv"] = ("\n".join(rows) + "\n").encode("utf-8")
    return out


def write(outdir):
    files = build()
    os.makedirs(os.path.join(outdir, "mails"), exist_ok=True)
    for name, data in files.items():
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(data)
    return files


def _open_attachment(name, data, problems, where):
    low = name.lower()
    try:
        if low.endswith(".pdf"):
            import pypdf
            r = pypdf.PdfReader(io.BytesIO(data))
            txt = "".join(p.extract_text() or "" for p in r.pages)
            if not txt.strip():
                problems.append("%s: %s has no text layer" % (where, name))
        elif low.endswith(".xlsx"):
            import openpyxl
            wb = openpyxl.load_workbook(io.BytesIO(data))
            assert wb.sheetnames
        elif low.endswith(".docx"):
            import docx
            d = docx.Document(io.BytesIO(data))
            assert d.paragraphs or d.tables
        elif low.endswith((".odt", ".ods")):
            from odf.opendocument import load
            load(io.BytesIO(data))
        elif low.endswith(".zip"):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None
            for member in z.namelist():
                _open_attachment(member, z.read(member), problems,
                                 where + ":" + name)
        elif low.endswith(".csv"):
            for enc in ("utf-8", "windows-1252"):
                try:
                    text = data.decode(enc)
                    break
                except UnicodeDecodeError:
                    continue
            rows = list(csv.reader(io.StringIO(text), delimiter=";"))
            assert len(rows) >= 2
        elif low.endswith(".ics"):
            text = data.decode("utf-8")
            assert text.startswith("BEGIN:VCALENDAR") and \
                text.rstrip().endswith("END:VCALENDAR")
        elif low.endswith(".eml"):
            inner = BytesParser(policy=policy.default).parsebytes(data)
            assert inner["From"] and inner["Date"]
        elif low.endswith((".txt", ".log", ".pem", ".xml", ".json")):
            data.decode("utf-8")
        else:
            problems.append("%s: unknown attachment type %s" % (where, name))
    except Exception as e:  # noqa: BLE001
        problems.append("%s: cannot open %s: %r" % (where, name, e))


def validate(files):
    problems = []
    seen_ids = {}
    for name in sorted(files):
        if not name.startswith("mails/"):
            continue
        data = files[name]
        if re.search(rb"\r(?!\n)|(?<!\r)\n", data):
            problems.append("%s: bare CR or LF" % name)
        for i, line in enumerate(data.split(b"\r\n")):
            if len(line) > 998:
                problems.append("%s: line %d has %d octets" % (name, i + 1,
                                                                len(line)))
        msg = BytesParser(policy=policy.default).parsebytes(data)
        ident = msg["Message-ID"]
        if not ident or ident in seen_ids:
            problems.append("%s: missing or duplicate Message-ID" % name)
        seen_ids[ident] = name
        for part in msg.walk():
            if part.defects:
                problems.append("%s: defects %r" % (name, part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    problems.append("%s: header %s defects %r" % (name, k,
                                                                  v.defects))
            if part.get("Date"):
                t = parsedate_to_datetime(str(part["Date"]))
                off = berlin_offset(t.year, t.month, t.day, t.hour, t.minute)
                if t.year != 2026 or \
                        t.utcoffset() != dt.timedelta(hours=off):
                    problems.append("%s: bad date %s" % (name, part["Date"]))
            if part.is_multipart() or \
                    part.get_content_type() == "message/rfc822":
                continue
            payload = part.get_payload(decode=True)
            fn = part.get_filename()
            if part.get_content_maintype() == "text" and not (
                    fn and fn.lower().endswith((".csv", ".ics"))):
                cs = part.get_content_charset() or "us-ascii"
                try:
                    payload.decode(cs)
                except (UnicodeDecodeError, LookupError) as e:
                    problems.append("%s: text part does not decode as %s: %r"
                                    % (name, cs, e))
            if fn:
                _open_attachment(fn, payload, problems, name)
            elif part.get_content_maintype() != "text":
                problems.append("%s: non-text part without filename" % name)
    counts = {}
    lines = files["labels.tsv"].decode("utf-8").splitlines()
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        problems.append("labels.tsv: bad header")
    for ln in lines[1:]:
        f, label, lang, kind, reason = ln.split("\t")
        if label not in LABELS or lang not in ("de", "en", "mixed"):
            problems.append("labels.tsv: bad row %s" % f)
        if "mails/" + f not in files:
            problems.append("labels.tsv: no such mail %s" % f)
        counts[label] = counts.get(label, 0) + 1
    if counts != TARGET:
        problems.append("label counts %r != %r" % (counts, TARGET))
    return problems, counts


def check():
    import subprocess
    import tempfile
    on_disk = {}
    for name in ["labels.tsv"] + ["mails/" + f for f in
                                  sorted(os.listdir(MAILDIR))]:
        with open(os.path.join(HERE, name), "rb") as f:
            on_disk[name] = f.read()
    builds = []
    for i in range(2):
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, PYTHONHASHSEED="0")
            subprocess.run([sys.executable, os.path.abspath(__file__),
                            "--out", tmp], check=True, env=env)
            got = {}
            for name in on_disk:
                p = os.path.join(tmp, name)
                got[name] = open(p, "rb").read() if os.path.exists(p) \
                    else None
            extra = set("mails/" + f for f in
                        os.listdir(os.path.join(tmp, "mails"))) - set(on_disk)
            builds.append((got, extra))
    problems = []
    for i, (got, extra) in enumerate(builds, 1):
        if extra:
            problems.append("build %d has files not on disk: %s" %
                            (i, sorted(extra)))
        for name, data in on_disk.items():
            if got[name] != data:
                problems.append("build %d differs from disk: %s" % (i, name))
    more, counts = validate(on_disk)
    problems += more
    for p in problems:
        print("PROBLEM:", p)
    print("mails: %d  %s" % (len(on_disk) - 1, "  ".join(
        "%s=%d" % (k, counts.get(k, 0)) for k in LABELS)))
    print("check %s" % ("FAILED" if problems else "OK"))
    return 1 if problems else 0


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ, PYTHONHASHSEED="0")
        os.execve(sys.executable, [sys.executable] + sys.argv, env)
    random.seed(SEED)
    args = sys.argv[1:]
    if args[:1] == ["--check"]:
        sys.exit(check())
    outdir = HERE
    if args[:1] == ["--out"]:
        outdir = args[1]
    files = write(outdir)
    print("wrote %d mails to %s" % (len(files) - 1,
                                    os.path.join(outdir, "mails")))

# ==========================================================================
# THE MAILS
# ==========================================================================

# ---------------------------------------------------------------- 0001
@mail(1, "NORMAL", "de", "newsletter",
      "trap: publisher's case-law newsletter (drunk driving, dismissal for illness, care grade) with anonymised parties only")
def m0001():
    m = new(1, "RS-Praxis aktuell <newsletter@rs-praxis-verlag.example>",
            "schaden-leitung@lexvia-rs.example",
            "RS-Praxis aktuell 03/2026: Trunkenheitsfahrt, krankheitsbedingte Kündigung, Pflegegrad-Streit",
            when(2, 5, 6, 30),
            extra=[("List-Unsubscribe", "<https://rs-praxis-verlag.example/abmelden?l=3311>"),
                   ("Precedence", "bulk")])
    m.set_content(B("""
RS-Praxis aktuell - Ausgabe 03/2026
Der Rechtsprechungsdienst für Schadenabteilungen in der Rechtsschutzversicherung

1. BGH, Urt. v. 14.01.2026 - IV ZR 211/24
Vorsätzliche Trunkenheitsfahrt: Der Versicherer darf die Kosten der
Verteidigung zurückfordern, wenn der Versicherungsnehmer rechtskräftig
wegen einer Vorsatztat verurteilt wird. Im entschiedenen Fall hatte der
Kläger mit 1,9 Promille einen geparkten Transporter beschädigt. Die
Rückforderung umfasst auch die Kosten des Sachverständigen.

2. BAG, Urt. v. 27.11.2025 - 2 AZR 88/25
Krankheitsbedingte Kündigung nach sechs Wochen Arbeitsunfähigkeit pro
Jahr über drei Jahre: Ohne ordnungsgemäß angebotenes betriebliches
Eingliederungsmanagement (BEM) ist die Kündigung regelmäßig
unverhältnismäßig. Für die Deckungsprüfung bedeutet das: hinreichende
Erfolgsaussicht wird in diesen Konstellationen kaum zu verneinen sein.

3. BSG, Urt. v. 04.12.2025 - B 3 P 6/24 R
Pflegegrad und Begutachtung per Telefoninterview: Ein Gutachten, das
ausschließlich telefonisch erstellt wurde, reicht bei Demenz-
erkrankungen nicht aus. Widersprüche gegen solche Bescheide haben gute
Aussichten.

4. Praxistipp
Stichentscheid oder Schiedsgutachten? Unsere Übersicht zeigt, welche
Variante in den ARB der großen Versicherer vorgesehen ist.

Alle Entscheidungen im Volltext: https://rs-praxis-verlag.example/ausgabe/2026-03

--
RS-Praxis Verlag GmbH, Kaiserstraße 12, 60311 Frankfurt am Main
Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
Abmelden: https://rs-praxis-verlag.example/abmelden?l=3311
"""))
    m.add_alternative(B("""
<html><body style="font-family:Arial,sans-serif">
<h2>RS-Praxis aktuell &ndash; Ausgabe 03/2026</h2>
<p><i>Der Rechtsprechungsdienst für Schadenabteilungen in der Rechtsschutzversicherung</i></p>
<h3>1. BGH, Urt. v. 14.01.2026 &ndash; IV ZR 211/24</h3>
<p>Vorsätzliche Trunkenheitsfahrt: Der Versicherer darf die Kosten der Verteidigung
zurückfordern, wenn der Versicherungsnehmer rechtskräftig wegen einer Vorsatztat
verurteilt wird. Im entschiedenen Fall hatte der Kläger mit 1,9 Promille einen
geparkten Transporter beschädigt.</p>
<h3>2. BAG, Urt. v. 27.11.2025 &ndash; 2 AZR 88/25</h3>
<p>Krankheitsbedingte Kündigung nach sechs Wochen Arbeitsunfähigkeit pro Jahr über drei
Jahre: Ohne ordnungsgemäß angebotenes BEM ist die Kündigung regelmäßig unverhältnismäßig.</p>
<h3>3. BSG, Urt. v. 04.12.2025 &ndash; B 3 P 6/24 R</h3>
<p>Pflegegrad und Begutachtung per Telefoninterview: bei Demenzerkrankungen nicht ausreichend.</p>
<h3>4. Praxistipp</h3>
<p>Stichentscheid oder Schiedsgutachten? Unsere Übersicht zu den ARB.</p>
<p><a href="https://rs-praxis-verlag.example/ausgabe/2026-03">Alle Entscheidungen im Volltext</a></p>
<hr><p style="font-size:11px">RS-Praxis Verlag GmbH, Kaiserstraße 12, 60311 Frankfurt am Main &middot;
<a href="https://rs-praxis-verlag.example/abmelden?l=3311">Abmelden</a></p>
</body></html>
"""), subtype="html")
    return m


# ---------------------------------------------------------------- 0002
@mail(2, "CONFIDENTIAL", "de", "customer-to-insurer",
      "phone mail: named customer with policy number asks about cover for a rent increase; no special categories")
def m0002():
    m = new(2, "Dennis Kowalski <d.kowalski87@mailwerk.example>",
            "schaden@lexvia-rs.example",
            "mieterhöhung frage",
            when(3, 9, 21, 47),
            extra=[("X-Mailer", "iPhone Mail (22D72)")])
    m.set_content(B("""
hallo,

mein vermieter (Rheinwohnen GmbH) will die miete ab 1.mai von 780 auf 897 euro kalt erhöhen, das sind 15 % und er begründet das mit dem mietspiegel aber unsere wohnung hat nicht mal nen balkon. ist das bei mir mitversichert? versicherungsnummer müsste RS-4471902 sein, hab die police grad nicht zur hand

wohnung ist Berrenrather Str. 214, 50937 Köln, 2.OG links

danke und gruß
Dennis Kowalski

Von meinem iPhone gesendet
"""))
    return m


# ---------------------------------------------------------------- 0003
@mail(3, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "cover for social-court action on degree of disability; diagnoses of the named client in words")
def m0003():
    m = new(3, "Corinna Feldhaus <corinna.feldhaus@lexvia-rs.example>",
            "RAin Selin Akgül <kanzlei@akguel-sozialrecht.example>",
            "Deckungszusage Klage SG Dortmund - Ihr Mandant Hans-Peter Wiesmann - S-2026-0417733",
            when(2, 18, 10, 12))
    m.set_content(B("""
Sehr geehrte Frau Kollegin Akgül,

in der Sozialrechtssache Ihres Mandanten

  Hans-Peter Wiesmann, Am Funkenturm 6, 44269 Dortmund
  Versicherungsschein RS-3308154, Schaden-Nr. S-2026-0417733

erteilen wir Kostenschutz für die Klage vor dem Sozialgericht Dortmund
gegen den Widerspruchsbescheid der Stadt Dortmund vom 21.01.2026
(Feststellung des Grades der Behinderung).

Nach Ihrer Darstellung wurde der GdB mit 30 festgestellt, obwohl neben
der rezidivierenden depressiven Störung inzwischen auch die
Bandscheibenschäden an der Lendenwirbelsäule mit Ausfällen im linken
Bein und das Schlafapnoe-Syndrom (CPAP-Therapie seit 2024) zu
berücksichtigen seien. Angestrebt wird ein GdB von 50 und damit die
Schwerbehinderteneigenschaft. Die Erfolgsaussichten sehen wir wie Sie.

Die Zusage umfasst die gesetzlichen Gebühren nach RVG für die erste
Instanz. Ein Gutachten nach § 109 SGG übernehmen wir nur nach
gesonderter Absprache; bitte fragen Sie vor einer Antragstellung bei
uns an. Die vereinbarte Selbstbeteiligung von 150 EUR trägt Ihr Mandant.

Mit freundlichen Grüßen

Corinna Feldhaus
Schadenservice Sozialrecht
Lexvia Rechtsschutzversicherung AG
Hohenzollernring 88, 50672 Köln
Telefon +49 221 98870-455

Lexvia Rechtsschutzversicherung AG - Sitz Köln - Amtsgericht Köln HRB 99871
Vorstand: Dr. Ingrid Sauerland (Vorsitzende), Matthias Oeljeklaus
"""))
    return m


# ---------------------------------------------------------------- 0004
@mail(4, "NORMAL", "en", "internal",
      "IT maintenance window for the claims system; no case data")
def m0004():
    m = new(4, "IT Service Desk <it-servicedesk@lexvia-rs.example>",
            "alle-schaden@lexvia-rs.example",
            "[Maintenance] LexClaim unavailable Sat 14 March 06:00-14:00",
            when(3, 11, 16, 5))
    m.set_content(B("""
Hello all,

LexClaim (claims system) and the lawyer portal will be unavailable on

  Saturday, 14 March 2026, 06:00 - 14:00 CET

We are applying the Q1 release (R26.1) and patching the database
cluster. What changes for you:

- New field "court instance" on the coverage screen
- The document inbox finally shows the sender's file reference
- Faster search by claim number (the 20-second wait is gone)

Saturday on-call for the claims hotline will work from the paper
fallback forms in the blue folder (room 2.14). Please don't start
long edits on Friday evening; sessions will be closed at 05:45.

Questions: ticket to "LexClaim / Release" or call ext. 700.

Thanks,
Priya Raman
IT Service Desk, Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0005
@mail(5, "CONFIDENTIAL", "de", "insurer-to-customer",
      "cover for an action against dismissal for operational reasons; named customer, policy and claim number, monthly salary")
def m0005():
    m = new(5, "Jana Albrecht <jana.albrecht@lexvia-rs.example>",
            "Tamara Eickhoff <tamara.eickhoff@online-post.example>",
            "Ihre Kündigung - Kostenschutz erteilt (S-2026-0402218)",
            when(1, 27, 14, 40))
    m.set_content(B("""
Sehr geehrte Frau Eickhoff,

vielen Dank für Ihren Anruf heute Vormittag und die Unterlagen.

Für die Kündigungsschutzklage gegen die Kündigung der Spedition
Hallmann Logistik GmbH vom 19.01.2026 (betriebsbedingt, Schließung des
Standorts Hürth) erteilen wir Ihnen Kostenschutz für die erste Instanz
vor dem Arbeitsgericht Köln.

  Versicherungsschein:  RS-2290817 (Privat-, Berufs- und Verkehrs-RS)
  Schadennummer:        S-2026-0402218
  Gegenstandswert:      3 Bruttomonatsgehälter à 3.850,00 EUR = 11.550,00 EUR
  Selbstbeteiligung:    150,00 EUR

Bitte denken Sie an die Klagefrist von drei Wochen ab Zugang der
Kündigung: die Klage muss spätestens am 09.02.2026 beim Arbeitsgericht
eingehen. Ihre Anwältin, Frau Dr. Brenner, haben wir über die Zusage
bereits informiert.

In der ersten Instanz vor dem Arbeitsgericht trägt jede Partei ihre
Anwaltskosten selbst, auch wenn sie gewinnt. Deshalb übernehmen wir
diese Kosten unabhängig vom Ausgang.

Mit freundlichen Grüßen

Jana Albrecht
Schadenservice Arbeitsrecht
Lexvia Rechtsschutzversicherung AG
Hohenzollernring 88, 50672 Köln
Telefon +49 221 98870-412
"""))
    return m


# ---------------------------------------------------------------- 0006
@mail(6, "STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
      "body only asks for further cover; the attached PDF is a penal order for negligent bodily injury against the client (criminal offence, injuries)")
def m0006():
    m = new(6, '"RA Dr. Viktor Haas" <sekretariat@ra-haas.example>',
            "strafrecht@lexvia-rs.example",
            "Ihr Zeichen S-2026-0409164 / Obermeier",
            when(2, 16, 11, 3))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

in der Sache meiner Mandantin Frau Renate Obermeier übersende ich das
Schreiben vom 12.02.2026 zur Kenntnis und bitte um Erweiterung der
Deckungszusage für die weitere Vertretung einschließlich eines
etwaigen Hauptverhandlungstermins.

Mit freundlichen Grüßen

i. A. Melanie Stoll
Sekretariat Dr. Haas

Dr. Viktor Haas, Rechtsanwalt, Fachanwalt für Strafrecht
Apostelnstraße 21, 50667 Köln
"""))
    attach(m, make_pdf([
        "# Amtsgericht Köln - Strafbefehl",
        "Geschäftsnummer: 523 Cs 118/26   Staatsanwaltschaft Köln 91 Js 2207/25",
        "",
        "Strafbefehl",
        "gegen Renate Obermeier, geb. 03.07.1969 in Bergisch Gladbach, wohnhaft Dellbrücker Mauspfad 301, 51069 Köln",
        "",
        "Die Staatsanwaltschaft legt Ihnen folgenden Sachverhalt zur Last:",
        "Am 14.10.2025 gegen 17:40 Uhr befuhren Sie mit dem Pkw, amtliches Kennzeichen K-RO 4411, die Bergisch Gladbacher Straße "
        "in Richtung Innenstadt. An der Einmündung Herler Straße bogen Sie nach links ab, ohne den entgegenkommenden Radfahrer "
        "Jonas Teichert zu beachten. Herr Teichert stürzte und erlitt eine Fraktur des rechten Schlüsselbeins sowie Schürfwunden "
        "an beiden Unterarmen; er war drei Wochen arbeitsunfähig.",
        "",
        "Sie werden daher beschuldigt, fahrlässig die Körperverletzung eines anderen Menschen verursacht zu haben,",
        "strafbar als fahrlässige Körperverletzung gemäß § 229 StGB.",
        "",
        "Gegen Sie wird eine Geldstrafe von 40 Tagessätzen zu je 55,00 EUR festgesetzt.",
        "",
        "Dieser Strafbefehl wird rechtskräftig, wenn Sie nicht innerhalb von zwei Wochen nach Zustellung Einspruch einlegen.",
        "",
        "Köln, 12.02.2026   Richterin am Amtsgericht Dr. Vennemann",
    ], title="Strafbefehl 523 Cs 118-26"), "2026-02-12_AG_Koeln_Strafbefehl.pdf", "application/pdf")
    return m


# ---------------------------------------------------------------- 0007
@mail(7, "NORMAL", "de", "internal",
      "trap: training handout on dismissal for illness with a fictitious example person (Max Mustermann) and diagnoses")
def m0007():
    m = new(7, '"Dr. Helene Brückner" <helene.brueckner@lexvia-rs.example>',
            "team-arbeitsrecht@lexvia-rs.example",
            "Schulung 24.02.: Prüfschema krankheitsbedingte Kündigung (Handout)",
            when(2, 19, 8, 55))
    m.set_content(B("""
Liebe Kolleginnen und Kollegen,

anbei das Handout für die Schulung am Dienstag (10 Uhr, Raum Rhein).
Der Beispielfall ist frei erfunden; bitte bringt ihn ausgedruckt mit,
wir gehen ihn gemeinsam durch.

Schwerpunkte:
- negative Gesundheitsprognose, erhebliche Beeinträchtigung
  betrieblicher Interessen, Interessenabwägung
- BEM: was ändert die neue BAG-Rechtsprechung an unserer
  Erfolgsaussichtenprüfung?
- Was wir in der Akte dokumentieren dürfen und was nicht
  (Diagnosen gehören nicht in das Freitextfeld!)

Viele Grüße
Helene Brückner
Leiterin Schaden
"""))
    attach(m, make_docx([
        ("h", "Prüfschema krankheitsbedingte Kündigung"),
        ("p", "Schulungsunterlage Schadenservice Arbeitsrecht, Stand Februar 2026. Nur für den internen Gebrauch."),
        ("h2", "1. Die drei Stufen"),
        ("p", "Stufe 1: negative Gesundheitsprognose (häufige Kurzerkrankungen, lang andauernde Erkrankung, dauernde Leistungsunfähigkeit)."),
        ("p", "Stufe 2: erhebliche Beeinträchtigung betrieblicher Interessen (Entgeltfortzahlung über sechs Wochen pro Jahr, Betriebsablaufstörungen)."),
        ("p", "Stufe 3: Interessenabwägung (Betriebszugehörigkeit, Alter, Ursache der Erkrankung, BEM)."),
        ("h2", "2. Beispielfall (fiktiv)"),
        ("p", "Max Mustermann (fiktiv), 52 Jahre, Lagerarbeiter seit 1998, Musterfirma GmbH. Arbeitsunfähigkeitszeiten 2023 bis 2025: "
              "insgesamt 141 Tage, überwiegend wegen Rückenbeschwerden (M54.5) und zweimal wegen einer depressiven Episode (F32.1). "
              "Ein BEM wurde im März 2025 angeboten, Herr Mustermann hat nicht geantwortet. Kündigung am 30.09.2025 zum 31.03.2026."),
        ("p", "Frage 1: Bestehen hinreichende Erfolgsaussichten für die Kündigungsschutzklage?"),
        ("p", "Frage 2: Welche Unterlagen fordern wir an, welche ausdrücklich nicht?"),
        ("h2", "3. Dokumentation"),
        ("t", [["Darf in LexClaim", "Gehört nur in die Papierakte / den Anwalt"],
               ["Datum der Kündigung, Kündigungsgrund laut Arbeitgeber", "Diagnosen, Arztberichte"],
               ["Anzahl der AU-Tage (Summe)", "einzelne AU-Bescheinigungen"],
               ["BEM angeboten ja/nein", "Inhalt von BEM-Gesprächen"]]),
    ], author="H. Brückner"), "Handout_krankheitsbedingte_Kuendigung_2026-02.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    return m


# ---------------------------------------------------------------- 0008
@mail(8, "CONFIDENTIAL", "en", "customer-to-insurer",
      "expat customer with policy number describes a severance offer and his salary; no health or criminal content")
def m0008():
    m = new(8, "Bradley Whitcombe <brad.whitcombe@fastpost.example>",
            "service@lexvia-rs.example",
            "Severance offer - am I covered? (policy RS-5120447)",
            when(4, 8, 19, 22),
            extra=[("User-Agent", "Mozilla Thunderbird 128.8.0")])
    set_flowed(m, B("""
Dear Sir or Madam,

I'm sorry to write in English, my German is not good enough for legal matters yet.

I have held your legal expenses policy RS-5120447 since 2023 (private and employment modules). Yesterday my employer, Quellbrook Analytics GmbH in Munich, asked me into a meeting with HR and offered me a termination agreement (Aufhebungsvertrag): employment ends 30 June 2026, severance of EUR 58,000 gross, garden leave from 1 May. My current base salary is EUR 112,000 per year plus a bonus of up to 15 %.

They want my signature by 17 April. I would like a lawyer specialised in employment law to look at the agreement before I sign anything, and if possible to negotiate a better number.

1. Is the initial consultation covered, and do I need your approval before I see a lawyer?
2. Can you recommend an English-speaking lawyer in Munich?
3. Does the deductible apply to a consultation?

My address is Leopoldstraße 177, 80804 München. Best reached by phone after 6 pm: +49 151 2209 4418.

Kind regards,
Bradley Whitcombe
"""))
    return m


# ---------------------------------------------------------------- 0009
@mail(9, "NORMAL", "de", "insurer-to-supplier",
      "trap: order to shred archive boxes of criminal files and medical reports; no person named")
def m0009():
    m = new(9, "Oliver Klasen <oliver.klasen@lexvia-rs.example>",
            "auftrag@aktenwolf-datenvernichtung.example",
            "Bestellung Aktenvernichtung Sicherheitsstufe P-4 / Abholung KW 12",
            when(3, 4, 9, 18))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag RV-2024-017 die Vernichtung
folgender Archivbestände:

  Pos. 1  68 Archivkartons   Schadenakten Strafrecht/OWi 2014-2015
                             (Ermittlungsakten-Kopien, Strafbefehle)
  Pos. 2  41 Archivkartons   Schadenakten Sozialrecht 2014-2015
                             (ärztliche Gutachten, Reha-Entlassungsberichte)
  Pos. 3  12 Datenträger     alte Scan-Festplatten, physische Zerstörung H-5

Sicherheitsstufe: P-4 nach DIN 66399, Schutzklasse 3
Abholung:         KW 12, Anlieferzone Hohenzollernring 88, Rampe 2
Ansprechpartner:  Herr Dörrenbächer (Hausdienst), Tel. -190

Bitte senden Sie uns nach der Vernichtung wie üblich das
Vernichtungsprotokoll mit Plombennummern der Sicherheitsbehälter.
Die Aufbewahrungsfristen sind abgelaufen, die Freigabe des
Datenschutzbeauftragten liegt vor.

Mit freundlichen Grüßen

Oliver Klasen
Einkauf & Dienstleistersteuerung
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0010
@mail(10, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "team lead tells the team a named colleague is out after knee surgery and in rehab (health data of an employee)")
def m0010():
    m = new(10, "Tobias Reinholz <tobias.reinholz@lexvia-rs.example>",
            "team-miete-nachbar@lexvia-rs.example",
            "Vertretung Sabine bis Ende April",
            when(3, 23, 8, 2))
    m.set_content(B("""
Moin zusammen,

kurze Info: Sabine Hottenrott ist nach ihrer Knie-OP (Kreuzband, war
doch komplizierter als gedacht) noch mindestens bis Ende April raus,
danach geht es direkt in die ambulante Reha in Bonn. Sie hat sich
gestern gemeldet und lässt alle grüßen, Besuch ist erst nächste Woche
wieder erwünscht.

Ihre Akten verteile ich so:
- Buchstaben A-K: Lukas
- Buchstaben L-Z: Derya
- Mediationsfälle: bleiben bei mir

Bitte keine Blumen ins Krankenhaus schicken, sie ist seit gestern
wieder zu Hause. Karte läuft über Derya.

Danke euch!
Tobias
"""))
    return m


# ---------------------------------------------------------------- 0011
@mail(11, "NORMAL", "de", "newsletter",
      "trap: law firm's HTML-only client newsletter on mould, asthma and hardship in tenancy law, no individual case")
def m0011():
    m = new(11, "Wendt Tiedemann Partner <info@wtp-recht.example>",
            "partneranwaelte@lexvia-rs.example",
            "Mandanten-Info Mietrecht Frühjahr 2026",
            when(4, 2, 7, 15),
            extra=[("Precedence", "bulk"),
                   ("List-Unsubscribe", "<mailto:abmelden@wtp-recht.example>")])
    m.set_content(B("""
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Mandanten-Info Mietrecht</title></head>
<body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#2b4a6f">Mandanten-Info Mietrecht &ndash; Frühjahr 2026</h1>
<h2>Schimmel in der Mietwohnung: Wer muss was beweisen?</h2>
<p>Immer häufiger berufen sich Mieter auf gesundheitliche Folgen von Schimmelbefall,
etwa Atemwegsbeschwerden, Asthma oder allergische Reaktionen bei Kindern. Der BGH
verlangt für eine Mietminderung keinen ärztlichen Nachweis einer Erkrankung; es genügt
die Gebrauchsbeeinträchtigung. Ärztliche Atteste sind aber für Schadensersatzansprüche
und für die fristlose Kündigung nach § 569 Abs. 1 BGB oft entscheidend.</p>
<h2>Eigenbedarf und Härtefall</h2>
<p>Schwere Erkrankungen, Pflegebedürftigkeit oder ein hohes Alter können einen
Härtefall nach § 574 BGB begründen. Gerichte holen dazu regelmäßig ein
Sachverständigengutachten ein &ndash; pauschale Atteste reichen nicht.</p>
<h2>Betriebskosten 2025</h2>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Position</th><th>Veränderung ggü. Vorjahr</th></tr>
<tr><td>Heizkosten (Gas)</td><td>&minus;6 %</td></tr>
<tr><td>Grundsteuer (neue Bewertung)</td><td>+11 %</td></tr>
<tr><td>Müllabfuhr</td><td>+4 %</td></tr>
</table>
<p>Fragen? Wir sind für Sie da: 0228 44 19 70.</p>
<p style="font-size:11px;color:#777">Wendt Tiedemann Partner Rechtsanwälte PartG mbB,
Poppelsdorfer Allee 40, 53115 Bonn. Diese Information ersetzt keine Rechtsberatung im Einzelfall.
<a href="mailto:abmelden@wtp-recht.example">Abmelden</a></p>
</body></html>
"""), subtype="html")
    return m


# ---------------------------------------------------------------- 0012
@mail(12, "CONFIDENTIAL", "de", "insurer-to-broker",
      "broker gets the status of his named client's neighbour dispute (hedge) with claim number; no special categories")
def m0012():
    m = new(12, "Kai-Uwe Lindner <kai-uwe.lindner@lexvia-rs.example>",
            "Ralf Kranefeld <buero@kranefeld-versicherungen.example>",
            "AW: Kunde Gerlach - Nachbarstreit",
            when(5, 12, 15, 31),
            irt="<7f31c2a0b8e94f4c9a3f1c6d2e5a7b90@kranefeld-versicherungen.example>",
            extra=[("Thread-Topic", "Kunde Gerlach - Nachbarstreit"),
                   ("X-MS-Has-Attach", "")])
    m.set_content(B("""
Hallo Herr Kranefeld,

kurzer Stand zu Herrn Gerlach: Die Deckung für den Streit mit dem
Nachbarn wegen der Thujahecke ist seit dem 28.04. erteilt
(Schaden-Nr. S-2026-0431905), zunächst für die außergerichtliche
Tätigkeit von RA Winkelhoff. Wenn es zum Amtsgericht geht, schicken
Sie oder der Anwalt uns bitte den Klageentwurf, dann erweitern wir.

Die Selbstbeteiligung von 250 EUR hat Herr Gerlach nach dem
Tarifwechsel 2024 selbst gewählt; das war also kein Fehler bei uns.

Viele Grüße
Kai-Uwe Lindner
Maklerbetreuung West
Lexvia Rechtsschutzversicherung AG
Tel. +49 221 98870-230

-----Ursprüngliche Nachricht-----
Von: Ralf Kranefeld <buero@kranefeld-versicherungen.example>
Gesendet: Montag, 11. Mai 2026 17:48
An: Lindner, Kai-Uwe <kai-uwe.lindner@lexvia-rs.example>
Betreff: Kunde Gerlach - Nachbarstreit

Hallo Herr Lindner,

mein Kunde Michael Gerlach (Vertrag RS-1876330, Hauptstraße 61 in
Much) ruft mich ständig an wegen der Hecke seines Nachbarn, die drei
Meter hoch auf der Grenze steht. Er sagt, er hat seit Wochen nichts
von Ihnen gehört und außerdem wundert er sich über die 250 EUR
Selbstbeteiligung. Können Sie mal schauen?

Gruß
Ralf Kranefeld
Versicherungsmakler, Much
"""))
    return m


# ---------------------------------------------------------------- 0013
@mail(13, "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-lawyer",
      "coverage note to an English-speaking firm: named client dismissed while pregnant (pregnancy = health data)")
def m0013():
    m = new(13, "Jana Albrecht <jana.albrecht@lexvia-rs.example>",
            "Fiona Kade <f.kade@morrisonkade.example>",
            "Your client Ms Amara Osei-Bonsu / Lexvia claim S-2026-0440217 - coverage confirmed",
            when(5, 21, 11, 46),
            cc="arbeitsrecht@lexvia-rs.example")
    m.set_content(B("""
Dear Ms Kade,

thank you for your letter of 19 May. We confirm coverage for your
client, Ms Amara Osei-Bonsu (policy RS-6602981), in her dispute with
Halvorsen Marine Software GmbH, Frankfurt am Main.

As we understand it, the employer gave notice on 8 May 2026 although
Ms Osei-Bonsu had informed HR in writing on 30 April that she is
expecting her second child (due date mid-November). The notice is
therefore void under section 17 of the Maternity Protection Act
unless the authority has approved it, which the employer does not
claim.

For our records, here is the formal wording in German:

  Deckungszusage: Kostenschutz für die Kündigungsschutzklage vor
  dem Arbeitsgericht Frankfurt am Main, 1. Instanz, einschließlich
  Güteverhandlung. Gegenstandswert nach Ihren Angaben: 3 x 6.200 EUR
  brutto. Ein Antrag auf Zulässigkeitserklärung der Kündigung bei der
  Aufsichtsbehörde (§ 17 Abs. 2 MuSchG) ist nach Ihrer Auskunft nicht
  gestellt.

Please send us the statement of claim once filed and let us know the
date of the conciliation hearing. Invoices can be sent by e-mail to
rechnungen@lexvia-rs.example quoting the claim number.

Kind regards / Mit freundlichen Grüßen

Jana Albrecht
Schadenservice Arbeitsrecht | Employment claims
Lexvia Rechtsschutzversicherung AG
Hohenzollernring 88, 50672 Köln, Germany
"""))
    return m


# ---------------------------------------------------------------- 0014
@mail(14, "NORMAL", "mixed", "system-to-customer",
      "portal notification 'new secure message' in German and English without any content or case reference")
def m0014():
    m = new(14, "Lexvia Kundenportal <no-reply@portal.lexvia-rs.example>",
            "sabrina.lueck@webpost.example",
            "Neue Nachricht in Ihrem Postfach / New message in your mailbox",
            when(6, 3, 13, 2),
            extra=[("Auto-Submitted", "auto-generated")])
    m.set_content(B("""
Guten Tag,

in Ihrem persönlichen Postfach im Lexvia-Kundenportal liegt eine neue
Nachricht für Sie. Aus Sicherheitsgründen versenden wir den Inhalt
nicht per E-Mail.

Zum Portal: https://portal.lexvia-rs.example/login

---

Hello,

there is a new message in your personal mailbox in the Lexvia customer
portal. For security reasons we do not send its content by e-mail.

Log in: https://portal.lexvia-rs.example/login

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht.
This e-mail was generated automatically. Please do not reply.
"""))
    m.add_alternative(B("""
<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p><img alt="Lexvia" src="https://portal.lexvia-rs.example/static/logo.png" width="120"></p>
<p>Guten Tag,</p>
<p>in Ihrem persönlichen Postfach im Lexvia-Kundenportal liegt eine neue Nachricht für Sie.
Aus Sicherheitsgründen versenden wir den Inhalt nicht per E-Mail.</p>
<p><a href="https://portal.lexvia-rs.example/login">Zum Portal</a></p>
<hr>
<p>Hello,</p>
<p>there is a new message in your personal mailbox in the Lexvia customer portal.
For security reasons we do not send its content by e-mail.</p>
<p><a href="https://portal.lexvia-rs.example/login">Log in</a></p>
<p style="color:#888;font-size:11px">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht.<br>
This e-mail was generated automatically. Please do not reply.</p>
</body></html>
"""), subtype="html")
    return m


# ---------------------------------------------------------------- 0015
@mail(15, "CONFIDENTIAL", "de", "lawyer-to-insurer",
      "short body; the attached PDF fee note names the tenant client, claim number and deposit dispute with amounts")
def m0015():
    m = new(15, "Kanzlei Wendt Tiedemann Partner <abrechnung@wtp-recht.example>",
            "rechnungen@lexvia-rs.example",
            "Kostennote 2026-0388",
            when(6, 9, 10, 20))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

anbei unsere Kostennote mit der Bitte um Ausgleich.

Mit freundlichen Grüßen
Buchhaltung
Wendt Tiedemann Partner Rechtsanwälte PartG mbB
"""))
    attach(m, make_pdf([
        "# Kostennote Nr. 2026-0388",
        "Wendt Tiedemann Partner Rechtsanwälte PartG mbB, Poppelsdorfer Allee 40, 53115 Bonn",
        "",
        "An: Lexvia Rechtsschutzversicherung AG, Hohenzollernring 88, 50672 Köln",
        "Ihre Schaden-Nr.: S-2026-0411470   Ihr VN: Felix Kühn, Kessenicher Str. 88, 53129 Bonn",
        "In Sachen: Kühn ./. Wohnbau Rhein GmbH - Rückzahlung Mietkaution",
        "Gegenstandswert: 2.640,00 EUR (Kaution 3 Nettokaltmieten à 880,00 EUR)",
        "",
        "1,3 Geschäftsgebühr Nr. 2300 VV RVG                 288,60 EUR",
        "Post- und Telekommunikationspauschale Nr. 7002 VV RVG   20,00 EUR",
        "Zwischensumme                                          308,60 EUR",
        "19 % Umsatzsteuer Nr. 7008 VV RVG                        58,63 EUR",
        "Gesamtbetrag                                           367,23 EUR",
        "",
        "abzüglich Selbstbeteiligung des Mandanten (150,00 EUR), von uns direkt angefordert",
        "Zahlbetrag Lexvia                                      217,23 EUR",
        "",
        "Bankverbindung: Wendt Tiedemann Partner PartG mbB, IBAN DE30 3790 0195 2789 6255 98",
        "Steuernummer 205/5712/0447",
    ], title="Kostennote 2026-0388"), "Kostennote_2026-0388.pdf", "application/pdf")
    return m


# ---------------------------------------------------------------- 0016
@mail(16, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "customer asks cover for objecting to her co-insured husband's care grade; Parkinson, falls, incontinence")
def m0016():
    m = new(16, "Gisela Ahrendt <gisela.ahrendt@t-mail.example>",
            "service@lexvia-rs.example",
            "Widerspruch Pflegekasse - brauche Hilfe",
            when(1, 14, 9, 51))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

mein Mann Werner Ahrendt ist bei uns im Vertrag mitversichert (Nummer
RS-0938442). Er hat seit 2019 Parkinson und es ist im letzten Jahr
viel schlimmer geworden. Er ist im Herbst zweimal in der Wohnung
gestürzt, kommt nachts nicht mehr allein zur Toilette und braucht
beim Anziehen und Waschen jeden Tag Hilfe. Die Pflegekasse hat nach
dem Besuch vom Medizinischen Dienst aber nur Pflegegrad 2 gegeben,
die Gutachterin war keine 20 Minuten da.

Unsere Tochter sagt wir sollen Widerspruch einlegen und wenn das
nicht klappt klagen. Zahlen Sie den Anwalt dafür? Der Bescheid ist
vom 2. Januar, ich weiß dass wir nur einen Monat Zeit haben.

Ich kann Ihnen den Bescheid und das Gutachten per Post schicken, ich
habe keinen Scanner.

Mit freundlichen Grüßen
Gisela Ahrendt
Lindenweg 4
57462 Olpe
Tel. 02761 83 27 10
"""))
    return m


# ---------------------------------------------------------------- 0017
@mail(17, "NORMAL", "en", "insurer-to-partner",
      "trap: quarterly bordereau to the reinsurer with aggregated counts for criminal and social-security cases, no persons")
def m0017():
    m = new(17, "Henrik Lauterbach <henrik.lauterbach@lexvia-rs.example>",
            "Claire Dubois <c.dubois@nordhafen-re.example>",
            "Q1 2026 quota share bordereau - Lexvia legal expenses",
            when(4, 24, 16, 12),
            cc="rueckversicherung@lexvia-rs.example")
    m.set_content(B("""
Dear Claire,

please find attached the Q1 2026 bordereau for the quota share
treaty (contract ref. NHR-LE-2025-04). As agreed in Hamburg, we now
split the criminal defence and social-security lines so that your
actuaries can follow the trend in disability and care-grade disputes.

Highlights:
- notified claims +6.8 % vs. Q1 2025, driven by employment
- average paid per closed claim EUR 1,412 (Q1 2025: EUR 1,366)
- social security: disputes on care grades up 31 %, degree of
  disability cases flat
- no single claim above the EUR 50,000 large-loss threshold

The figures are aggregated; no claim-level data is included.
The premium and claims cash settlement follows next week from
accounting.

Best regards,
Henrik

Henrik Lauterbach
Reinsurance & Actuarial
Lexvia Rechtsschutzversicherung AG, Cologne
"""))
    attach(m, make_xlsx([
        ("Claims by line", [
            ["Line of law", "Notified Q1 2026", "Notified Q1 2025", "Closed Q1 2026", "Paid EUR Q1 2026", "Reserve EUR 31.03.2026"],
            ["Employment", 4118, 3702, 3560, 5011400, 9882000],
            ["Tenancy / property", 2207, 2151, 2099, 2304800, 4410500],
            ["Traffic (civil)", 1893, 1904, 1850, 2009700, 3120400],
            ["Traffic offences (administrative)", 1476, 1512, 1432, 811200, 970300],
            ["Criminal defence", 388, 351, 341, 902300, 1877200],
            ["Social security - care grade", 512, 391, 388, 301900, 701200],
            ["Social security - degree of disability", 644, 650, 601, 455100, 1022700],
            ["Social security - other", 298, 287, 270, 188000, 402900],
            ["Family / inheritance advice", 1320, 1288, 1301, 301600, 120500],
            ["Contract / consumer", 1740, 1577, 1604, 1391200, 2218400],
            ["Total", 14596, 13813, 13446, 13677200, 24726100],
        ]),
        ("Premium", [
            ["Segment", "Gross written premium EUR", "Ceded 40 % EUR"],
            ["Private", 38120000, 15248000],
            ["Private incl. employment", 22790000, 9116000],
            ["SME", 6410000, 2564000],
            ["Total", 67320000, 26928000],
        ]),
    ], author="H. Lauterbach"), "Lexvia_QS_bordereau_Q1-2026.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return m


# ---------------------------------------------------------------- 0018
@mail(18, "CONFIDENTIAL", "de", "insurer-to-customer",
      "cover for objecting to a speeding fine with a one-month driving ban (administrative offence) of the named customer")
def m0018():
    m = new(18, "Murat Yıldız <murat.yildiz@lexvia-rs.example>",
            "Carsten Blome <carsten.blome@netmail-rhein.example>",
            "Bußgeldbescheid Landkreis Rhein-Sieg - Kostenschutz (S-2026-0428861)",
            when(4, 29, 11, 7))
    m.set_content(B("""
Guten Tag Herr Blome,

für den Einspruch gegen den Bußgeldbescheid des Rhein-Sieg-Kreises
vom 20.04.2026 (Az. 3.2-OWi-118840/26) erteilen wir Kostenschutz.

Laut Bescheid sollen Sie am 03.03.2026 auf der B 56 bei Siegburg
außerorts mit Ihrem Pkw SU-CB 713 nach Toleranzabzug 31 km/h zu
schnell gefahren sein. Festgesetzt sind 260 EUR Geldbuße, zwei Punkte
und ein Monat Fahrverbot. Da Sie als Außendienstmitarbeiter auf den
Führerschein angewiesen sind, ist die Prüfung der Messung sinnvoll.

Die Zusage umfasst:
- die Anwaltskosten im Verwaltungs- und gerichtlichen Verfahren
  (1. Instanz),
- die Kosten für die Einsicht in die Messdaten und ein
  Sachverständigengutachten zur Messung bis 1.500 EUR.

Ihre Selbstbeteiligung im Verkehrs-Rechtsschutz beträgt 150 EUR.
Die Einspruchsfrist endet zwei Wochen nach Zustellung; Ihr Anwalt,
Herr Schwarzer (Kanzlei am Rathaus, Leverkusen), kennt den Fall
bereits von Ihnen.

Freundliche Grüße

Murat Yıldız
Schadenservice Verkehrsrecht
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0019
@mail(19, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "partial refusal: named customer accused of fraud in online sales (criminal proceedings, intentional offence); windows-1252")
def m0019():
    m = new(19, "Murat Yıldız <murat.yildiz@lexvia-rs.example>",
            "Sascha Pietrzak <s.pietrzak@mailwerk.example>",
            "Ermittlungsverfahren StA Bonn 440 Js 1377/26 - Ihre Anfrage",
            when(3, 12, 15, 55))
    m.set_content(B("""
Sehr geehrter Herr Pietrzak,

wir haben Ihre Anfrage vom 06.03.2026 und die Vorladung der
Kriminalpolizei Bonn geprüft.

Ihnen wird vorgeworfen, zwischen Oktober und Dezember 2025 über eine
Verkaufsplattform 23 Spielkonsolen angeboten und bezahlt bekommen,
aber nicht geliefert zu haben (Betrug, § 263 StGB). Der Schaden der
Käufer soll bei rund 11.900 EUR liegen.

Betrug kann nur vorsätzlich begangen werden. Nach § 2 i) bb) unserer
ARB besteht für die Verteidigung gegen den Vorwurf eines Verbrechens
oder eines nur vorsätzlich begehbaren Vergehens kein Versicherungs-
schutz. Wir können Ihnen deshalb keine Kostenzusage geben.

Eine Ausnahme gilt nur dann, wenn das Verfahren mit einem Freispruch
endet oder eingestellt wird, ohne dass Sie eine Auflage erfüllen
müssen. Dann übernehmen wir die Kosten rückwirkend. Bitte schicken
Sie uns in diesem Fall den Einstellungsbescheid bzw. das Urteil.

Gegen diese Entscheidung können Sie sich an den Versicherungs-
ombudsmann wenden; die Anschrift finden Sie in Ihren Vertrags-
unterlagen.

Mit freundlichen Grüßen

Murat Yildiz
Schadenservice Verkehrs- und Strafrecht
Lexvia Rechtsschutzversicherung AG
Versicherungsschein RS-7720056
"""), charset="windows-1252")
    return m


# ---------------------------------------------------------------- 0020
@mail(20, "NORMAL", "mixed", "internal",
      "summer party invitation in German and English with a calendar file; no personal data")
def m0020():
    m = new(20, "Betriebsrat Lexvia <betriebsrat@lexvia-rs.example>",
            "alle@lexvia-rs.example",
            "Sommerfest 2026 / Summer party - save the date!",
            when(5, 6, 12, 0))
    m.set_content(B("""
Liebe Kolleginnen und Kollegen, dear colleagues,

das Sommerfest findet dieses Jahr am Freitag, 26. Juni, ab 16 Uhr im
Rheinpark statt (Tanzbrunnen-Wiese, bei Regen im Zelt).

- Grill und vegetarisches Buffet, Getränke frei
- Kinderprogramm bis 19 Uhr
- Ab 20 Uhr: die "Paragraphenreiter" (Band aus der IT!)

Please bring your family. Kids are welcome, there will be a bouncy
castle and face painting until 7 pm. Vegetarian and vegan food will
be clearly marked; please tell us about allergies on the sign-up
list at the reception, no names needed for the food list.

Anmeldung bis 5. Juni im Intranet unter "Events".

Euer Betriebsrat / your works council
"""))
    attach(m, B("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lexvia Rechtsschutz//Intranet Events//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:sommerfest-2026@lexvia-rs.example
DTSTAMP:20260506T100000Z
DTSTART;TZID=Europe/Berlin:20260626T160000
DTEND;TZID=Europe/Berlin:20260626T230000
SUMMARY:Sommerfest 2026 / Summer party
LOCATION:Rheinpark Köln\\, Tanzbrunnen-Wiese
DESCRIPTION:Grill\\, Band\\, Kinderprogramm. Anmeldung im Intranet.
END:VEVENT
END:VCALENDAR
"""), "Sommerfest_2026.ics", "text/calendar")
    return m


# ---------------------------------------------------------------- 0021
@mail(21, "CONFIDENTIAL", "en", "insurer-to-customer",
      "reply to the expat customer: consultation covered, lawyer names; his salary and severance are only in the quoted mail")
def m0021():
    m = new(21, "Jana Albrecht <jana.albrecht@lexvia-rs.example>",
            "Bradley Whitcombe <brad.whitcombe@fastpost.example>",
            "RE: Severance offer - am I covered? (policy RS-5120447)",
            when(4, 9, 10, 3),
            irt=mid(8, "fastpost.example"))
    m.set_content(B("""
Dear Mr Whitcombe,

no need to apologise, we are happy to help in English.

1. Yes. Legal advice on a proposed termination agreement is covered
   under your employment module. We have opened claim S-2026-0426650;
   please give this number to the lawyer. You do not need to wait for
   a written confirmation for the first consultation.
2. Two firms in Munich that work in English and have handled such
   cases for our customers:
   - Dr. Lisa Hohenadl, Hohenadl Arbeitsrecht, Prinzregentenstr. 54,
     phone 089 2180 4470
   - Quentin Sarre, Sarre & Böck, Sendlinger Str. 9, 089 5519 8830
   You are of course free to choose any other lawyer.
3. The deductible of EUR 150 applies once per case, also if it
   ends with the consultation.

One practical point: if you sign the agreement, the employment
agency may impose a waiting period for unemployment benefit. The
lawyer will explain this; please don't sign before you have seen him
or her.

Kind regards,
Jana Albrecht
Employment claims | Lexvia Rechtsschutzversicherung AG
Phone +49 221 98870-412

-----Original Message-----
From: Bradley Whitcombe <brad.whitcombe@fastpost.example>
Sent: Wednesday, April 8, 2026 7:22 PM
To: service@lexvia-rs.example
Subject: Severance offer - am I covered? (policy RS-5120447)

> I have held your legal expenses policy RS-5120447 since 2023 (private
> and employment modules). Yesterday my employer, Quellbrook Analytics
> GmbH in Munich, asked me into a meeting with HR and offered me a
> termination agreement (Aufhebungsvertrag): employment ends 30 June
> 2026, severance of EUR 58,000 gross, garden leave from 1 May. My
> current base salary is EUR 112,000 per year plus a bonus of up to 15 %.
>
> They want my signature by 17 April.
"""))
    return m


# ---------------------------------------------------------------- 0022
@mail(22, "NORMAL", "de", "internal",
      "trap: new letter template for social-law cover with merge-field placeholders for name, birth date, diagnosis and IBAN")
def m0022():
    m = new(22, "Nadine Schürmann <nadine.schuermann@lexvia-rs.example>",
            "team-sozialrecht@lexvia-rs.example",
            "Neue Textvorlage SR-07 (Deckungszusage Sozialgericht) freigegeben",
            when(1, 20, 13, 37))
    m.set_content(B("""
Hallo zusammen,

die überarbeitete Vorlage SR-07 ist ab sofort in LexClaim unter
"Korrespondenz > Sozialrecht" freigegeben. Neu ist vor allem der
Absatz zu Gutachten nach § 109 SGG. Zur Info der Text mit den
Platzhaltern (bitte nicht von Hand befüllen, die Felder kommen aus
der Akte):

------------------------------------------------------------------
«Anrede» «Titel» «Nachname»,

in der Sozialrechtssache «VN_Vorname» «VN_Nachname», geb.
«VN_Geburtsdatum», Versicherungsschein «Vertragsnummer»,
Schaden-Nr. «Schadennummer»,

erteilen wir Kostenschutz für das Klageverfahren vor dem
Sozialgericht «Gericht» gegen den Bescheid vom «Bescheiddatum»
(Gegenstand: «Streitgegenstand», z. B. Grad der Behinderung,
Pflegegrad, Erwerbsminderungsrente).

[Optional, nur wenn in der Akte erfasst:]
Streitig ist insbesondere die Bewertung von «Gesundheitsstörung_1»
und «Gesundheitsstörung_2».

Die Kosten eines Gutachtens nach § 109 SGG übernehmen wir bis
«Betrag_109» EUR nach vorheriger Abstimmung.

Erstattungen überweisen wir auf das Konto «IBAN» bei «Bank».
------------------------------------------------------------------

Bitte beachtet: Das optionale Feld zu den Gesundheitsstörungen geht
nur an die Anwältin oder den Anwalt, nie an Dritte. Rückfragen an
mich.

Gruß
Nadine
Prozessmanagement Schaden
"""))
    return m


# ---------------------------------------------------------------- 0023
@mail(23, "STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
      "coverage request for a dismissal during long sick leave; burnout, sick-leave periods and a clinic stay of the named client")
def m0023():
    m = new(23, "\"Dr. Katrin Brenner\" <k.brenner@brenner-oyelaran.example>",
            "arbeitsrecht@lexvia-rs.example",
            "Deckungsanfrage Kündigungsschutz Lüdtke ./. Bauer Stahlhandel GmbH",
            when(2, 2, 17, 26),
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    m.set_content(B("""
Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn Frank Lüdtke, Kastanienallee 19,
47799 Krefeld, bei Ihnen versichert unter RS-2744019, in einer
arbeitsrechtlichen Angelegenheit vertreten.

Unser Mandant ist seit 2009 als Disponent bei der Bauer Stahlhandel
GmbH in Duisburg beschäftigt. Er ist seit dem 14.07.2025 durchgehend
arbeitsunfähig erkrankt. Nach seinen Angaben und dem uns vorliegenden
Entlassungsbericht lag ein schweres Erschöpfungssyndrom mit
depressiver Symptomatik vor; er war vom 02.09. bis 21.10.2025 in
stationärer Behandlung in der Klinik am Niederrhein in Kleve und ist
seitdem in ambulanter Psychotherapie. Eine stufenweise
Wiedereingliederung war für März 2026 geplant.

Mit Schreiben vom 27.01.2026 hat die Arbeitgeberin das
Arbeitsverhältnis ordentlich zum 31.07.2026 gekündigt, ohne ein
betriebliches Eingliederungsmanagement angeboten zu haben. Wir halten
die Kündigung für sozial ungerechtfertigt und bitten um Deckungszusage
für die Kündigungsschutzklage vor dem Arbeitsgericht Duisburg.

Gegenstandswert: Bruttomonatsgehalt 4.120 EUR x 3 = 12.360 EUR.

Das Kündigungsschreiben fügen wir bei, den Entlassungsbericht nur auf
Anforderung.

Mit freundlichen Grüßen

Dr. Katrin Brenner
Rechtsanwältin | Fachanwältin für Arbeitsrecht
Brenner & Oyelaran Rechtsanwälte
Königsallee 61, 40215 Düsseldorf
T +49 211 86 40 77-0

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte
Informationen enthalten. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte sofort den Absender und vernichten Sie diese
E-Mail.
"""))
    return m


# ---------------------------------------------------------------- 0024
@mail(24, "NORMAL", "en", "newsletter",
      "trap: European association newsletter with court statistics on criminal, disability and employment cases")
def m0024():
    m = new(24, "ELEIA Secretariat <news@eleia-association.example>",
            "henrik.lauterbach@lexvia-rs.example",
            "ELEIA Monitor - European court statistics 2025",
            when(6, 17, 8, 0),
            extra=[("Precedence", "list"),
                   ("List-Id", "ELEIA Monitor <monitor.eleia-association.example>")])
    m.set_content(B("""
ELEIA MONITOR | June 2026
European Legal Expenses Insurance Association

COURT STATISTICS 2025 - WHAT OUR MEMBERS SEE

Germany: labour courts received 9 % more unfair-dismissal actions
than in 2024; about 60 % end with a settlement, mostly a severance
payment. Social courts report a record number of cases on care
grades and the degree of disability, and the average duration of a
first-instance case is now 15.2 months.

Austria: criminal defence costs per case up 12 % after the new fee
ordinance for court-appointed experts.

Netherlands: the share of traffic offence cases fell for the third
year in a row, partly because of section control on motorways.

France: medical-malpractice claims funded by legal expenses insurers
remain rare (under 1 % of claims) but account for 7 % of payments.

EVENTS
- 23-24 September 2026, Vienna: Annual Conference "Access to justice
  after the pandemic backlog"
- Webinar, 9 July: Mediation clauses in legal expenses policies

The full statistical annex (country tables, no claim-level data) is
available to members on the extranet.

You receive this newsletter as a contact of an ELEIA member company.
Unsubscribe: https://eleia-association.example/unsubscribe
"""))
    return m


# ---------------------------------------------------------------- 0025
@mail(25, "CONFIDENTIAL", "de", "insurer-to-lawyer",
      "cover for a tenant against a notice for personal use; named tenants, address, claim and policy number")
def m0025():
    m = new(25, "Tobias Reinholz <tobias.reinholz@lexvia-rs.example>",
            "\"RA Jörg Tiedemann\" <j.tiedemann@wtp-recht.example>",
            "Eheleute Sander ./. Dr. Pohlmann - Eigenbedarfskündigung / unser Az. S-2026-0433108",
            when(5, 4, 9, 40))
    m.set_content(B("""
Sehr geehrter Herr Tiedemann,

für Ihre Mandanten, die Eheleute Ute und Bernd Sander,
Königswinterer Str. 120, 53227 Bonn (VN: Bernd Sander,
RS-4019283), erteilen wir Kostenschutz für die Abwehr der
Eigenbedarfskündigung des Vermieters Dr. Arno Pohlmann vom
15.04.2026, und zwar zunächst für die außergerichtliche Vertretung.

Nach Ihrer Schilderung will der Vermieter die Wohnung für seine
Tochter nutzen, die zum Wintersemester ein Studium in Bonn beginnt.
Ihre Mandanten wohnen seit 2007 in der Wohnung; die Kaltmiete
beträgt 910 EUR. Sie halten die Kündigung wegen einer nicht
angebotenen Alternativwohnung im selben Haus für angreifbar.

Gegenstandswert nach § 41 Abs. 2 GKG: Jahreskaltmiete 10.920 EUR.

Für eine Räumungsklage erweitern wir die Zusage, sobald Sie uns die
Klageschrift übersenden.

Mit freundlichen Grüßen
Tobias Reinholz
Schadenservice Miet- und Nachbarrecht
Lexvia Rechtsschutzversicherung AG
Telefon +49 221 98870-471
"""))
    return m


# ---------------------------------------------------------------- 0026
@mail(26, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "divorce advice cover; the named customer describes that her husband hit her and a protection order (violence, injuries, criminal)")
def m0026():
    m = new(26, "Sven Mattke <sven.mattke@lexvia-rs.example>",
            "Yvonne Hesselbach <yvonne.hesselbach@web-mail.example>",
            "AW: Trennung - was zahlt meine Versicherung?",
            when(3, 2, 16, 18),
            irt="<CAF3k9x1b7sPq2@web-mail.example>")
    m.set_content(B("""
Sehr geehrte Frau Hesselbach,

vielen Dank für Ihr offenes Schreiben. Es tut mir sehr leid, was Sie
erlebt haben.

Zu Ihren Fragen:

1. Scheidung: Ihr Vertrag (RS-3381760) enthält den Beratungs-
   Rechtsschutz im Familienrecht. Wir übernehmen eine anwaltliche
   Beratung zu Trennung, Unterhalt und Scheidung bis 250 EUR je
   Rechtsfall. Das Scheidungsverfahren selbst ist nicht versichert;
   Ihre Anwältin kann mit Ihnen klären, ob Verfahrenskostenhilfe in
   Betracht kommt.

2. Gewaltschutz: Sie schreiben, dass Ihr Mann Sie am 21. Februar
   geschlagen und gewürgt hat, Sie die Nacht in der Notaufnahme
   verbracht haben und die Polizei ihn für zehn Tage der Wohnung
   verwiesen hat. Für den Antrag nach dem Gewaltschutzgesetz und die
   Zuweisung der Ehewohnung gilt ebenfalls nur der Beratungs-
   Rechtsschutz. Bitte lassen Sie sich trotzdem sofort beraten, die
   Wohnungsverweisung läuft am 3. März ab.

3. Strafanzeige: Als Verletzte einer Straftat können Sie sich als
   Nebenklägerin anwaltlich vertreten lassen. Diese Kosten übernehmen
   wir nach § 2 Abs. 1 l) ARB (Opfer-Rechtsschutz).

Schadennummer für Ihre Anwältin: S-2026-0419004.

Wenn Sie möchten, nennen wir Ihnen eine Fachanwältin für
Familienrecht in Siegen. Das Hilfetelefon "Gewalt gegen Frauen" ist
rund um die Uhr unter 116 016 erreichbar.

Mit freundlichen Grüßen
Sven Mattke
Schadenservice Familien- und Erbrecht
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0027
@mail(27, "NORMAL", "en", "insurer-to-supplier",
      "trap: request for a translation price list covering medical reports, expert opinions and criminal judgments; no document attached")
def m0027():
    m = new(27, "Oliver Klasen <oliver.klasen@lexvia-rs.example>",
            "quotes@linguajuris-translations.example",
            "Request for quotation - legal and medical translations 2026/27",
            when(2, 24, 11, 11))
    m.set_content(B("""
Dear Sir or Madam,

Lexvia Rechtsschutzversicherung AG is a German legal expenses
insurer. We are renewing our framework agreement for certified
translations and would like to invite you to quote.

Expected annual volume (based on 2025):
- about 1,900 standard lines EN>DE and DE>EN, mainly court
  judgments, employment contracts, termination agreements
- about 700 standard lines of medical documents for social-court
  and personal-injury cases (discharge letters, expert opinions on
  disability, care assessments), mainly PL, TR, RO, EN > DE
- occasional criminal files (indictments, penal orders) in
  IT, RU, AR > DE, typically urgent (48 h)

Please quote per standard line (55 characters) and state surcharges
for certification, urgent delivery and rare languages. Your offer
should describe how you protect the documents (encrypted transfer,
deletion periods, sub-contractors, data processing agreement under
Art. 28 GDPR).

Deadline for offers: 20 March 2026.

Kind regards,
Oliver Klasen
Procurement & Supplier Management
Lexvia Rechtsschutzversicherung AG, Cologne, Germany
"""))
    return m


# ---------------------------------------------------------------- 0028
@mail(28, "CONFIDENTIAL", "de", "internal",
      "claims handler asks accounting to pay a refund to the named customer's new IBAN")
def m0028():
    m = new(28, "Ewa Kowalczyk <ewa.kowalczyk@lexvia-rs.example>",
            "zahlungsverkehr@lexvia-rs.example",
            "Erstattung Gerichtskostenvorschuss - bitte neue Bankverbindung nehmen",
            when(7, 7, 10, 26))
    m.set_content(B("""
Hallo Zahlungsverkehr,

bitte die Erstattung des Gerichtskostenvorschusses in der Akte
S-2025-0388120 (VN Marco Ziegenhagen, RS-6613057) nicht auf die alte
Verbindung bei der Sparkasse zahlen. Herr Ziegenhagen hat uns heute
schriftlich die neue Bankverbindung mitgeteilt:

  Kontoinhaber: Marco Ziegenhagen
  IBAN: DE56 4227 2891 7106 1738 56
  Bank: Volksbank Münsterland Nord

Betrag: 438,00 EUR (Vorschuss AG Münster, 12 C 901/25, Rückzahlung
nach Vergleich). Das Schreiben mit Unterschrift liegt im DMS.

Danke und Gruß
Ewa
Kundenservice / Schaden-Backoffice
"""))
    return m


# ---------------------------------------------------------------- 0029
@mail(29, "NORMAL", "de", "system-to-lawyer",
      "trap: one-time password for a new account in the lawyer portal, no case data")
def m0029():
    m = new(29, "Lexvia Anwaltsportal <no-reply@anwaltsportal.lexvia-rs.example>",
            "kanzlei@akguel-sozialrecht.example",
            "Ihr Zugang zum Lexvia-Anwaltsportal",
            when(1, 12, 8, 4),
            extra=[("Auto-Submitted", "auto-generated")])
    m.set_content(B("""
Sehr geehrte Nutzerin, sehr geehrter Nutzer,

für Ihre Kanzlei wurde ein Zugang zum Lexvia-Anwaltsportal
eingerichtet. Dort können Sie Deckungsanfragen stellen, Kostennoten
hochladen und den Bearbeitungsstand einsehen.

Benutzername: akguel-sozialrecht-01
Einmal-Passwort: 7Rk-qP4w-2Lzd

Das Einmal-Passwort ist 72 Stunden gültig. Bei der ersten Anmeldung
vergeben Sie ein eigenes Passwort und richten die Zwei-Faktor-
Anmeldung ein.

https://anwaltsportal.lexvia-rs.example/erstanmeldung

Wenn Sie diesen Zugang nicht beantragt haben, melden Sie sich bitte
unter anwaltsportal@lexvia-rs.example.

Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0030
@mail(30, "STRICTLY_CONFIDENTIAL", "en", "lawyer-to-insurer",
      "English firm asks cover for a British customer charged with drunk driving; blood alcohol result and licence seized (criminal, blood test)")
def m0030():
    m = new(30, "Oliver Pembridge <o.pembridge@morrisonkade.example>",
            "strafrecht@lexvia-rs.example",
            "Your policyholder Mr Gareth Lloyd-Evans - criminal proceedings Cologne - request for cover",
            when(8, 18, 14, 2))
    m.set_content(B("""
Dear Sirs,

we act for Mr Gareth Lloyd-Evans, Rautenstrauchstraße 12, 50931
Cologne, who holds legal expenses policy RS-8805173 with you
(traffic module).

On 9 August 2026 at about 1.20 am our client was stopped by the
police on the Aachener Straße after leaving a party. A breath test
was followed by a blood sample at the police station; the result
of the analysis is 1.24 per mille. His driving licence was seized
on the spot. The public prosecutor has opened proceedings for
driving while unfit through drink (section 316 German Criminal Code).
No accident occurred and nobody was hurt.

Our client accepts that he drove after drinking, but we see a
realistic chance to limit the disqualification period, given that
he is a service engineer and needs the licence.

We understand that negligent drink driving is covered under your
policy and kindly ask for confirmation of cover for the preliminary
proceedings and a possible trial before the local court.

Yours faithfully,
Oliver Pembridge
Solicitor (England & Wales) / registered European lawyer
Morrison Kade LLP, Taunusanlage 8, 60329 Frankfurt am Main
"""))
    return m


# ---------------------------------------------------------------- 0031
@mail(31, "CONFIDENTIAL", "mixed", "broker-to-insurer",
      "broker asks for the status of his client's tenancy dispute and gives her birth date for identification")
def m0031():
    m = new(31, "Daniel Okafor <d.okafor@finanzkontor-rhein.example>",
            "maklerbetreuung@lexvia-rs.example",
            "Client Nicole Brandl - tenancy dispute / Mietstreit Status?",
            when(6, 24, 9, 12))
    m.set_content(B("""
Hallo liebes Maklerteam,

sorry for the mix of languages, I'm writing between two meetings.

Meine Kundin Nicole Brandl, geb. 17.09.1991, Vertrag RS-5590312,
hat Ärger mit ihrem Vermieter wegen der Nebenkostenabrechnung 2025
(Nachforderung 1.870 EUR, u.a. Hausmeister und Gartenpflege doppelt
abgerechnet). She sent the documents to your claims team three weeks
ago and hasn't heard back. Her landlord now threatens to sue.

Could you please check:
- is there a claim number already?
- was a lawyer appointed, or does she need to find one herself?

Her current address: Severinstraße 201, 50676 Köln.

Thanks a lot & viele Grüße
Daniel Okafor
FinanzKontor Rhein GmbH
Versicherungsmakler, Reg.-Nr. D-K4R1-7WQ2M-55
"""))
    return m


# ---------------------------------------------------------------- 0032
@mail(32, "NORMAL", "de", "internal",
      "trap: data-protection meeting minutes (ODT) about handling health data and criminal files in general")
def m0032():
    m = new(32, "Bettina Vossberg <bettina.vossberg@lexvia-rs.example>",
            "dsb-jourfixe@lexvia-rs.example",
            "Protokoll Datenschutz-Jour-fixe 11.03.2026",
            when(3, 13, 14, 50))
    m.set_content(B("""
Hallo zusammen,

anbei das Protokoll vom Mittwoch. Bitte Korrekturen bis Freitag
nächster Woche an mich. Die nächste Runde ist am 15.04.

Viele Grüße
Bettina Vossberg
Datenschutzbeauftragte
"""))
    attach(m, make_odt([
        ("h", "Protokoll Datenschutz-Jour-fixe vom 11.03.2026"),
        ("p", "Teilnehmende: Datenschutz, Schaden Sozialrecht, Schaden Strafrecht, IT-Sicherheit, Kundenservice. Protokoll: B. Vossberg."),
        ("h", "TOP 1 Gesundheitsdaten in Sozialrechtsfällen"),
        ("p", "In GdB-, Pflegegrad- und Rentenverfahren erhalten wir häufig Arztberichte, Reha-Entlassungsberichte und MD-Gutachten, "
              "obwohl wir sie für die Deckungsprüfung meist nicht brauchen. Beschluss: Anwältinnen und Anwälte werden im "
              "Anschreiben gebeten, medizinische Unterlagen nur auf Anforderung zu senden. Eingehende Unterlagen werden im DMS mit "
              "der Kennzeichnung 'Art. 9' abgelegt."),
        ("h", "TOP 2 Strafakten"),
        ("p", "Kopien aus Ermittlungsakten (Art. 10 DSGVO) dürfen nur in der Strafrechtsgruppe einsehbar sein. IT prüft bis Mai, "
              "ob die Berechtigungen im DMS das abbilden. Verantwortlich: IT-Sicherheit."),
        ("h", "TOP 3 E-Mail an Kanzleien"),
        ("p", "Seit Februar gehen Mails mit Diagnosen oder Strafvorwürfen nur noch verschlüsselt oder über das Anwaltsportal "
              "hinaus. Kundenservice meldet zwei Beschwerden von Kanzleien, die das Portal nicht nutzen wollen."),
        ("h", "TOP 4 Verschiedenes"),
        ("p", "Schulung für neue Kolleginnen und Kollegen am 22.04. Der Datenschutz-Quiz wird überarbeitet."),
    ]), "Protokoll_DS-Jourfixe_2026-03-11.odt", "application/vnd.oasis.opendocument.text")
    return m


# ---------------------------------------------------------------- 0033
@mail(33, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "customer forwards the employer's HR mail inline: dismissal of a severely disabled employee, integration office consent")
def m0033():
    m = new(33, "Andrzej Nowicki <a.nowicki@freenet-post.example>",
            "arbeitsrecht@lexvia-rs.example",
            "WG: Anhörung Kündigung",
            when(9, 8, 20, 37))
    m.set_content(B("""
Guten Abend,

siehe unten was ich heute bekommen habe. Was soll ich jetzt machen?
Meine Vertragsnummer RS-0655218. Ich kann nicht gut Deutsch schreiben,
bitte rufen Sie an 0176 55 30 1822.

Nowicki

---------- Weitergeleitete Nachricht ----------
Von: Personalabteilung Gebr. Hülsmann Metallbau <personal@huelsmann-metallbau.example>
Datum: Di., 8. Sept. 2026 um 14:12
Betreff: Anhörung Kündigung
An: Andrzej Nowicki <a.nowicki@freenet-post.example>

Sehr geehrter Herr Nowicki,

wie Ihnen bekannt ist, haben wir beim Integrationsamt des
Landschaftsverbands Westfalen-Lippe die Zustimmung zur ordentlichen
Kündigung Ihres Arbeitsverhältnisses beantragt, da Sie nach Ihrem
Herzinfarkt im Februar und dem anerkannten Grad der Behinderung von
60 nach Einschätzung des Betriebsarztes nicht mehr an der
Schweißanlage eingesetzt werden können. Einen leidensgerechten
Arbeitsplatz haben wir nicht.

Das Integrationsamt hat uns mitgeteilt, dass es Sie und die
Schwerbehindertenvertretung anhören wird. Wir bitten Sie, den
Fragebogen des Integrationsamts fristgerecht zurückzusenden.

Mit freundlichen Grüßen
i. A. Petra Voß
Personalabteilung
Gebr. Hülsmann Metallbau GmbH & Co. KG, Lüdenscheid
"""))
    return m


# ---------------------------------------------------------------- 0034
@mail(34, "NORMAL", "en", "internal",
      "IT security warning about a phishing campaign faking lawyer fee notes")
def m0034():
    m = new(34, "IT Security <it-security@lexvia-rs.example>",
            "alle@lexvia-rs.example",
            "WARNING: phishing mails with fake fee notes (\"Kostennote\") in circulation",
            when(7, 14, 9, 30),
            extra=[("Importance", "high"), ("X-Priority", "1")])
    m.set_content(B("""
Hi everyone,

since this morning we see a wave of phishing mails pretending to
come from law firms. Typical signs:

- subject "Kostennote offen - letzte Mahnung" or "Invoice overdue"
- sender domains that look almost right (e.g. "brenner-oyelaran.co"
  instead of our partner's real domain)
- a ZIP or an HTML attachment "Kostennote_Details.html" asking you
  to log in with your Lexvia password

Please do NOT open the attachment. Use the "Report phishing" button
in Outlook; this sends the mail to us and removes it from your inbox.
If you already entered your password, call ext. 777 immediately.

Real fee notes from our partner firms arrive through the lawyer
portal or from the addresses stored in LexClaim.

Stay safe,
IT Security Team
"""))
    return m


# ---------------------------------------------------------------- 0035
@mail(35, "CONFIDENTIAL", "de", "lawyer-to-insurer",
      "lawyer forwards the court's hearing notice (attached message) in an eviction case for rent arrears of the named client")
def m0035():
    inner = new(35, '"Geschäftsstelle Abt. 7" <abt7.geschaeftsstelle@ag-bonn.justiz-nrw.example>',
                "\"RA Jörg Tiedemann\" <j.tiedemann@wtp-recht.example>",
                "7 C 412/26 - Terminsnachricht",
                when(8, 3, 11, 15),
                msgid=mid(35, "ag-bonn.justiz-nrw.example", "fwd"))
    inner.set_content(B("""
Sehr geehrter Herr Rechtsanwalt,

in dem Rechtsstreit

  GWG Gemeinnützige Wohnungsgesellschaft Bonn mbH ./. Jessica Reuther
  (Räumung und Zahlung)

wird Termin zur Güte- und mündlichen Verhandlung bestimmt auf

  Donnerstag, 10.09.2026, 10:30 Uhr, Saal 1.18, Wilhelmstraße 23, Bonn.

Das persönliche Erscheinen der Beklagten wird angeordnet.

Die Klägerin macht Mietrückstände für die Monate Februar bis Juni
2026 in Höhe von 3.415,00 EUR geltend und stützt die Räumung auf die
fristlose Kündigung vom 08.06.2026.

Die förmliche Ladung folgt über das besondere elektronische
Anwaltspostfach.

Mit freundlichen Grüßen
Hensel, Justizbeschäftigte
als Urkundsbeamtin der Geschäftsstelle
Amtsgericht Bonn
"""))
    m = new(35, "\"RA Jörg Tiedemann\" <j.tiedemann@wtp-recht.example>",
            "mietrecht@lexvia-rs.example",
            "WG: 7 C 412/26 - Terminsnachricht / Ihre Schaden-Nr. S-2026-0455902",
            when(8, 3, 16, 48))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

zur Kenntnisnahme leite ich die Terminsnachricht des Amtsgerichts
Bonn in der Sache Ihrer Versicherungsnehmerin Frau Reuther weiter.
Wir haben mit der Mandantin besprochen, dass die Rückstände bis zum
Termin ausgeglichen werden sollen (Schonfristzahlung, § 569 Abs. 3
Nr. 2 BGB); das Jobcenter ist eingeschaltet.

Bitte erweitern Sie die Deckung auf die Verteidigung gegen die
Räumungsklage.

Mit freundlichen Grüßen
Jörg Tiedemann
Rechtsanwalt, Fachanwalt für Miet- und WEG-Recht
Wendt Tiedemann Partner, Bonn
"""))
    attach_mail(m, inner)
    return m


# ---------------------------------------------------------------- 0036
@mail(36, "NORMAL", "de", "newsletter",
      "trap: mediation association webinar on separation, child welfare and domestic violence screening, with calendar file")
def m0036():
    m = new(36, '"Bundesforum Mediation e.V." <veranstaltungen@bundesforum-mediation.example>',
            "mediation@lexvia-rs.example",
            "Einladung Webinar: Trennungsmediation - Kindeswohl und Gewaltscreening",
            when(9, 1, 10, 0),
            extra=[("Precedence", "bulk")])
    m.set_content(B("""
Sehr geehrte Damen und Herren,

wir laden Sie herzlich zu unserem Online-Fachgespräch ein:

  "Trennungsmediation zwischen Kindeswohl und Gewaltschutz"
  Mittwoch, 30. September 2026, 17:00-18:30 Uhr, Zoom

Inhalte:
- Wann ist Mediation bei häuslicher Gewalt ausgeschlossen?
  Screening-Fragen für die Auftragsklärung
- Umgang mit psychischen Erkrankungen eines Elternteils in der
  Mediation
- Kinder in der Mediation: Beteiligung ab welchem Alter?
- Kooperation mit Jugendamt und Familiengericht

Referentinnen: Dipl.-Psych. Miriam Falkenrath, Mediatorin BM;
Richterin am Familiengericht a. D. Eva-Maria Gottschalk

Die Teilnahme ist für Mitglieder und Kooperationspartner kostenfrei.
Den Kalendereintrag finden Sie im Anhang.

Mit freundlichen Grüßen
Ihr Bundesforum Mediation e.V.
Geschäftsstelle, Oranienburger Str. 65, 10117 Berlin
"""))
    attach(m, B("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Bundesforum Mediation//Veranstaltungen//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-2026-09-30@bundesforum-mediation.example
DTSTAMP:20260901T080000Z
DTSTART;TZID=Europe/Berlin:20260930T170000
DTEND;TZID=Europe/Berlin:20260930T183000
SUMMARY:Webinar Trennungsmediation - Kindeswohl und Gewaltschutz
LOCATION:Zoom (Link folgt nach Anmeldung)
URL:https://bundesforum-mediation.example/webinar/2026-09-30
END:VEVENT
END:VCALENDAR
"""), "Webinar_2026-09-30.ics", "text/calendar")
    return m


# ---------------------------------------------------------------- 0037
@mail(37, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-mediator",
      "mediation assignment for a named separating couple; son in child-psychiatric treatment (health data of a child)")
def m0037():
    m = new(37, "Sven Mattke <sven.mattke@lexvia-rs.example>",
            "Anke Jessen <a.jessen@konsens-mediation.example>",
            "Auftrag Mediation Familie Brinkhaus/Terhorst - Umgangsregelung",
            when(10, 6, 11, 29))
    m.set_content(B("""
Liebe Frau Jessen,

wir möchten Sie mit einer Mediation beauftragen. Beide Eltern haben
zugestimmt; die Kosten für bis zu sechs Sitzungen übernehmen wir aus
dem Vertrag unserer Versicherungsnehmerin (Schaden-Nr.
S-2026-0472213).

  Mutter:  Katja Brinkhaus, Lindenthalgürtel 30, 50935 Köln
           (unsere VN), Tel. 0172 441 90 58
  Vater:   Dominik Terhorst, Neusser Wall 12, 41460 Neuss,
           Tel. 0163 208 11 47
  Kind:    Jannis, 9 Jahre

Thema ist die Umgangsregelung nach der Trennung im Frühjahr. Frau
Brinkhaus hat uns gebeten, Ihnen vorab zu sagen, dass Jannis seit
dem Sommer wegen Ängsten und Schlafstörungen in kinder- und
jugendpsychiatrischer Behandlung ist (Praxis Dr. Schallenberg) und
die Therapeutin zu festen Übergabezeiten ohne Übernachtungswechsel
unter der Woche rät. Herr Terhorst sieht das anders.

Bitte nehmen Sie direkt Kontakt mit beiden auf. Die Rechnung bitte
wie gewohnt mit Schaden-Nr. an rechnungen@lexvia-rs.example.

Herzliche Grüße
Sven Mattke
Schadenservice Familien- und Erbrecht
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0038
@mail(38, "NORMAL", "de", "internal",
      "trap: minutes of the traffic-law committee on covering medical-psychological assessments (MPU), alcohol and drugs in general")
def m0038():
    m = new(38, "Murat Yıldız <murat.yildiz@lexvia-rs.example>",
            "fachausschuss-verkehr@lexvia-rs.example",
            "Kurzprotokoll Fachausschuss Verkehr 17.06. - MPU, Drogenfahrten, Cannabis-Grenzwert",
            when(6, 18, 9, 14))
    m.set_content(B("""
Hallo zusammen,

hier das Kurzprotokoll von gestern.

1. MPU-Vorbereitung
   Die Kosten einer medizinisch-psychologischen Untersuchung und
   von Vorbereitungskursen sind nach unseren ARB nicht versichert.
   Versichert ist nur der Rechtsstreit gegen die Fahrerlaubnis-
   behörde. Wir nehmen einen Satz dazu in die FAQ auf.

2. Cannabis am Steuer
   Seit dem Grenzwert von 3,5 ng/ml THC steigen die OWi-Verfahren
   nach § 24a StVG. Vorschlag: Fallgruppe "Drogen-OWi" in LexClaim
   anlegen, damit wir die Kosten getrennt auswerten können.
   Zuständig: Murat, Termin Q3.

3. Trunkenheitsfahrten
   Statistik 2025: 214 neue Strafverfahren nach § 316 StGB, davon
   61 % mit Verurteilung wegen Vorsatzes und Rückforderung der
   Kosten. Rückforderungsquote tatsächlich realisiert: 38 %.

4. Dashcam-Aufnahmen
   Der Beschluss zur Übernahme von Gutachterkosten für die Auswertung
   von Dashcam-Videos wird vertagt.

Nächster Termin: 16.09., 14 Uhr.

Gruß
Murat
"""))
    return m


# ---------------------------------------------------------------- 0039
@mail(39, "CONFIDENTIAL", "de", "insurer-to-customer",
      "cover for advice on a compulsory-portion claim; named customer, deceased father named, estate values, no health content")
def m0039():
    m = new(39, "Sven Mattke <sven.mattke@lexvia-rs.example>",
            "Heike Brunsmann <heike.brunsmann@mailwerk.example>",
            "Ihr Pflichtteilsanspruch nach Ihrem Vater - Beratungsrechtsschutz",
            when(2, 10, 13, 52))
    m.set_content(B("""
Sehr geehrte Frau Brunsmann,

herzliches Beileid zum Tod Ihres Vaters.

Sie haben uns geschrieben, dass Herr Günter Brunsmann (zuletzt
wohnhaft in Wuppertal) in seinem Testament von 2021 Ihren Bruder als
Alleinerben eingesetzt hat und Sie leer ausgehen. Zum Nachlass
gehören nach Ihrer Kenntnis das Reihenhaus in Wuppertal-Ronsdorf
(geschätzt 380.000 EUR), ein Depot bei der Stadtsparkasse (etwa
95.000 EUR) und ein Pkw.

Ihr Vertrag RS-2154498 umfasst den Beratungs-Rechtsschutz im
Erbrecht. Wir übernehmen die Kosten einer anwaltlichen Erstberatung
zu Ihrem Pflichtteil (bei zwei Kindern: ein Viertel des Nachlass-
werts) und zum Auskunftsanspruch gegen Ihren Bruder. Eine spätere
gerichtliche Geltendmachung ist nicht versichert.

Schadennummer: S-2026-0414416. Die Beratung muss bis 10.08.2026
stattfinden. Eine Selbstbeteiligung fällt bei der Beratung nicht an.

Mit freundlichen Grüßen
Sven Mattke
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0040
@mail(40, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "body only says 'list for Thursday'; the attached windows-1252 CSV lists named customers with disability and pension disputes and their diagnoses")
def m0040():
    m = new(40, "Corinna Feldhaus <corinna.feldhaus@lexvia-rs.example>",
            "dr.menke.beratungsarzt@lexvia-rs.example",
            "Liste für Donnerstag",
            when(10, 20, 17, 4))
    m.set_content(B("""
Hallo Herr Dr. Menke,

anbei die Liste für unsere Runde am Donnerstag. Es sind diesmal nur
sieben Akten.

Bis dann
Corinna Feldhaus
"""))
    attach(m, B("""
Schaden-Nr;VN;geb.;Verfahren;Streitig;Angaben aus der Akte;Frage an Beratungsarzt
S-2026-0417733;Hans-Peter Wiesmann;11.05.1968;SG Dortmund GdB;GdB 30 statt 50;rezidivierende depressive Störung, LWS-Bandscheibenschaden, Schlafapnoe;Erfolgsaussicht GdB 50?
S-2026-0438150;Elke Rombach;02.12.1961;SG Köln EM-Rente;volle Erwerbsminderung;Fibromyalgie, chronisches Schmerzsyndrom, F45.41;Gutachten § 109 sinnvoll?
S-2026-0441907;Yusuf Demirtas;23.04.1975;SG Düsseldorf GdB Merkzeichen G;Merkzeichen G abgelehnt;Zustand nach Unterschenkelamputation links 2024;Erfolgsaussicht?
S-2026-0449002;Monika Schäfers;19.08.1958;Widerspruch Pflegekasse;Pflegegrad 2 statt 3 (Ehemann);Alzheimer-Demenz mittelgradig;Gutachten MD plausibel?
S-2026-0450618;Thomas Kreuzberg;07.01.1983;SG Aachen Krankengeld;Aussteuerung;Long-COVID, Fatigue;Reha-Bericht anfordern?
S-2026-0452239;Irina Weller;30.06.1970;SG Köln GdB;GdB 40 statt 50;Mammakarzinom rechts 2025, Z. n. Chemotherapie;Heilungsbewährung beachten
S-2026-0460771;Peter Hülshorst;14.03.1966;LSG NRW EM-Rente;Berufung;koronare Herzkrankheit, Z. n. Bypass-OP;Berufung aussichtsreich?
""").replace("\n", "\r\n").encode("windows-1252"), "Runde_Beratungsarzt_Okt.csv", "text/csv")
    return m


# ---------------------------------------------------------------- 0041
@mail(41, "NORMAL", "de", "auto-reply",
      "trap: out-of-office reply mentioning custody cases and criminal deadlines in general; no case data")
def m0041():
    m = new(41, "Murat Yıldız <murat.yildiz@lexvia-rs.example>",
            "\"RA Dr. Viktor Haas\" <sekretariat@ra-haas.example>",
            "Abwesenheitsnotiz: Murat Yıldız bis 10.04.",
            when(3, 30, 7, 12),
            extra=[("Auto-Submitted", "auto-replied"),
                   ("X-Auto-Response-Suppress", "All")])
    m.set_content(B("""
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10. April 2026 nicht im Büro und lese
meine E-Mails in dieser Zeit nicht. Ihre Nachricht wird nicht
weitergeleitet.

In dringenden Fällen, insbesondere bei Haftsachen, laufenden
Einspruchs- oder Rechtsmittelfristen im Straf- und Bußgeldverfahren,
wenden Sie sich bitte an unser Team unter strafrecht@lexvia-rs.example
oder telefonisch unter +49 221 98870-500 (Mo-Fr 8-18 Uhr).

Mit freundlichen Grüßen
Murat Yıldız
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0042
@mail(42, "CONFIDENTIAL", "en", "insurer-to-lawyer",
      "instruction to a Dutch lawyer: named customer's car accident in the Netherlands, plate, damage amount, nobody hurt")
def m0042():
    m = new(42, "Murat Yıldız <murat.yildiz@lexvia-rs.example>",
            '"mr. Sanne de Vries" <s.devries@vanderleeuw-advocaten.example>',
            "Instruction: Lexvia policyholder Mr Jens Overbeck - collision Utrecht 2 July 2026",
            when(7, 15, 13, 20))
    m.set_content(B("""
Dear Ms de Vries,

thank you for agreeing on the phone to act for our policyholder.

Policyholder:  Mr Jens Overbeck, Westfalendamm 211, 44141 Dortmund,
               Germany, mobile +49 160 9921 4410
Policy:        RS-3927741 (traffic module), claim S-2026-0463390
Vehicle:       VW Touran, DO-JO 2211
Other party:   Dutch driver, plate 58-TRN-4, insurer Zeeland Schade N.V.

On 2 July 2026 at about 4 pm Mr Overbeck was waiting at a red light
on the Croeselaan in Utrecht when the other vehicle ran into the rear
of his car. Nobody was injured. The Dutch police did not attend; the
drivers completed a European accident report, which is attached to
our claim file and which Mr Overbeck will send you directly.

The repair estimate from his garage in Dortmund is EUR 6,840 plus
loss of use for 9 days. Zeeland Schade has so far not replied to
his letters.

We cover your fees according to the Dutch court-cost tariff and a
pre-action phase. Please send your engagement letter and any
invoices to rechnungen@lexvia-rs.example.

Kind regards,
Murat Yıldız
Traffic claims, Lexvia Rechtsschutzversicherung AG, Cologne
"""))
    return m


# ---------------------------------------------------------------- 0043
@mail(43, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "body gives only the policy number; the subject says the wrong knee was operated on (medical malpractice, health data)")
def m0043():
    m = new(43, "Hildegard Tönnies <h.toennies@t-mail.example>",
            "service@lexvia-rs.example",
            "Behandlungsfehler - im Marienhospital wurde das falsche Knie operiert",
            when(5, 18, 10, 47))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

die Unterlagen schicke ich Ihnen mit der Post, mein Sohn hilft mir
dabei. Meine Versicherungsnummer ist RS-0417269.

Bitte rufen Sie mich an, ich bin vormittags zu Hause.
0231 77 12 54

Hildegard Tönnies
"""))
    return m


# ---------------------------------------------------------------- 0044
@mail(44, "NORMAL", "de", "internal",
      "trap: update of the internal RVG fee table with example values (gross monthly salary, object values) and no persons")
def m0044():
    m = new(44, "Frank Deppe <frank.deppe@lexvia-rs.example>",
            "alle-schaden@lexvia-rs.example",
            "Gebührentabelle RVG 2026 - neue Werte in LexClaim ab 01.06.",
            when(5, 26, 15, 3))
    m.set_content(B("""
Liebe Kolleginnen und Kollegen,

ab 01.06.2026 rechnet LexClaim mit den neuen RVG-Beträgen. Zur
Plausibilisierung von Kostennoten hier die häufigsten Konstellationen
(netto, ohne Auslagen):

Kündigungsschutzklage, Gegenstandswert 3 Bruttomonatsgehälter
  Beispiel Bruttogehalt 3.000 EUR -> Wert 9.000 EUR
    1,3 Verfahrensgebühr   915,20 EUR
    1,2 Terminsgebühr      844,80 EUR
    1,0 Einigungsgebühr    704,00 EUR
  Beispiel Bruttogehalt 5.500 EUR -> Wert 16.500 EUR
    1,3 Verfahrensgebühr 1.150,50 EUR
    1,2 Terminsgebühr    1.062,00 EUR

Bußgeldverfahren (Nr. 5100 ff. VV RVG), Geldbuße 60-5.000 EUR
  Grundgebühr 5100          110,00 EUR (Mittelgebühr)
  Verfahrensgebühr 5103     187,00 EUR (Mittelgebühr)

Sozialgericht (Betragsrahmengebühren, Nr. 3102 VV RVG)
  Verfahrensgebühr         Mittelgebühr 390,00 EUR

Abweichungen über 20 % von der Mittelgebühr bitte mit Begründung
der Kanzlei prüfen. Die vollständige Tabelle liegt im Wiki unter
"Kosten > RVG 2026".

Viele Grüße
Frank Deppe
Controlling Schaden
"""))
    return m


# ---------------------------------------------------------------- 0045
@mail(45, "CONFIDENTIAL", "de", "insurer-to-customer",
      "refusal because the tenancy dispute arose in the waiting period; named customer, policy start, landlord; iso-8859-1")
def m0045():
    m = new(45, "Tobias Reinholz <tobias.reinholz@lexvia-rs.example>",
            "Leonie Fasbender <leonie.fasbender@webpost.example>",
            "Ihre Anfrage vom 14.04.2026 - Streit um Mietminderung",
            when(4, 21, 9, 5))
    m.set_content(B("""
Sehr geehrte Frau Fasbender,

vielen Dank für Ihre Anfrage und die Unterlagen zur Mietminderung
wegen der Baustelle im Nachbarhaus (Wohnung Aachener Str. 455,
Vermieterin Immobilien Tesch KG).

Leider können wir Ihnen in diesem Fall keinen Rechtsschutz
gewähren. Ihr Vertrag RS-7104635 hat am 01.02.2026 begonnen. Für
Streitigkeiten aus Mietverhältnissen gilt eine Wartezeit von drei
Monaten (§ 4 Abs. 1 ARB). Nach Ihren Unterlagen haben Sie die Miete
bereits am 03.03.2026 gemindert und die Vermieterin hat am
12.03.2026 widersprochen. Der Rechtsschutzfall ist damit innerhalb
der Wartezeit eingetreten.

Für künftige Streitigkeiten, die nach dem 30.04.2026 entstehen,
besteht selbstverständlich voller Versicherungsschutz.

Wenn Sie mit dieser Entscheidung nicht einverstanden sind, können
Sie sich an den Versicherungsombudsmann e.V., Postfach 08 06 32,
10006 Berlin, wenden.

Mit freundlichen Grüßen
Tobias Reinholz
Lexvia Rechtsschutzversicherung AG
"""), charset="iso-8859-1")
    return m


# ---------------------------------------------------------------- 0046
@mail(46, "STRICTLY_CONFIDENTIAL", "en", "internal",
      "international desk summary: named customer harassed at work for being gay, discrimination claim (sexual orientation)")
def m0046():
    m = new(46, "Lucia Ferreira <lucia.ferreira@lexvia-rs.example>",
            "\"Dr. Helene Brückner\" <helene.brueckner@lexvia-rs.example>",
            "Case summary for your approval - AGG claim, claim S-2026-0468015",
            when(8, 27, 16, 41))
    m.set_content(B("""
Dear Helene,

as discussed in the team meeting, here is my short summary of the
discrimination case from the international desk. I need your
approval because the fee agreement exceeds the statutory fees.

Customer:  Mr Tomasz Wierzbicki, policy RS-9015528 (employment)
Employer:  Brightwell Foods Deutschland GmbH, Neuss

Mr Wierzbicki has worked as a shift supervisor since 2021. After
he brought his husband to the company's Christmas party in
December, two colleagues and later his line manager repeatedly made
remarks about his sexual orientation in front of the team, and in
May he was moved to the night shift without explanation. He has
notes, WhatsApp screenshots and two witnesses. He now claims
compensation under section 15 AGG (he asks for six monthly
salaries, about EUR 22,800) and a transfer back.

The deadline of two months under section 15(4) AGG is met; the
written claim went out on 24 July.

His lawyer, Ms Nadja Grünewald (Düsseldorf), asks for an hourly
fee of EUR 280, capped at 20 hours. I recommend approving up to the
statutory fees plus 30 %, which is our usual line.

Best,
Lucia

Lucia Ferreira
International Desk / Employment
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0047
@mail(47, "NORMAL", "en", "insurer-to-supplier",
      "trap: API test cases for the payment interface with the published example IBAN and a fictitious 'Max Mustermann'")
def m0047():
    m = new(47, "Priya Raman <priya.raman@lexvia-rs.example>",
            "Connor Blake <connor.blake@claimsoft-solutions.example>",
            "LexClaim payments API - test cases for R26.3",
            when(9, 15, 11, 58))
    m.set_content(B("""
Hi Connor,

below are the test cases we'd like your team to run against the
staging endpoint before the R26.3 go-live. All data is synthetic;
the IBAN is the well-known example from the German banking
association, please don't use real accounts in staging.

TC-01 fee note payment to law firm
  payee: "Kanzlei Musterfrau & Partner (TEST)"
  iban: DE89370400440532013000
  amount: 1234.56 EUR, reference "S-9999-0000001 TEST"
  expected: 201 Created, status PENDING_APPROVAL

TC-02 refund to policyholder
  payee: "Max Mustermann (fiktiv)"
  iban: DE89 3704 0044 0532 0130 00 (grouped, must be normalised)
  amount: 150.00 EUR
  expected: 201 Created

TC-03 invalid IBAN
  iban: DE89370400440532013001 (last digit changed)
  expected: 422, error code IBAN_CHECKSUM

TC-04 amount above approval limit (25,000 EUR)
  expected: 202 Accepted, status FOUR_EYES_REQUIRED

Please send the results as JSON via the usual SFTP folder, not by
mail. Ping me if staging is down again.

Cheers,
Priya
IT Claims Systems, Lexvia
"""))
    return m


# ---------------------------------------------------------------- 0048
@mail(48, "CONFIDENTIAL", "de", "mediator-to-insurer",
      "mediator reports the agreement in a named neighbours' noise and barbecue dispute; claim number; no special categories")
def m0048():
    m = new(48, "Konsens Mediation GmbH <abschluss@konsens-mediation.example>",
            "mediation@lexvia-rs.example",
            "Abschlussbericht Telefonmediation - Ihr Az. S-2026-0437792",
            when(6, 30, 18, 5))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

die Telefonmediation zwischen Ihrem Versicherungsnehmer

  Herrn Stefan Ruppel, Am Weiher 7a, 53773 Hennef

und seinem Nachbarn Herrn Jürgen Kalkbrenner, Am Weiher 9, wurde
am 29.06.2026 in der dritten Sitzung mit einer Einigung abgeschlossen.

Vereinbart wurde:
1. Herr Kalkbrenner grillt auf der Terrasse höchstens an zwei
   Abenden pro Woche, nicht nach 22 Uhr, und stellt den Grill an
   die Hauswand auf der abgewandten Seite.
2. Herr Ruppel verlegt die Wärmepumpe bis 30.09.2026 auf die
   Nordseite; die Kosten (ca. 1.100 EUR) trägt er allein.
3. Beide verzichten auf weitere Schreiben an die Gemeinde.

Die Vereinbarung wurde beiden Parteien schriftlich zugesandt. Die
Mediation ist damit beendet. Unsere Rechnung (3 Sitzungen, Pauschale
laut Rahmenvertrag) folgt gesondert.

Mit freundlichen Grüßen
Anke Jessen
Mediatorin BM, Konsens Mediation GmbH
"""))
    return m


# ---------------------------------------------------------------- 0049
@mail(49, "NORMAL", "de", "newsletter",
      "trap: social association newsletter on care-grade appeals, dementia and hearing aids in general")
def m0049():
    m = new(49, "Sozialverband Rheinland <newsletter@sozialverband-rheinland.example>",
            "corinna.feldhaus@lexvia-rs.example",
            "Newsletter Oktober: Pflegegrad-Widerspruch richtig begründen",
            when(10, 2, 6, 45),
            extra=[("Precedence", "bulk"),
                   ("List-Unsubscribe", "<https://sozialverband-rheinland.example/nl/abmelden>")])
    m.set_content(B("""
Newsletter Oktober 2026

PFLEGEGRAD-WIDERSPRUCH RICHTIG BEGRÜNDEN
Rund ein Drittel aller Widersprüche gegen die Einstufung durch die
Pflegekasse hat Erfolg. Entscheidend ist ein Pflegetagebuch über
zwei Wochen. Bei Demenz sollten Angehörige besonders die nächtliche
Unruhe und das Weglaufen dokumentieren.

HÖRGERÄTE: MEHR ALS DER FESTBETRAG?
Die Krankenkasse muss ein teureres Hörgerät bezahlen, wenn nur so
ein Ausgleich der Behinderung im Alltag möglich ist. Unser Merkblatt
erklärt, wie Sie den Antrag begründen.

GdB UND STEUER
Ab einem Grad der Behinderung von 20 gibt es einen Pauschbetrag.
Er wird automatisch berücksichtigt, wenn der Bescheid vorliegt.

Beratung: Mo-Do 9-15 Uhr in allen Kreisgeschäftsstellen.

Sozialverband Rheinland e.V. | Abmelden: https://sozialverband-rheinland.example/nl/abmelden
"""))
    m.add_alternative(B("""
<html><body>
<h1 style="font-family:sans-serif;color:#b3002d">Newsletter Oktober 2026</h1>
<h2>Pflegegrad-Widerspruch richtig begründen</h2>
<p>Rund ein Drittel aller Widersprüche gegen die Einstufung durch die Pflegekasse hat Erfolg.
Entscheidend ist ein Pflegetagebuch über zwei Wochen. Bei Demenz sollten Angehörige besonders
die nächtliche Unruhe und das Weglaufen dokumentieren.</p>
<h2>Hörgeräte: mehr als der Festbetrag?</h2>
<p>Die Krankenkasse muss ein teureres Hörgerät bezahlen, wenn nur so ein Ausgleich der
Behinderung im Alltag möglich ist.</p>
<h2>GdB und Steuer</h2>
<p>Ab einem Grad der Behinderung von 20 gibt es einen Pauschbetrag.</p>
<p style="font-size:11px">Sozialverband Rheinland e.V. &middot;
<a href="https://sozialverband-rheinland.example/nl/abmelden">Abmelden</a></p>
</body></html>
"""), subtype="html")
    return m


# ---------------------------------------------------------------- 0050
@mail(50, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "cover for contesting a will for lack of testamentary capacity; the deceased testator's dementia and medication are described")
def m0050():
    m = new(50, "Sven Mattke <sven.mattke@lexvia-rs.example>",
            "RAin Ute Brandhorst <kanzlei@brandhorst-erbrecht.example>",
            "Nachlass Irmgard Vollmer / Ihre Mandantin Frau Claudia Vollmer-Sieg - Deckung",
            when(11, 4, 14, 27))
    m.set_content(B("""
Sehr geehrte Frau Brandhorst,

in der Erbsache Ihrer Mandantin Claudia Vollmer-Sieg (RS-1203376,
Schaden-Nr. S-2026-0478815) erteilen wir Kostenschutz für das
Verfahren vor dem Nachlassgericht Münster, soweit es um die
Feststellung der Unwirksamkeit des Testaments vom 18.02.2025 geht.

Wir haben Ihre Begründung geprüft: Die Erblasserin, Frau Irmgard
Vollmer, war nach dem Arztbrief der Geriatrie im Clemenshospital vom
Dezember 2024 an einer mittelschweren Alzheimer-Demenz erkrankt
(MMST 14 Punkte) und erhielt Donepezil und Risperidon. Die Hausärztin
hat bereits im Januar 2025 eine Betreuung angeregt. Das notarielle
Testament zugunsten der Nachbarin wurde sechs Wochen später
errichtet. Die Erfolgsaussichten für ein Sachverständigengutachten
zur Testierfähigkeit sehen wir als gegeben an.

Die Kosten eines gerichtlichen Sachverständigengutachtens übernehmen
wir, soweit das Gericht Ihrer Mandantin einen Vorschuss auferlegt.
Den Beschluss senden Sie uns bitte vorab.

Mit freundlichen Grüßen
Sven Mattke
Schadenservice Familien- und Erbrecht
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0051
@mail(51, "CONFIDENTIAL", "de", "internal",
      "one-line hand-over; the quoted customer mail holds her address, policy number, landlord dispute and IBAN")
def m0051():
    m = new(51, "Derya Aksoy <derya.aksoy@lexvia-rs.example>",
            "Lukas Pfeiffer <lukas.pfeiffer@lexvia-rs.example>",
            "WG: Kaution nicht zurück",
            when(4, 16, 8, 49))
    m.set_content(B("""
Hi Lukas, ist Buchstabe B, also deins :) Danke!
Derya

-----Ursprüngliche Nachricht-----
Von: Mareike Bollmann <mareike.bollmann@online-post.example>
Gesendet: Mittwoch, 15. April 2026 22:13
An: mietrecht@lexvia-rs.example
Betreff: Kaution nicht zurück

Hallo,

ich bin zum 31.10.2025 aus meiner Wohnung in der Lütticher Straße 14
in Aachen ausgezogen. Mein ehemaliger Vermieter, Herr Gerd Lammertz,
zahlt die Kaution von 1.950 EUR nicht zurück, obwohl die Übergabe
ohne Mängel protokolliert wurde. Jetzt behauptet er, die Küche sei
beschädigt. Kann ich einen Anwalt einschalten? Mein Vertrag ist
RS-6627104.

Falls Sie etwas erstatten: mein Konto ist
DE62 5485 2162 9583 1413 91 (Mareike Bollmann).

Viele Grüße
Mareike Bollmann
Jakobstraße 88, 52064 Aachen
"""))
    return m


# ---------------------------------------------------------------- 0052
@mail(52, "NORMAL", "de", "internal",
      "meeting invitation for quarterly planning; no personal data")
def m0052():
    m = new(52, "Sekretariat Schaden <sekretariat-schaden@lexvia-rs.example>",
            "teamleitungen-schaden@lexvia-rs.example",
            "Quartalsplanung Q3 - Raum Dom, 02.07., 13:30",
            when(6, 19, 11, 2))
    m.set_content(B("""
Liebe Teamleitungen,

die Quartalsplanung Q3 findet am Donnerstag, 02.07., von 13:30 bis
16:00 Uhr im Raum "Dom" (5. OG) statt. Frau Dr. Brückner bittet
jedes Team um zwei Folien:

1. Bestand offene Akten und Entwicklung seit April
2. Personalplanung Urlaub Juli/August (nur Anzahl Köpfe)

Bitte die Folien bis Dienstagabend in den Teams-Kanal "Planung"
laden. Für Kaffee und Kuchen ist gesorgt.

Viele Grüße
Sandra Möllenbeck
Sekretariat Leitung Schaden
"""))
    return m


# ---------------------------------------------------------------- 0053
@mail(53, "STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
      "Austrian lawyer reports the named customer's ski accident injuries (fractures, surgery) for a damages claim")
def m0053():
    m = new(53, "\"Mag. Florian Pichler\" <office@pichler-anwalt.example>",
            "schaden@lexvia-rs.example",
            "Schadenersatz Skiunfall Flachau - Ihre VN Frau Lena Hackmann",
            when(3, 3, 15, 16))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

ich darf mitteilen, dass ich Ihre Versicherungsnehmerin, Frau Lena
Hackmann, Prinz-Albert-Straße 40, 53113 Bonn (Polizze RS-4455902),
in der Schadenersatzangelegenheit aus dem Skiunfall vom 14.02.2026
in Flachau vertrete.

Frau Hackmann wurde auf der Piste "Achter-Jet" von einem
nachkommenden Skifahrer, Herrn Kristof Vaneeckhout aus Gent, von
hinten angefahren. Sie erlitt einen Tibiakopfbruch rechts und einen
Riss des vorderen Kreuzbandes; sie wurde im Unfallkrankenhaus
Schwarzach am 15.02.2026 operiert (Plattenosteosynthese) und war
neun Tage stationär. Die Heilung wird nach Einschätzung der
Unfallchirurgie mindestens sechs Monate dauern; eine zweite Operation
zur Metallentfernung ist geplant.

Geltend gemacht werden Schmerzengeld nach österreichischer
Tabelle (derzeit 18.500 EUR), Verdienstentgang und Heilungskosten.
Der Haftpflichtversicherer des Gegners hat die Haftung dem Grunde
nach noch nicht anerkannt.

Ich ersuche um Deckungszusage für die außergerichtliche Vertretung
und die Klage beim Landesgericht Salzburg.

Mit freundlichen Grüßen
Mag. Florian Pichler
Rechtsanwalt, Rainerstraße 9, 5020 Salzburg
"""))
    return m


# ---------------------------------------------------------------- 0054
@mail(54, "NORMAL", "en", "newsletter",
      "legal-tech vendor webinar invitation; no personal data")
def m0054():
    m = new(54, "CaseFlow AI <events@caseflow-ai.example>",
            "priya.raman@lexvia-rs.example",
            "Webinar: Triage 10,000 claims a month with AI - 22 Oct",
            when(10, 8, 15, 0),
            extra=[("Precedence", "bulk"),
                   ("List-Unsubscribe", "<https://caseflow-ai.example/u/82ad1>")])
    m.set_content(B("""
Hi Priya,

How do leading legal expenses insurers route incoming claims in
seconds instead of days?

Join our 45-minute webinar on Thursday, 22 October, 3 pm CEST:

  * Live demo: automatic line-of-law detection from free text
  * Case study: a Nordic insurer cut first-response time by 63 %
  * Q&A with our Head of Data Protection on EU AI Act obligations

Register here: https://caseflow-ai.example/webinar/triage

Can't make it? Register anyway and we'll send you the recording.

The CaseFlow AI team
CaseFlow AI B.V., Keizersgracht 188, Amsterdam
Unsubscribe: https://caseflow-ai.example/u/82ad1
"""))
    return m


# ---------------------------------------------------------------- 0055
@mail(55, "CONFIDENTIAL", "de", "insurer-to-customer",
      "base64-encoded body: cost refund after a won case to the named customer's IBAN")
def m0055():
    m = new(55, "Lexvia Zahlungsverkehr <zahlungsverkehr@lexvia-rs.example>",
            "Ralf Uphoff <ralf.uphoff@netmail-rhein.example>",
            "Erstattung Ihrer Auslagen - Schaden S-2026-0422947",
            when(7, 28, 6, 2))
    m.set_content(B("""
Sehr geehrter Herr Uphoff,

in Ihrer Angelegenheit gegen die Autohaus Feldkamp GmbH (Rückabwicklung
Kaufvertrag Gebrauchtwagen) hat das Landgericht Bochum der Klage
stattgegeben. Die von Ihnen verauslagten Kosten erstatten wir wie folgt:

  Fahrtkosten zu den Gerichtsterminen     84,60 EUR
  Kopien und Porto                        17,30 EUR
  Erstattung Selbstbeteiligung           150,00 EUR
  Summe                                  251,90 EUR

Die Überweisung erfolgt mit Wertstellung 30.07.2026 auf Ihr Konto
IBAN DE20 5322 7559 9662 5208 11.

Versicherungsschein: RS-5501843

Mit freundlichen Grüßen
Lexvia Rechtsschutzversicherung AG
Zahlungsverkehr Schaden
"""), cte="base64")
    return m


# ---------------------------------------------------------------- 0056
@mail(56, "NORMAL", "de", "insurer-to-broker",
      "trap: product mail on a social-law add-on (disability, care grade, reduced earning capacity) with premiums for model customers")
def m0056():
    m = new(56, "Lexvia Vertrieb <vertrieb@lexvia-rs.example>",
            "maklerverteiler-west@lexvia-rs.example",
            "Neu ab 1. Juli: Baustein Sozialrecht-Plus - Infos und Beispielbeiträge",
            when(6, 11, 10, 30),
            extra=[("Precedence", "bulk")])
    m.set_content(B("""
Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

Streit mit der Pflegekasse, dem Versorgungsamt oder der
Rentenversicherung gehört zu den häufigsten Anliegen Ihrer Kunden.
Bisher war nur das gerichtliche Verfahren versichert. Mit dem neuen
Baustein Sozialrecht-Plus übernehmen wir ab 1. Juli 2026 auch

- das Widerspruchsverfahren (Pflegegrad, Grad der Behinderung,
  Merkzeichen, Erwerbsminderungsrente, Krankengeld, Reha-Anträge),
- ein Gutachten nach § 109 SGG bis 3.000 EUR,
- eine telefonische Erstberatung ohne Selbstbeteiligung.

Beispielbeiträge (monatlich, SB 150 EUR, Privat-RS vorhanden):

  Musterkunde Single, 35 Jahre           + 2,90 EUR
  Musterfamilie, Eltern 42/40, 2 Kinder  + 4,40 EUR
  Musterkunde Senior, 68 Jahre           + 5,10 EUR

Keine Gesundheitsfragen, Wartezeit 3 Monate. Bereits bestehende
Bescheide sind nicht versichert.

Die Produktinformation und den Vergleichsrechner finden Sie im
Maklerportal unter "Produkte > Sozialrecht-Plus".

Freundliche Grüße
Ihr Vertrieb der Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0057
@mail(57, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only mail with a cost table for the named customer's criminal case for leaving the scene of an accident")
def m0057():
    m = new(57, "Murat Yıldız <murat.yildiz@lexvia-rs.example>",
            "Benedikt Straub <benedikt.straub@mailwerk.example>",
            "Kostenübersicht zu Ihrem Verfahren",
            when(11, 12, 10, 14))
    m.set_content(B("""
<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrter Herr Straub,</p>
<p>wie telefonisch besprochen erhalten Sie die Übersicht der bisher von uns übernommenen Kosten.
Das Amtsgericht Siegburg hat das Verfahren wegen unerlaubten Entfernens vom Unfallort
(§ 142 StGB, Az. 21 Ds 77/26) am 03.11.2026 gegen Zahlung von 800 EUR an die Verkehrswacht
nach § 153a StPO eingestellt.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde6f0"><th>Datum</th><th>Position</th><th>Betrag</th></tr>
<tr><td>02.04.2026</td><td>Vorschuss RA Schwarzer, Ermittlungsverfahren</td><td>595,00 EUR</td></tr>
<tr><td>18.06.2026</td><td>Akteneinsicht und Verteidigerschrift</td><td>412,34 EUR</td></tr>
<tr><td>03.11.2026</td><td>Hauptverhandlung, Terminsgebühr</td><td>561,51 EUR</td></tr>
<tr><td colspan="2"><b>Summe</b></td><td><b>1.568,85 EUR</b></td></tr>
</table>
<p>Die Geldauflage von 800 EUR ist nicht versichert (§ 5 Abs. 3 c ARB) und von Ihnen selbst zu
zahlen. Da das Verfahren nicht mit einer Verurteilung wegen einer Vorsatztat endete, fordern
wir die Verteidigerkosten nicht zurück.</p>
<p>Schaden-Nr. S-2026-0420388, Versicherungsschein RS-8840327</p>
<p>Mit freundlichen Grüßen<br>Murat Yıldız<br>Lexvia Rechtsschutzversicherung AG</p>
</body></html>
"""), subtype="html")
    return m


# ---------------------------------------------------------------- 0058
@mail(58, "NORMAL", "mixed", "internal",
      "trap: job advert draft for an in-house social-law lawyer (disability, care grade, preference for severely disabled applicants)")
def m0058():
    m = new(58, "Recruiting Lexvia <recruiting@lexvia-rs.example>",
            "\"Dr. Helene Brückner\" <helene.brueckner@lexvia-rs.example>",
            "Draft job ad Syndikusrechtsanwalt (m/w/d) Sozialrecht - please review",
            when(9, 22, 14, 6))
    m.set_content(B("""
Hi Helene,

here is the draft for the job ad. We'll publish the German version;
the English summary is for the international job boards. Could you
check the tasks by Friday?

--- DE ---
Syndikusrechtsanwalt (m/w/d) Sozialrecht, Köln, Vollzeit/Teilzeit

Ihre Aufgaben
- Deckungsprüfung in Verfahren um Grad der Behinderung,
  Pflegegrade, Erwerbsminderungsrenten und Krankengeld
- Bewertung medizinischer Gutachten gemeinsam mit unserem
  Beratungsarzt
- Steuerung unserer Partnerkanzleien, Schulungen

Ihr Profil
- zwei Staatsexamina, Erfahrung im Sozialrecht
- Freude an der Arbeit mit Menschen in schwierigen Lebenslagen

Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher
Eignung bevorzugt berücksichtigt. Wir bieten 30 Tage Urlaub,
Jobticket, mobiles Arbeiten bis 60 %.

--- EN ---
In-house lawyer (all genders), social security law, Cologne.
You'll assess coverage in disputes about disability, care grades and
invalidity pensions and steer our panel law firms. German required.

Thanks!
Lea Stratmann
Recruiting
"""))
    return m


# ---------------------------------------------------------------- 0059
@mail(59, "CONFIDENTIAL", "en", "customer-to-insurer",
      "phone mail from a named customer with policy number about a defective used car and the dealer's refusal")
def m0059():
    m = new(59, "Emily Hartwell <emily.hartwell@fastpost.example>",
            "service@lexvia-rs.example",
            "used car problem",
            when(8, 5, 22, 31),
            extra=[("X-Mailer", "Samsung Mail")])
    m.set_content(B("""
hi, i bought a used Skoda Octavia (reg. BN-EH 508) from Autohaus Grevenbroich Süd on 12 june for 14,900 eur and the gearbox started slipping 5 weeks later. garage says its a known fault and repair is around 3,200. the dealer says "sold as seen" and refuses everything although i am a private buyer. my policy number is RS-6150094, i think i have the traffic + contract module?? can you give me a lawyer, i really need the car for work

thanks
Emily Hartwell
Thomastraße 3, 53111 Bonn
"""))
    return m


# ---------------------------------------------------------------- 0060
@mail(60, "STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
      "body names only a court file number; the ZIP holds a notice and a medical summary about the client's reduced earning capacity")
def m0060():
    m = new(60, "RAin Selin Akgül <kanzlei@akguel-sozialrecht.example>",
            "sozialrecht@lexvia-rs.example",
            "S 14 R 233/26 - Unterlagen Rombach",
            when(11, 17, 12, 41))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

wie gewünscht anbei die Unterlagen zum Verfahren S 14 R 233/26
(SG Köln) in einer ZIP-Datei.

Mit freundlichen Grüßen
Selin Akgül
Rechtsanwältin, Fachanwältin für Sozialrecht
Westenhellweg 102, 44137 Dortmund
"""))
    pdf = make_pdf([
        "# Deutsche Rentenversicherung Rheinland - Widerspruchsbescheid",
        "Versicherte: Elke Rombach, geb. 02.12.1961, Versicherungsnummer 13 021261 R 508",
        "",
        "Der Widerspruch gegen den Bescheid vom 09.10.2025 wird zurückgewiesen.",
        "",
        "Begründung: Nach dem Ergebnis der sozialmedizinischen Begutachtung vom 27.01.2026 kann die Versicherte trotz "
        "Fibromyalgie und somatoformer Schmerzstörung leichte Tätigkeiten des allgemeinen Arbeitsmarktes im Wechsel von "
        "Sitzen, Stehen und Gehen noch mindestens sechs Stunden täglich verrichten. Eine Erwerbsminderung liegt daher nicht vor.",
        "",
        "Düsseldorf, 19.02.2026   Widerspruchsstelle",
    ], title="Widerspruchsbescheid")
    summary = B("""
Zusammenfassung medizinischer Befunde (Kanzlei Akgül, nur für Lexvia-Deckungsprüfung)
Mandantin: Elke Rombach, geb. 02.12.1961

- Fibromyalgiesyndrom seit 2019 (Rheumatologie Uniklinik Köln, Befund 03/2025)
- chronische Schmerzstörung mit somatischen und psychischen Faktoren, F45.41
- mittelgradige depressive Episode, F32.1, ambulante Psychotherapie seit 11/2024
- Medikation: Duloxetin 60 mg, Pregabalin 150 mg
- Reha Bad Salzuflen 06/2025: Entlassung als arbeitsunfähig, Leistungsvermögen unter 3 Stunden
Fazit: Widerspruch zu Reha-Entlassungsbericht und Rentengutachten; Gutachten nach § 109 SGG (Dr. Bernhardt, Schmerzmedizin) beantragt.
""")
    attach(m, make_zip([
        ("Rombach/2026-02-19_Widerspruchsbescheid_DRV.pdf", pdf),
        ("Rombach/Befundzusammenfassung.txt", summary),
    ]), "Unterlagen_Rombach.zip", "application/zip")
    return m


# ---------------------------------------------------------------- 0061
@mail(61, "NORMAL", "de", "newsletter",
      "trap: automobile club newsletter on the 2026 fine catalogue, alcohol and drug limits; no individual")
def m0061():
    m = new(61, "ADR Mobilclub <newsletter@adr-mobilclub.example>",
            "verkehrsrecht@lexvia-rs.example",
            "Bußgeldkatalog 2026: Was sich bei Alkohol, Drogen und Handy ändert",
            when(1, 8, 7, 0),
            extra=[("Precedence", "bulk")])
    m.set_content(B("""
ADR Mobilclub - Newsletter Januar 2026

BUSSGELDKATALOG 2026 - DIE WICHTIGSTEN ÄNDERUNGEN

Handy am Steuer: 100 EUR und ein Punkt, mit Gefährdung 150 EUR,
ein Punkt und ein Monat Fahrverbot.

Alkohol: Ab 0,5 Promille drohen 500 EUR, zwei Punkte und ein Monat
Fahrverbot. Ab 1,1 Promille liegt immer eine Straftat vor, ebenso
ab 0,3 Promille mit Ausfallerscheinungen. Wer mit 1,6 Promille oder
mehr erwischt wird, muss vor der Neuerteilung zur MPU.

Cannabis: Der THC-Grenzwert liegt bei 3,5 ng/ml Blutserum. Für
Fahranfänger gilt ein absolutes Verbot.

Tempoverstöße innerorts: Bereits ab 21 km/h zu viel gibt es einen
Monat Fahrverbot.

Tipp: Bußgeldbescheide sind häufig fehlerhaft. Mitglieder mit
Verkehrs-Rechtsschutz sollten vor Zahlung prüfen lassen, ob sich
ein Einspruch lohnt.

ADR Mobilclub e.V., Friesenplatz 3, 50672 Köln
Newsletter abbestellen: https://adr-mobilclub.example/newsletter
"""))
    return m


# ---------------------------------------------------------------- 0062
@mail(62, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "body 'AW: Beleg' only; a scanned care assessment sent as application/octet-stream PDF (health, care grade)")
def m0062():
    m = new(62, "Gisela Ahrendt <gisela.ahrendt@t-mail.example>",
            "service@lexvia-rs.example",
            "AW: Beleg",
            when(1, 29, 16, 33),
            irt="<lexvia.2026012811.4471@lexvia-rs.example>")
    m.set_content(B("""
hier der beleg, meine enkelin hat es eingescannt

G. Ahrendt
"""))
    attach(m, make_pdf([
        "# Medizinischer Dienst Westfalen-Lippe",
        "Gutachten zur Feststellung der Pflegebedürftigkeit gemäß SGB XI",
        "",
        "Versicherter: Werner Ahrendt, geb. 30.04.1944, Lindenweg 4, 57462 Olpe",
        "Pflegekasse: AOK NordWest   Begutachtung am 11.12.2025 im Wohnbereich",
        "",
        "Pflegebegründende Diagnosen: G20.1 Primäres Parkinson-Syndrom mit mäßiger bis schwerer Beeinträchtigung; "
        "R26.8 Gangstörung, Sturzneigung; N39.3 Belastungsinkontinenz",
        "",
        "Modul 1 Mobilität: 7,5 gewichtete Punkte",
        "Modul 4 Selbstversorgung: 15,0 gewichtete Punkte",
        "Gesamtpunktzahl: 42,5 - Empfehlung: Pflegegrad 2",
        "",
        "Hilfsmittel vorhanden: Rollator, Duschhocker. Empfohlen: Toilettensitzerhöhung, Hausnotruf.",
        "Pflegeperson: Ehefrau Gisela Ahrendt, ca. 20 Stunden/Woche",
    ], title="scan0017"), "scan0017.pdf", "application/octet-stream")
    return m


# ---------------------------------------------------------------- 0063
@mail(63, "CONFIDENTIAL", "en", "insurer-to-customer",
      "reply to the named customer: cover for her used-car dispute, claim number, lawyer; no special categories")
def m0063():
    m = new(63, "Lucia Ferreira <lucia.ferreira@lexvia-rs.example>",
            "Emily Hartwell <emily.hartwell@fastpost.example>",
            "Re: used car problem - claim S-2026-0466418",
            when(8, 6, 9, 17),
            irt=mid(59, "fastpost.example"))
    m.set_content(B("""
Dear Ms Hartwell,

good news: your policy RS-6150094 includes the contract module, so
the dispute with Autohaus Grevenbroich Süd about the Skoda is
covered. Your claim number is S-2026-0466418.

Because you bought as a consumer from a dealer, the "sold as seen"
clause does not exclude your rights for defects during the first
year. A lawyer will first ask the dealer in writing to repair the
gearbox within a deadline.

We suggest Ms Birte Langenhorst (Langenhorst Rechtsanwälte, Bonn,
phone 0228 97 11 340). She speaks English. Just mention the claim
number; we will send her the cover note today.

Your deductible is EUR 150.

Kind regards,
Lucia Ferreira
International Desk, Lexvia Rechtsschutzversicherung AG

On 5 Aug 2026, at 22:31, Emily Hartwell wrote:
> hi, i bought a used Skoda Octavia (reg. BN-EH 508) from Autohaus
> Grevenbroich Süd on 12 june for 14,900 eur and the gearbox started
> slipping 5 weeks later.
"""))
    return m


# ---------------------------------------------------------------- 0064
@mail(64, "NORMAL", "en", "internal",
      "IT notice about the laptop roll-out; no personal data")
def m0064():
    m = new(64, "IT Service Desk <it-servicedesk@lexvia-rs.example>",
            "team-sozialrecht@lexvia-rs.example",
            "Your new laptops: roll-out on 20 and 21 May",
            when(5, 13, 10, 22))
    m.set_content(B("""
Hello Social Law team,

your new laptops (ThinkPad T16, Windows 11) will be handed out on
Wednesday 20 and Thursday 21 May in meeting room "Deutz".

Please:
1. Book a 30-minute slot in the list in the Teams channel.
2. Bring your old laptop, charger and docking-station key.
3. Save local files to OneDrive beforehand; C:\\Temp will NOT be
   migrated.
4. Have your smartphone ready for the new MFA enrolment.

The headsets stay with you. If you work from home on those days,
the slot can be moved to the following week.

Thanks,
IT Service Desk
"""))
    return m


# ---------------------------------------------------------------- 0065
@mail(65, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "claims handler asks the team lead about a named customer accused of assault after a bar fight; victim's injuries")
def m0065():
    m = new(65, "Lukas Pfeiffer <lukas.pfeiffer@lexvia-rs.example>",
            "Murat Yıldız <murat.yildiz@lexvia-rs.example>",
            "Frage Akte Hövelmann - Körperverletzung, Notwehr?",
            when(9, 29, 13, 55))
    m.set_content(B("""
Hi Murat,

kurze Frage, bevor ich die Deckung rausschicke.

VN Niklas Hövelmann (RS-2207731) hat eine Vorladung als
Beschuldigter bekommen (StA Köln 112 Js 845/26). Vorwurf: gefährliche
Körperverletzung, § 224 StGB, am 12.09. vor einer Kneipe in der
Zülpicher Straße. Laut Anzeige hat er einem anderen Gast eine
Flasche auf den Kopf geschlagen, der Mann hatte eine Platzwunde und
eine Gehirnerschütterung und war eine Nacht in der Uniklinik.
Hövelmann sagt, der andere hätte zuerst zugeschlagen und er habe
sich nur gewehrt.

§ 224 ist ja auch fahrlässig nicht begehbar, also Vorsatztat. Geben
wir die Deckung unter Vorbehalt der Rückforderung (wie bei § 223),
oder ist das ein Fall für die Ablehnung? Der Anwalt (Dr. Haas) drängt,
weil morgen die Akteneinsicht kommt.

Danke
Lukas
"""))
    return m


# ---------------------------------------------------------------- 0066
@mail(66, "NORMAL", "de", "insurer-to-supplier",
      "trap: order of first-aid kits, defibrillator pads and eye-wash stations for the office; no person")
def m0066():
    m = new(66, "Oliver Klasen <oliver.klasen@lexvia-rs.example>",
            "bestellung@medisafe-betriebsbedarf.example",
            "Bestellung 2026-0217: Erste-Hilfe-Material und AED-Wartung",
            when(2, 17, 11, 36))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

wir bestellen gemäß Ihrem Angebot AN-55810 vom 09.02.2026:

  12 x Erste-Hilfe-Koffer DIN 13157, Nachfüllset
   4 x Elektrodenpads Erwachsene für AED Modell CardioLife 300
   1 x Elektrodenpads Kinder für AED Modell CardioLife 300
   6 x Augenspülflasche 500 ml
   2 x Blutdruckmessgerät Oberarm (Betriebsarztzimmer)
   1 x Wartung AED (2 Geräte, Foyer und 4. OG), Termin nach Absprache

Lieferanschrift: Lexvia Rechtsschutzversicherung AG, Hausdienst,
Hohenzollernring 88, 50672 Köln. Rechnung bitte an
kreditoren@lexvia-rs.example mit Bestellnummer.

Mit freundlichen Grüßen
Oliver Klasen
Einkauf
"""))
    return m


# ---------------------------------------------------------------- 0067
@mail(67, "CONFIDENTIAL", "de", "insurer-to-lawyer",
      "commercial policy: a bakery GmbH (named contact) against a named former employee about wage repayment; no special categories")
def m0067():
    m = new(67, "Jana Albrecht <jana.albrecht@lexvia-rs.example>",
            "\"RA Matthias Sölter\" <soelter@soelter-kanzlei.example>",
            "Bäckerei Lohmann GmbH ./. Kevin Drees - Deckungsumfang",
            when(3, 17, 10, 5))
    m.set_content(B("""
Sehr geehrter Herr Sölter,

für unsere Versicherungsnehmerin, die Bäckerei Lohmann GmbH
(Firmen-Rechtsschutz FR-0087231, Ansprechpartnerin Frau Annette
Lohmann, Geschäftsführerin), bestätigen wir Kostenschutz für die
arbeitsgerichtliche Auseinandersetzung mit dem früheren Mitarbeiter
Herrn Kevin Drees, Bäckergeselle, zuletzt wohnhaft Talstraße 14,
51379 Leverkusen.

Nach Ihrer Darstellung wurden Herrn Drees für März bis Mai 2025
versehentlich die Nachtzuschläge doppelt ausgezahlt (insgesamt
2.318,40 EUR brutto). Er verweigert die Rückzahlung und beruft sich
auf Entreicherung. Gleichzeitig verlangt er ein qualifiziertes
Zeugnis mit der Note "gut".

Deckung besteht für die Vertretung der Arbeitgeberin in beiden
Punkten in erster Instanz. Selbstbeteiligung laut Vertrag 300 EUR.
Schaden-Nr. S-2026-0424590.

Mit freundlichen Grüßen
Jana Albrecht
Schadenservice Arbeitsrecht (Firmenkunden)
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0068
@mail(68, "STRICTLY_CONFIDENTIAL", "mixed", "internal",
      "German hand-over mail; the forwarded message/rfc822 in English describes a named child's autism and a school-assistant dispute")
def m0068():
    inner = new(68, "Rajesh Venkataraman <rajesh.v@me-mail.example>",
                "service@lexvia-rs.example",
                "Appeal against youth welfare office - school assistant for our son",
                when(10, 13, 21, 4),
                msgid=mid(68, "me-mail.example", "fwd"))
    inner.set_content(B("""
Dear Lexvia team,

our son Arjun (8) was diagnosed with autism spectrum disorder and
ADHD at the Kinderzentrum Bonn last year. He has attended the
Grundschule Ippendorf since August with a school assistant for 20
hours a week, paid by the youth welfare office as integration
assistance. In September the office cut the hours to 10 per week
without a new assessment. Since then he has had several meltdowns in
class and the school sent him home twice.

We filed an objection on 2 October. Is a lawyer covered under our
family policy RS-3391420? I can send the diagnosis report from the
Kinderzentrum and the school's letters.

Best regards,
Rajesh Venkataraman
Röttgener Str. 61, 53127 Bonn
"""))
    m = new(68, "Nadine Schürmann <nadine.schuermann@lexvia-rs.example>",
            "team-sozialrecht@lexvia-rs.example",
            "WG: Appeal against youth welfare office",
            when(10, 14, 8, 20))
    m.set_content(B("""
Hallo Sozialrecht,

die Mail unten kam über den Kundenservice rein, englischsprachig.
Kann das bitte jemand übernehmen, der Eingliederungshilfe kennt?
Antwort gerne auf Englisch, Lucia hilft sonst.

Danke
Nadine
"""))
    attach_mail(m, inner)
    return m


# ---------------------------------------------------------------- 0069
@mail(69, "NORMAL", "de", "internal",
      "trap: anonymised success story for the sales newsletter (age band, disability degree, no name, place or date)")
def m0069():
    m = new(69, "Marlene Oster <marlene.oster@lexvia-rs.example>",
            "Corinna Feldhaus <corinna.feldhaus@lexvia-rs.example>",
            "Textentwurf 'Fall des Monats' - bitte Freigabe",
            when(7, 2, 11, 48))
    m.set_content(B("""
Liebe Corinna,

für den Vertriebs-Newsletter im August hätte ich gern einen Fall aus
dem Sozialrecht. Ich habe den Text so abstrakt gehalten, dass man
niemanden erkennen kann (kein Name, kein Ort, kein Datum, Alter nur
ungefähr). Passt das so?

---
Fall des Monats: Endlich anerkannt

Ein Kunde Ende fünfzig, jahrzehntelang in einem handwerklichen Beruf
tätig, beantragte nach mehreren Operationen an der Wirbelsäule die
Feststellung einer Schwerbehinderung. Das Versorgungsamt setzte einen
Grad der Behinderung von 30 fest. Mit Unterstützung einer unserer
Partnerkanzleien und eines Gutachtens, dessen Kosten Lexvia übernahm,
erkannte das Sozialgericht einen GdB von 50 an. Damit hat der Kunde
Anspruch auf besonderen Kündigungsschutz und zusätzliche
Urlaubstage.

Kosten des Verfahrens: rund 3.900 Euro, vollständig von Lexvia
getragen.
---

Danke dir!
Marlene
Marketing & Kommunikation
"""))
    return m


# ---------------------------------------------------------------- 0070
@mail(70, "CONFIDENTIAL", "de", "insurer-to-customer",
      "premium reminder after a returned direct debit: named customer, policy, amounts, IBAN")
def m0070():
    m = new(70, "Lexvia Beitragsservice <beitragsservice@lexvia-rs.example>",
            "Jörg Winterscheid <joerg.winterscheid@web-mail.example>",
            "Rücklastschrift - Ihr Vertrag RS-4860277",
            when(11, 2, 7, 31))
    m.set_content(B("""
Sehr geehrter Herr Winterscheid,

der Beitrag für Ihre Rechtsschutzversicherung (Privat-, Berufs- und
Verkehrs-Rechtsschutz, Vertrag RS-4860277) für das vierte Quartal
2026 über 98,70 EUR konnte am 15.10.2026 nicht von Ihrem Konto

  IBAN DE55 2789 6786 8835 4680 62

eingezogen werden. Ihre Bank hat die Lastschrift mit dem Grund
"Konto erloschen" zurückgegeben. Die Bankgebühr von 3,50 EUR müssen
wir Ihnen berechnen.

Bitte überweisen Sie 102,20 EUR bis zum 16.11.2026 oder teilen Sie
uns eine neue Bankverbindung mit. Solange der Beitrag nicht bezahlt
ist, besteht für neue Rechtsschutzfälle kein Versicherungsschutz
(§ 38 VVG).

Mit freundlichen Grüßen
Beitragsservice
Lexvia Rechtsschutzversicherung AG
Bankverbindung Lexvia: IBAN DE94 5834 6777 5898 2565 11
"""))
    return m


# ---------------------------------------------------------------- 0071
@mail(71, "NORMAL", "de", "system-to-internal",
      "document-management notification without file numbers or names")
def m0071():
    m = new(71, "DMS Posteingang <dms-noreply@lexvia-rs.example>",
            "tobias.reinholz@lexvia-rs.example",
            "3 neue Dokumente in Ihrem Posteingang",
            when(4, 7, 6, 0),
            extra=[("Auto-Submitted", "auto-generated")])
    m.set_content(B("""
Guten Morgen,

seit Ihrer letzten Anmeldung sind 3 neue Dokumente in Ihrem
persönlichen Posteingang im DMS eingegangen:

  - 2 x Eingang Post (gescannt)
  - 1 x Eingang Anwaltsportal

Bitte bearbeiten Sie die Dokumente im DMS. Dokumente mit Frist
sind dort rot markiert.

Diese Benachrichtigung können Sie unter "Einstellungen >
Benachrichtigungen" abbestellen.

DMS Lexvia - automatisch erzeugte Nachricht
"""))
    return m


# ---------------------------------------------------------------- 0072
@mail(72, "STRICTLY_CONFIDENTIAL", "en", "lawyer-to-insurer",
      "English firm: named client dismissed without notice and reported to the police for alleged embezzlement (criminal allegation)")
def m0072():
    m = new(72, "Fiona Kade <f.kade@morrisonkade.example>",
            "arbeitsrecht@lexvia-rs.example",
            "Mr Anders Lindqvist ./. Velora Logistics GmbH - dismissal and criminal complaint - request for cover",
            when(10, 27, 18, 9))
    m.set_content(B("""
Dear colleagues,

we represent Mr Anders Lindqvist, Kettenhofweg 77, 60325 Frankfurt
am Main, who is insured with you under policy RS-7730952.

Mr Lindqvist was head of purchasing at Velora Logistics GmbH. On
20 October 2026 the company dismissed him without notice. It
alleges that he approved inflated invoices from a packaging supplier
and received EUR 41,000 in return between 2024 and 2026. On the same
day the company filed a criminal complaint with the public
prosecutor in Frankfurt for breach of trust and bribery in business
dealings (sections 266 and 299 of the Criminal Code). Our client
denies the allegations entirely; the supplier invoices were approved
by two signatories in each case.

We ask for confirmation of cover for
1. the action against the summary dismissal before the Frankfurt
   labour court (three monthly salaries of EUR 9,400 gross), and
2. the defence in the criminal investigation. We are aware that
   cover for intentional offences is granted subject to repayment
   if he is convicted.

Yours sincerely,
Fiona Kade
Partner, Morrison Kade LLP
Taunusanlage 8, 60329 Frankfurt am Main
"""))
    return m


# ---------------------------------------------------------------- 0073
@mail(73, "CONFIDENTIAL", "de", "lawyer-to-insurer",
      "traffic civil claim of a named client with plate, opposing insurer and amounts; explicitly nobody hurt")
def m0073():
    m = new(73, "Kanzlei am Rathaus <verkehr@kanzlei-am-rathaus.example>",
            "verkehrsrecht@lexvia-rs.example",
            "Ihre VN Sabine Große-Wietfeld / Unfall 22.05.2026 - Sachstand",
            when(6, 15, 12, 19))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

in der Unfallsache unserer Mandantin Frau Sabine Große-Wietfeld
(Ihre Schaden-Nr. S-2026-0451170) berichten wir:

Der Unfall ereignete sich am 22.05.2026 auf dem Parkplatz des
Baumarkts an der Opladener Straße in Leverkusen. Der Gegner, Herr
Dirk Mahlberg, stieß beim Rückwärtsausparken gegen den stehenden
Pkw unserer Mandantin (LEV-SG 412). Personen wurden nicht verletzt.

Die Haftpflichtversicherung des Gegners (Rheinische Kraftfahrt VVaG)
will nur 50 % regulieren, weil unsere Mandantin ebenfalls rangiert
habe. Das ist nach dem Video der Parkplatzkamera unzutreffend; der
Baumarkt hat die Aufnahme gesichert.

Offene Forderung:
  Reparaturkosten laut Gutachten  4.212,80 EUR
  Sachverständigenkosten            689,00 EUR
  Nutzungsausfall 7 Tage à 59 EUR   413,00 EUR
  Kostenpauschale                    25,00 EUR

Wir bitten um Deckungszusage für die Klage beim Amtsgericht
Leverkusen über den hälftigen Restbetrag von 2.669,90 EUR.

Mit freundlichen Grüßen
Schwarzer
Rechtsanwalt
Kanzlei am Rathaus, Friedrich-Ebert-Platz 4, 51373 Leverkusen
"""))
    return m


# ---------------------------------------------------------------- 0074
@mail(74, "NORMAL", "en", "insurer-to-partner",
      "trap: answer to an association survey with aggregated counts of criminal, disability and care cases")
def m0074():
    m = new(74, "Frank Deppe <frank.deppe@lexvia-rs.example>",
            "statistics@eleia-association.example",
            "ELEIA annual survey 2025 - Lexvia (DE) figures",
            when(3, 25, 16, 40))
    m.set_content(B("""
Dear ELEIA statistics team,

please find our figures for the annual survey below (financial year
2025, German business only, all figures aggregated).

Policies in force (31 Dec)             412,880
New claims notified                     58,214
  of which employment                   15,903
  of which tenancy / property            8,877
  of which traffic (civil + offences)   13,406
  of which criminal defence              1,522
  of which social security               5,611
    - care grade                         1,760
    - degree of disability               2,495
    - pension / sickness benefit         1,356
  of which family / inheritance advice   5,140
  other                                  7,755
Mediations started                       2,940
Share settled out of court                 71 %
Average cost per closed claim (EUR)      1,388

We did not answer question 14 (claims by age of policyholder),
because our claims system does not hold the policyholder's age in
a reportable form.

Best regards,
Frank Deppe
Claims Controlling, Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0075
@mail(75, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "body names client and claim only; the attached DOCX cover letter describes a disc prolapse at work and the occupational accident insurer's refusal")
def m0075():
    m = new(75, "Corinna Feldhaus <corinna.feldhaus@lexvia-rs.example>",
            "RAin Selin Akgül <kanzlei@akguel-sozialrecht.example>",
            "Deckungszusage Gülcan Aydın - S-2026-0446120",
            when(7, 21, 14, 3))
    m.set_content(B("""
Sehr geehrte Frau Akgül,

anbei unsere Deckungszusage in der Sache Ihrer Mandantin
Frau Gülcan Aydın.

Mit freundlichen Grüßen
Corinna Feldhaus
Lexvia Rechtsschutzversicherung AG
"""))
    attach(m, make_docx([
        ("h", "Deckungszusage"),
        ("p", "Lexvia Rechtsschutzversicherung AG, Schadenservice Sozialrecht, Hohenzollernring 88, 50672 Köln"),
        ("p", "An: Rechtsanwältin Selin Akgül, Westenhellweg 102, 44137 Dortmund"),
        ("p", "Köln, 21.07.2026"),
        ("p", "Versicherungsnehmerin: Gülcan Aydın, Borsigplatz 3, 44145 Dortmund; Versicherungsschein RS-5286614; "
              "Schaden-Nr. S-2026-0446120"),
        ("p", "Sehr geehrte Frau Akgül,"),
        ("p", "für die Klage Ihrer Mandantin vor dem Sozialgericht Dortmund gegen die Berufsgenossenschaft Handel und "
              "Warenlogistik erteilen wir Kostenschutz für die erste Instanz."),
        ("p", "Ihre Mandantin erlitt am 04.03.2026 als Kommissioniererin beim Anheben eines 28 kg schweren Pakets einen "
              "akuten Bandscheibenvorfall L5/S1 mit Lähmung der Fußheber rechts; sie wurde am 06.03.2026 im Knappschafts"
              "krankenhaus Dortmund operiert. Die Berufsgenossenschaft lehnt die Anerkennung als Arbeitsunfall ab, weil "
              "es sich um eine degenerative Vorschädigung handele und das Heben eine übliche Belastung gewesen sei."),
        ("p", "Die Kosten eines Gutachtens nach § 109 SGG (Orthopädie) übernehmen wir nach vorheriger Abstimmung bis "
              "3.000 EUR."),
        ("p", "Mit freundlichen Grüßen, Corinna Feldhaus"),
    ], author="C. Feldhaus"), "Deckungszusage_S-2026-0446120.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    return m


# ---------------------------------------------------------------- 0076
@mail(76, "NORMAL", "de", "internal",
      "canteen menu with allergen notes; no personal data")
def m0076():
    m = new(76, "Betriebsrestaurant <kantine@lexvia-rs.example>",
            "alle@lexvia-rs.example",
            "Speiseplan KW 40",
            when(9, 25, 14, 0))
    m.set_content(B("""
Speiseplan KW 40 (28.09. - 02.10.2026)

Mo  Linsensuppe mit Würstchen (A, I) | vegan: Linsen-Curry (I)
Di  Hähnchenbrust, Reis, Paprikagemüse | Spinatknödel (A, C, G)
Mi  Himmel un Ääd mit gebratener Blutwurst (A, G) | Gemüsestrudel (A, G)
Do  Fischfilet in Senfsauce (D, G, J) | Ofenkartoffel mit Quark (G)
Fr  Tag der Deutschen Einheit - geschlossen

Allergene: A Gluten, C Ei, D Fisch, G Milch, I Sellerie, J Senf.
Salatbar und Dessert täglich. Die Cafeteria ist am Freitag geschlossen.

Guten Appetit!
Ihr Team vom Betriebsrestaurant
"""))
    return m


# ---------------------------------------------------------------- 0077
@mail(77, "CONFIDENTIAL", "de", "customer-to-insurer",
      "customer cancels her policy, gives birth date, address and contract number")
def m0077():
    m = new(77, "Renate Schlüter-Kamps <r.schlueter-kamps@online-post.example>",
            "vertrag@lexvia-rs.example",
            "Kündigung Rechtsschutzvertrag",
            when(9, 30, 19, 8))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

hiermit kündige ich meinen Rechtsschutzvertrag Nr. RS-3345106 zum
nächstmöglichen Termin, das ist nach meinen Unterlagen der
01.01.2027.

Renate Schlüter-Kamps
geb. 22.06.1957
Wallstraße 31
41061 Mönchengladbach

Bitte bestätigen Sie mir die Kündigung schriftlich. Den Beitrag für
Dezember buchen Sie bitte noch ab, die Bankverbindung bleibt bis
dahin bestehen.

Mit freundlichen Grüßen
Renate Schlüter-Kamps
"""))
    return m


# ---------------------------------------------------------------- 0078
@mail(78, "NORMAL", "en", "insurer-to-partner",
      "scheduling the annual reinsurance meeting; no personal data")
def m0078():
    m = new(78, "Henrik Lauterbach <henrik.lauterbach@lexvia-rs.example>",
            "Claire Dubois <c.dubois@nordhafen-re.example>",
            "Annual treaty meeting - date options",
            when(9, 3, 9, 44))
    m.set_content(B("""
Hi Claire,

for our annual treaty meeting before the 1/1 renewal, we could host
you in Cologne on one of these dates:

  - Tuesday, 20 October, 10:00-15:00
  - Thursday, 22 October, 10:00-15:00
  - Wednesday, 4 November, 09:30-14:30

Agenda proposal: portfolio development, the new social-law add-on,
large-loss review, and the 2027 treaty wording (cyber exclusion).

Let me know which date suits your team and how many of you will
come, so I can book the room and lunch.

Best,
Henrik
"""))
    return m


# ---------------------------------------------------------------- 0079
@mail(79, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "cover for a named customer's case about a warning for alcohol at work; addiction treatment described in plain words")
def m0079():
    m = new(79, "Jana Albrecht <jana.albrecht@lexvia-rs.example>",
            "Holger Brackmann <holger.brackmann@netmail-rhein.example>",
            "Ihre Abmahnung vom 02.09. - Kostenschutz",
            when(9, 10, 11, 12))
    m.set_content(B("""
Sehr geehrter Herr Brackmann,

danke für das offene Gespräch am Telefon.

Sie möchten gegen die Abmahnung Ihres Arbeitgebers, der Stadtwerke
Bergheim GmbH, vom 02.09.2026 vorgehen und verlangen, dass sie aus
der Personalakte entfernt wird. Der Arbeitgeber wirft Ihnen vor, am
28.08. mit Restalkohol zur Frühschicht erschienen zu sein. Sie haben
uns erzählt, dass Sie seit Frühjahr wegen Ihrer Alkoholabhängigkeit
in Behandlung sind, im Juni eine qualifizierte Entgiftung in der
LVR-Klinik gemacht haben und im August einen Rückfall hatten; eine
Entwöhnungstherapie ist ab Oktober bewilligt.

Für die außergerichtliche Vertretung und eine eventuelle Klage auf
Entfernung der Abmahnung erteilen wir Kostenschutz
(Schaden-Nr. S-2026-0469923, Vertrag RS-0972815).

Ihr Anwalt wird mit Ihnen auch besprechen, wie Sie Ihren Arbeitsplatz
während der Therapie absichern können. Bitte melden Sie uns, wenn der
Arbeitgeber eine Kündigung ausspricht; dann gilt die dreiwöchige
Klagefrist.

Alles Gute und freundliche Grüße
Jana Albrecht
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0080
@mail(80, "CONFIDENTIAL", "de", "lawyer-to-insurer",
      "divorce advice: the attached ODS maintenance calculation gives both named spouses' net incomes; no health data")
def m0080():
    m = new(80, "Anwaltskanzlei Lohmeyer <kanzlei@lohmeyer-familienrecht.example>",
            "familienrecht@lexvia-rs.example",
            "Beratung Fr. Kessel - Unterhaltsberechnung zur Akte S-2026-0457330",
            when(8, 11, 15, 27))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

im Rahmen der Beratung Ihrer Versicherungsnehmerin Frau Svenja
Kessel haben wir den voraussichtlichen Trennungsunterhalt und den
Kindesunterhalt berechnet. Die Berechnung übersenden wir zu Ihrer
Akte, weil Sie um Nachweis des Beratungsumfangs gebeten hatten.

Unsere Kostennote für die Erstberatung folgt mit separater Post.

Mit freundlichen Grüßen
Lohmeyer
Rechtsanwältin, Fachanwältin für Familienrecht
Theaterstraße 55, 52062 Aachen
"""))
    attach(m, make_ods([
        ("Unterhalt", [
            ["Unterhaltsberechnung Kessel / Kessel (Stand 11.08.2026)", "", ""],
            ["Position", "Ehemann Tim Kessel", "Ehefrau Svenja Kessel"],
            ["Nettoeinkommen monatlich", 3420.0, 1980.0],
            ["abzgl. 5 % berufsbedingte Aufwendungen", -171.0, -99.0],
            ["abzgl. Kredit Hausrat (bis 2028)", -240.0, 0.0],
            ["bereinigtes Einkommen", 3009.0, 1881.0],
            ["Kindesunterhalt Mila (7 J.), DT Gruppe 4", -538.0, 0.0],
            ["verbleibendes Einkommen", 2471.0, 1881.0],
            ["Differenz x 3/7 = Trennungsunterhalt", 253.0, ""],
        ]),
    ]), "Unterhaltsberechnung_Kessel.ods", "application/vnd.oasis.opendocument.spreadsheet")
    return m


# ---------------------------------------------------------------- 0081
@mail(81, "NORMAL", "en", "internal",
      "trap: reminder for the annual GDPR e-learning about health data and criminal records; no person")
def m0081():
    m = new(81, "Bettina Vossberg <bettina.vossberg@lexvia-rs.example>",
            "alle@lexvia-rs.example",
            "Reminder: annual data protection e-learning due by 31 March",
            when(3, 16, 9, 0))
    m.set_content(B("""
Dear colleagues,

a friendly reminder that the annual data protection e-learning must
be completed by 31 March. So far 71 % of you have finished it.

This year's module focuses on special categories of data that we
see every day in legal expenses claims:

  - health data (medical reports in social-court and injury cases,
    sick notes in employment disputes)
  - data on criminal offences (police summons, penal orders,
    indictments)
  - trade-union membership (relevant for the subsidiarity of union
    legal protection)

It takes about 35 minutes and ends with a short quiz (pass mark
80 %). You find it in the learning portal under "Compliance 2026".

Colleagues without a PC workplace can do the training in the
training room on 24 and 26 March.

Thank you!
Bettina Vossberg
Data Protection Officer
"""))
    return m


# ---------------------------------------------------------------- 0082
@mail(82, "CONFIDENTIAL", "mixed", "insurer-to-customer",
      "confirmation of a named customer's new address and bank account, German letter with English summary")
def m0082():
    m = new(82, "Lexvia Kundenservice <kundenservice@lexvia-rs.example>",
            "Sophie Marchetti <sophie.marchetti@me-mail.example>",
            "Änderung Ihrer Daten / Change of your details - RS-2018873",
            when(2, 9, 11, 40))
    m.set_content(B("""
Sehr geehrte Frau Marchetti,

wir haben Ihre Änderungen zum Vertrag RS-2018873 übernommen:

  Neue Anschrift ab 01.03.2026:  Sülzburgstraße 148, 50937 Köln
  Neue Bankverbindung:           IBAN DE85 7903 8344 0326 9107 35
                                 Kontoinhaberin Sophie Marchetti
  Erster Einzug vom neuen Konto: 01.04.2026, 27,40 EUR

Ihre Versicherung gilt unverändert weiter.

English summary: we have changed your address to Sülzburgstraße
148, 50937 Köln (from 1 March 2026) and will collect your premium of
EUR 27.40 from your new account from 1 April 2026. Your cover stays
the same.

Mit freundlichen Grüßen / Kind regards
Ewa Kowalczyk
Kundenservice, Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0083
@mail(83, "STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
      "tenancy case about mould; the named client's child had asthma attacks and a hospital stay")
def m0083():
    m = new(83, "\"RA Jörg Tiedemann\" <j.tiedemann@wtp-recht.example>",
            "mietrecht@lexvia-rs.example",
            "Deckungsanfrage Mietminderung und Schadensersatz - Familie Yilmaz-Rohde",
            when(1, 22, 16, 2))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

wir vertreten Ihre Versicherungsnehmerin Frau Derya Yilmaz-Rohde,
Bornheimer Str. 62, 53111 Bonn (RS-5038817), gegen ihre Vermieterin,
die Rheinblick Wohnen GmbH.

Seit Oktober 2025 bildet sich im Kinderzimmer und im Schlafzimmer
großflächig Schimmel. Die Vermieterin hat trotz drei Mängelanzeigen
nur die Wand überstreichen lassen. Der sechsjährige Sohn unserer
Mandantin, Emre, leidet seit November unter zunehmenden
Asthmaanfällen; er musste im Dezember nach einem schweren Anfall
drei Tage in der Kinderklinik St. Marien bleiben. Der Kinderarzt hat
schriftlich bestätigt, dass die Schimmelbelastung die Beschwerden
verstärkt, und rät dringend zu einem Umzug des Kindes aus dem Zimmer.

Wir beabsichtigen:
1. Mietminderung um 30 % seit November 2025 (Kaltmiete 1.050 EUR),
2. Klage auf Mängelbeseitigung,
3. Schadensersatz für die beschädigten Möbel und ggf. Schmerzensgeld
   für das Kind.

Wir bitten um Deckungszusage für die außergerichtliche Tätigkeit und
die Klage vor dem Amtsgericht Bonn.

Mit freundlichen Grüßen
Jörg Tiedemann
Rechtsanwalt
"""))
    return m


# ---------------------------------------------------------------- 0084
@mail(84, "NORMAL", "de", "internal",
      "facility notice: underground car park closed for renovation")
def m0084():
    m = new(84, "Hausdienst <hausdienst@lexvia-rs.example>",
            "alle@lexvia-rs.example",
            "Tiefgarage Ebene -2 gesperrt vom 13. bis 24. Juli",
            when(7, 6, 14, 15))
    m.set_content(B("""
Liebe Kolleginnen und Kollegen,

wegen der Sanierung der Bodenbeschichtung ist die Ebene -2 der
Tiefgarage vom 13. bis 24. Juli vollständig gesperrt. In dieser
Zeit stehen 40 Ersatzplätze im Parkhaus Friesenstraße zur Verfügung;
die Berechtigungskarten gibt es ab Donnerstag am Empfang.

Die Ladesäulen auf Ebene -1 bleiben in Betrieb. Die Fahrradgarage
ist nicht betroffen.

Danke für Ihr Verständnis
Ihr Hausdienst
Herr Dörrenbächer, Tel. -190
"""))
    return m


# ---------------------------------------------------------------- 0085
@mail(85, "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "named customer with multiple sclerosis asks for cover because her employer refuses part-time work (health data)")
def m0085():
    m = new(85, "Hannah Lindström <hannah.lindstrom@fastpost.example>",
            "service@lexvia-rs.example",
            "Employer refuses reduced hours - policy RS-8112640",
            when(4, 14, 12, 25))
    m.set_content(B("""
Hello,

I have had your legal insurance (policy RS-8112640) since 2022 and
I need advice.

In January I was diagnosed with relapsing-remitting multiple
sclerosis. After the second relapse in March I was in hospital for a
week for cortisone treatment. My neurologist recommends that I work
no more than 30 hours a week because of the fatigue, and has written
a certificate. I am a project manager at Gravenbruch Consulting GmbH
in Düsseldorf (40 hours, EUR 5,900 gross per month).

I asked HR for a reduction to 30 hours under the Part-Time Act on
20 March. Yesterday they refused, saying that my role "requires full
presence". They also asked whether the illness would affect my
travel, which I don't think they are allowed to ask.

Is a lawyer covered for this? I'd like to avoid a fight but I
can't continue like this.

Thank you,
Hannah Lindström
Lindenstraße 80, 40233 Düsseldorf
"""))
    return m


# ---------------------------------------------------------------- 0086
@mail(86, "NORMAL", "de", "newsletter",
      "trap: employment-law firm newsletter on sick notes, illness during holidays and dismissal during illness in general")
def m0086():
    m = new(86, "Brenner & Oyelaran Rechtsanwälte <newsletter@brenner-oyelaran.example>",
            "arbeitsrecht@lexvia-rs.example",
            "Arbeitsrecht kompakt 2/2026: Krank im Urlaub, AU per Video, Kündigung während Krankheit",
            when(4, 20, 8, 30),
            extra=[("Precedence", "bulk")])
    m.set_content(B("""
ARBEITSRECHT KOMPAKT 2/2026

1. Krank im Urlaub
Wer im Urlaub arbeitsunfähig erkrankt und dies durch ärztliches
Attest nachweist, bekommt die Krankheitstage gutgeschrieben (§ 9
BUrlG). Das gilt auch bei einer Erkrankung im Ausland; die
Bescheinigung muss erkennen lassen, dass eine Arbeitsunfähigkeit
und nicht nur eine Erkrankung vorlag.

2. AU per Videosprechstunde
Die Krankschreibung per Video ist beim ersten Mal auf sieben Tage
begrenzt. Arbeitgeber dürfen den Beweiswert nicht pauschal anzweifeln.

3. Kündigung während der Krankheit
Ein weit verbreiteter Irrtum: Auch während einer Arbeitsunfähigkeit
darf gekündigt werden. Entscheidend ist, ob die Kündigung sozial
gerechtfertigt ist. Bei Schwerbehinderten ist vorher die Zustimmung
des Integrationsamts erforderlich.

4. Veranstaltungshinweis
Unser Frühstücksseminar "BEM rechtssicher gestalten" findet am
12. Mai in Düsseldorf statt.

Brenner & Oyelaran Rechtsanwälte, Königsallee 61, 40215 Düsseldorf
Abmeldung: newsletter@brenner-oyelaran.example, Betreff "Abmelden"
"""))
    return m


# ---------------------------------------------------------------- 0087
@mail(87, "CONFIDENTIAL", "de", "insurer-to-lawyer",
      "reply to a lawyer's binding opinion in a named neighbours' tree and boundary dispute; claim number; no special categories")
def m0087():
    m = new(87, "Tobias Reinholz <tobias.reinholz@lexvia-rs.example>",
            "\"RA Bernd Winkelhoff\" <winkelhoff@kanzlei-winkelhoff.example>",
            "AW: Stichentscheid Gerlach ./. Stommel (S-2026-0431905)",
            when(7, 9, 10, 51),
            irt="<20260703.112.winkelhoff@kanzlei-winkelhoff.example>")
    m.set_content(B("""
Sehr geehrter Herr Winkelhoff,

vielen Dank für Ihren Stichentscheid vom 03.07.2026 in der Sache
Ihres Mandanten Michael Gerlach gegen den Nachbarn Heinz Stommel
(Hauptstraße 59, Much).

Sie legen überzeugend dar, dass der Anspruch auf Rückschnitt der
Thujahecke nicht verjährt ist, weil die Hecke die zulässige Höhe
von 2 m nach § 41 NachbG NRW erst 2024 überschritten hat, und dass
die Beseitigung der Walnuss an der Grenze nach dem Gutachten des
Baumsachverständigen ebenfalls Aussicht auf Erfolg hat.

Wir schließen uns dem Stichentscheid an und erweitern die
Deckungszusage auf die Klage vor dem Amtsgericht Siegburg. Der
Streitwert ist mit 4.000 EUR (Hecke) und 2.500 EUR (Baum) plausibel.

Die Selbstbeteiligung Ihres Mandanten bleibt bei 250 EUR.

Mit freundlichen Grüßen
Tobias Reinholz
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0088
@mail(88, "NORMAL", "en", "insurer-to-supplier",
      "sending a data processing agreement for signature to a translation agency")
def m0088():
    m = new(88, "Oliver Klasen <oliver.klasen@lexvia-rs.example>",
            "Rachel Ashdown <r.ashdown@linguajuris-translations.example>",
            "Data processing agreement - please sign via DocuSign",
            when(4, 30, 16, 5))
    m.set_content(B("""
Dear Rachel,

thank you again for your offer; we are pleased to award Lingua
Juris the framework agreement from 1 June 2026.

Before we send the first documents, we need the data processing
agreement signed. You will receive it via DocuSign today, together
with our technical and organisational measures checklist. Please
list all sub-contractors (freelance translators) in annex 3.

Once signed, our IT will set up your account on our secure file
transfer. We do not send documents for translation by e-mail.

Best regards,
Oliver Klasen
Procurement, Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0089
@mail(89, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "body speaks only of 'large losses Q2'; the XLSX names customers with criminal charges and personal-injury cases")
def m0089():
    m = new(89, "Frank Deppe <frank.deppe@lexvia-rs.example>",
            "\"Dr. Helene Brückner\" <helene.brueckner@lexvia-rs.example>",
            "Großschäden Q2 für die Vorstandsvorlage",
            when(7, 8, 17, 12))
    m.set_content(B("""
Hallo Helene,

anbei die Großschäden Q2 (Reserve über 25 TEUR) als Entwurf für die
Vorstandsvorlage. Für den Vorstand müsste ich die Namen noch
herausnehmen, das mache ich, sobald du die Kommentare freigegeben
hast.

Gruß
Frank
"""))
    attach(m, make_xlsx([
        ("Grossschaeden Q2", [
            ["Schaden-Nr.", "VN", "Rechtsgebiet", "Gegenstand", "Reserve EUR", "Kommentar Schaden"],
            ["S-2026-0440217", "Amara Osei-Bonsu", "Arbeitsrecht", "Kündigung in der Schwangerschaft, Halvorsen Marine Software", 28500,
             "Vergleich erwartet, Abfindung"],
            ["S-2026-0409164", "Renate Obermeier", "Strafrecht", "fahrlässige Körperverletzung Radfahrer (Schlüsselbeinbruch)", 31000,
             "Nebenklage des Verletzten, Gutachten Unfallrekonstruktion"],
            ["S-2026-0433982", "Dr. Ulrich Faßbender", "Arzthaftung", "Querschnittlähmung nach Wirbelsäulen-OP", 96000,
             "3 Gutachten, Streitwert 650 TEUR"],
            ["S-2026-0438150", "Elke Rombach", "Sozialrecht", "EM-Rente, Fibromyalgie", 26500, "§ 109-Gutachten"],
            ["S-2026-0445613", "Kerstin Lammers", "Strafrecht", "Vorwurf Untreue als Vereinskassiererin", 44000,
             "Vorsatzdelikt, Rückforderung vorbehalten"],
            ["S-2026-0447220", "Waldemar Hein", "Erbrecht", "Testierfähigkeit Mutter (Demenz), Nachlass 1,2 Mio.", 38000,
             "Beratung ausgeschöpft, Kulanz?"],
        ]),
    ], author="F. Deppe"), "Grossschaeden_Q2_2026_Entwurf.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return m


# ---------------------------------------------------------------- 0090
@mail(90, "CONFIDENTIAL", "en", "lawyer-to-insurer",
      "fee note for the named expat customer's consultation on a termination agreement (salary and severance in the PDF)")
def m0090():
    m = new(90, "\"Dr. Lisa Hohenadl\" <office@hohenadl-arbeitsrecht.example>",
            "rechnungen@lexvia-rs.example",
            "Fee note - your claim S-2026-0426650 (Whitcombe)",
            when(4, 27, 9, 33))
    m.set_content(B("""
Dear Sir or Madam,

please find attached our fee note for the advice given to your
policyholder Mr Bradley Whitcombe on his termination agreement.

Kind regards
Maria Gstettner
Accounts, Hohenadl Arbeitsrecht, Munich
"""))
    attach(m, make_pdf([
        "# Hohenadl Arbeitsrecht - Kostennote 26-0412",
        "Prinzregentenstr. 54, 80538 München",
        "",
        "Lexvia Rechtsschutzversicherung AG, Schaden-Nr. S-2026-0426650",
        "Mandant: Bradley Whitcombe, Leopoldstraße 177, 80804 München",
        "Angelegenheit: Beratung Aufhebungsvertrag Quellbrook Analytics GmbH",
        "",
        "Gegenstandswert: Abfindung 58.000 EUR zzgl. Vergütung bis 30.06.2026 (3 x 9.333 EUR) = 86.000 EUR",
        "Beratungsgebühr § 34 RVG (Vereinbarung: Erstberatung gedeckelt)        250,00 EUR",
        "Auslagenpauschale Nr. 7002 VV RVG                                     20,00 EUR",
        "19 % USt                                                              51,30 EUR",
        "Summe                                                                321,30 EUR",
        "",
        "Ergebnis der Beratung: Nachverhandlung Abfindung auf 74.000 EUR, Freistellung ab 15.05.2026.",
        "Bankverbindung: Hohenadl Arbeitsrecht, IBAN DE91 2409 5304 3363 4848 16",
    ], title="Kostennote 26-0412"), "Kostennote_26-0412_Whitcombe.pdf", "application/pdf")
    return m


# ---------------------------------------------------------------- 0091
@mail(91, "NORMAL", "de", "insurer-to-prospect",
      "trap: general answer to a prospect's hypothetical question about speeding fines and drunk driving; no contract, no case")
def m0091():
    m = new(91, "Lexvia Kundenservice <kundenservice@lexvia-rs.example>",
            "Paul Gerhards <p.gerhards@webpost.example>",
            "AW: Frage zum Verkehrs-Rechtsschutz",
            when(5, 5, 10, 8),
            irt="<ae71f0c2-55d1-4c8e-b0a4-7d1e09c3f2aa@webpost.example>")
    m.set_content(B("""
Guten Tag Herr Gerhards,

vielen Dank für Ihr Interesse an unserem Verkehrs-Rechtsschutz.

Zu Ihren allgemeinen Fragen:

- Bußgeldverfahren (z. B. Geschwindigkeits- oder Rotlichtverstöße)
  sind versichert, einschließlich eines Gutachtens zur Messung.
- Strafverfahren wegen eines Verkehrsdelikts sind versichert, wenn
  es fahrlässig begangen werden kann. Bei Trunkenheitsfahrten gilt:
  Wird man wegen Vorsatzes verurteilt, müssen die Kosten
  zurückgezahlt werden.
- Halt- und Parkverstöße sind nicht versichert.
- Es gibt im Verkehrs-Rechtsschutz keine Wartezeit; versichert sind
  aber nur Fälle, die nach Vertragsbeginn eintreten.

Die Beiträge und die Versicherungsbedingungen finden Sie unter
https://www.lexvia-rs.example/verkehr. Gern ruft Sie auch eine
Beraterin in Ihrer Nähe an.

Freundliche Grüße
Ihr Lexvia Kundenservice

> Hallo, ich überlege eine Rechtsschutzversicherung abzuschließen.
> Was ist eigentlich, wenn man mal geblitzt wird oder wenn jemand nach
> einer Feier mit Alkohol fährt, zahlt ihr dann den Anwalt? Und gibt
> es eine Wartezeit? Danke, Paul Gerhards
"""))
    return m


# ---------------------------------------------------------------- 0092
@mail(92, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "format=flowed mail: neighbour threatened the customer with a knife, criminal complaint, customer's anxiety treatment")
def m0092():
    m = new(92, "Marion Schwertfeger <marion.schwertfeger@posteo-mail.example>",
            "nachbarrecht@lexvia-rs.example",
            "Nachbar bedroht mich - Vertrag RS-6071128",
            when(8, 24, 23, 16),
            extra=[("User-Agent", "Mozilla Thunderbird 128.10.1")])
    set_flowed(m, B("""
Sehr geehrte Damen und Herren,

ich wende mich an Sie, weil ich nicht mehr weiter weiß. Seit zwei Jahren gibt es Streit mit meinem Nachbarn Herrn Ralf Dobrindt (Auf dem Kamp 12, 58095 Hagen) wegen der Zufahrt, die wir gemeinsam nutzen. Am Samstag, 22. August, stand er abends mit einem Küchenmesser vor meiner Haustür und hat gedroht, er "erledige das jetzt anders", wenn ich noch einmal mein Auto vor sein Tor stelle. Meine Tochter hat das mit dem Handy gefilmt.

Ich habe am Sonntag bei der Polizei in Hagen Anzeige wegen Bedrohung erstattet (Vorgangsnummer 260822-1447-052188). Seitdem kann ich kaum schlafen, ich habe Herzrasen, sobald ich sein Auto höre, und meine Hausärztin hat mich für zwei Wochen krankgeschrieben und mir eine Überweisung zur Psychotherapie gegeben.

Ich möchte ein Kontakt- und Näherungsverbot beantragen und mich vertreten lassen, falls es zu einem Strafverfahren kommt. Ist das über meinen Vertrag RS-6071128 versichert?

Mit freundlichen Grüßen
Marion Schwertfeger
Auf dem Kamp 14
58095 Hagen
"""))
    return m


# ---------------------------------------------------------------- 0093
@mail(93, "NORMAL", "de", "internal",
      "holiday planning in a team with colleagues' names and dates, no reasons")
def m0093():
    m = new(93, "Derya Aksoy <derya.aksoy@lexvia-rs.example>",
            "team-miete-nachbar@lexvia-rs.example",
            "Urlaubsplanung Sommer - bitte eintragen",
            when(2, 26, 9, 37))
    m.set_content(B("""
Hallo ihr Lieben,

damit wir im Sommer nicht wieder zu dritt die ganze Post machen:
Bitte tragt eure Urlaube bis 13.03. in die Liste im Teams-Kanal ein.
Stand heute:

  Tobias   27.07. - 14.08.
  Lukas    03.08. - 21.08.
  Sabine   noch offen
  Derya    10.08. - 28.08.
  Jan      13.07. - 24.07.

Zwischen 10.08. und 14.08. wären wir nur zu zweit. Kann jemand
schieben? Sonst sprechen wir es im Jour fixe an.

LG Derya
"""))
    return m


# ---------------------------------------------------------------- 0094
@mail(94, "CONFIDENTIAL", "de", "insurer-to-customer",
      "offer of telephone mediation in a named customer's noise dispute with upstairs neighbours; claim number; Outlook quote")
def m0094():
    m = new(94, "Tobias Reinholz <tobias.reinholz@lexvia-rs.example>",
            "Ingo Lüttgenau <ingo.luettgenau@netmail-rhein.example>",
            "AW: Lärm aus der Wohnung über mir",
            when(10, 19, 14, 44),
            irt="<000601dc6f1a$1b2c3d40$5e6f7a80@netmail-rhein.example>",
            extra=[("Thread-Topic", "Lärm aus der Wohnung über mir")])
    m.set_content(B("""
Sehr geehrter Herr Lüttgenau,

vielen Dank für Ihre Schilderung. Für den Streit mit den Mietern
über Ihnen haben wir den Rechtsschutzfall unter S-2026-0474061
angelegt.

Bevor ein Anwalt eingeschaltet wird, empfehlen wir eine kostenlose
Telefonmediation mit unserem Partner Konsens Mediation. Die
Mediatorin spricht mit beiden Seiten, meistens reichen zwei bis drei
Termine. Eine Selbstbeteiligung fällt dafür nicht an. Erfahrungs-
gemäß lässt sich so ein Streit unter Nachbarn, die sich täglich im
Treppenhaus begegnen, besser lösen als vor Gericht.

Wenn Sie einverstanden sind, antworten Sie bitte kurz auf diese Mail.
Die Mediatorin meldet sich dann innerhalb von drei Werktagen.

Mit freundlichen Grüßen
Tobias Reinholz
Schadenservice Miet- und Nachbarrecht
Lexvia Rechtsschutzversicherung AG

________________________________
Von: Ingo Lüttgenau <ingo.luettgenau@netmail-rhein.example>
Gesendet: Freitag, 16. Oktober 2026 21:50
An: nachbarrecht@lexvia-rs.example
Betreff: Lärm aus der Wohnung über mir

Guten Abend, ich wohne in der Neusser Straße 340 in Köln-Nippes
(Mieter, Vertrag RS-1559206). Die neuen Mieter über mir, ein junges
Paar, feiern seit Juli fast jedes Wochenende bis 3 Uhr. Die
Hausverwaltung reagiert nicht. Ich habe ein Lärmprotokoll geführt.
Was kann ich tun?
Ingo Lüttgenau
"""))
    return m


# ---------------------------------------------------------------- 0095
@mail(95, "NORMAL", "en", "internal",
      "trap: group-wide wellbeing week with mental-health first aiders, flu vaccination and burnout talk; no individual")
def m0095():
    m = new(95, "Group HR Lexvia Holding <group-hr@lexvia-holding.example>",
            "all-staff@lexvia-rs.example",
            "Wellbeing Week 5-9 October: mental health, flu jabs and back care",
            when(9, 28, 8, 15))
    m.set_content(B("""
Dear colleagues,

our Wellbeing Week runs from 5 to 9 October at all sites.

Monday     Talk: "Burnout - recognising the early signs" (hybrid)
Tuesday    Flu vaccination by the company doctor, 9-13 h, room 1.05
           (no appointment needed, bring your vaccination card)
Wednesday  Back-care workshop with a physiotherapist
Thursday   Meet our trained mental-health first aiders
Friday     Healthy breakfast in the canteen

Everything is voluntary and confidential. Nothing about your
participation is passed on to your manager or to HR.

The employee assistance programme (free, anonymous counselling) is
available 24/7 at 0800 555 0190.

Take care,
Group HR, Lexvia Holding
"""))
    return m


# ---------------------------------------------------------------- 0096
@mail(96, "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-lawyer",
      "cross-border inheritance: the named deceased's illness and cause of death in a Spanish hospital are given")
def m0096():
    m = new(96, "Sven Mattke <sven.mattke@lexvia-rs.example>",
            '"Lic. Marta Ibáñez Soler" <m.ibanez@ibanez-abogados.example>',
            "Estate of Mr Klaus-Dieter Rentrop / Nachlass Rentrop - our policyholder Ms Birgit Rentrop",
            when(6, 8, 15, 58))
    m.set_content(B("""
Dear Ms Ibáñez,

thank you for your call. As agreed, here is a summary in English
with the German terms in brackets for your colleague in Cologne.

Our policyholder, Ms Birgit Rentrop (policy RS-2610584), is the
daughter of Mr Klaus-Dieter Rentrop, who died on 11 April 2026 at
the Hospital General de Alicante. According to the death certificate
he died of respiratory failure caused by advanced lung cancer, for
which he had been treated in Alicante since autumn 2025. In his last
weeks he was on high doses of morphine.

Three days before his death he signed a handwritten will
(handschriftliches Testament) leaving the apartment in Torrevieja to
his Spanish partner. Ms Rentrop doubts that he was still able to
understand what he was signing (Testierfähigkeit) and asks whether
the will can be challenged.

Coverage (Deckung): her policy includes legal advice in inheritance
matters (Beratungs-Rechtsschutz im Erbrecht) up to EUR 500, also
for advice by a lawyer abroad. Court proceedings are not covered.

Claim number (Schadennummer): S-2026-0449871.

Kind regards / Mit freundlichen Grüßen
Sven Mattke
Lexvia Rechtsschutzversicherung AG, Köln
"""))
    return m


# ---------------------------------------------------------------- 0097
@mail(97, "CONFIDENTIAL", "de", "customer-to-insurer",
      "customer forwards a cost-fixing order (PDF) from her tenancy case with amounts to be paid")
def m0097():
    m = new(97, "Andrea Pütz <andrea.puetz@mailwerk.example>",
            "mietrecht@lexvia-rs.example",
            "Kostenfestsetzungsbeschluss - was muss ich tun?",
            when(10, 1, 17, 40))
    m.set_content(B("""
Hallo,

ich habe heute den Beschluss im Anhang bekommen, der Prozess gegen
meine Vermieterin ist ja verloren gegangen. Muss ich das jetzt selbst
bezahlen oder macht das die Versicherung? Schadennummer war glaube
ich S-2025-0391276.

Viele Grüße
Andrea Pütz
"""))
    attach(m, make_pdf([
        "# Amtsgericht Köln - Kostenfestsetzungsbeschluss",
        "Geschäftsnummer: 208 C 155/25",
        "",
        "In dem Rechtsstreit",
        "Hausverwaltung Sander & Löhr GbR, Klägerin, gegen Andrea Pütz, Venloer Straße 512, 50825 Köln, Beklagte,",
        "",
        "werden die von der Beklagten an die Klägerin nach dem Urteil vom 12.06.2026 zu erstattenden Kosten auf",
        "1.284,17 EUR",
        "nebst Zinsen in Höhe von 5 Prozentpunkten über dem Basiszinssatz seit dem 03.07.2026 festgesetzt.",
        "",
        "Gegenstand: Zahlung rückständiger Betriebskosten 2023 und 2024 (1.913,40 EUR).",
        "",
        "Köln, 24.09.2026   Rechtspflegerin Kolb",
    ], title="KFB 208 C 155-25"), "KFB_208C155-25.pdf", "application/pdf")
    return m


# ---------------------------------------------------------------- 0098
@mail(98, "NORMAL", "de", "insurer-to-broker",
      "trap: commission statement to a broker GmbH with amounts and the firm's bank account; no private person")
def m0098():
    m = new(98, "Lexvia Provisionsabrechnung <provision@lexvia-rs.example>",
            "buchhaltung@finanzkontor-rhein.example",
            "Provisionsabrechnung 09/2026 - FinanzKontor Rhein GmbH (VM 40718)",
            when(10, 5, 5, 30),
            extra=[("Auto-Submitted", "auto-generated")])
    m.set_content(B("""
Sehr geehrte Damen und Herren,

Ihre Provisionsabrechnung für September 2026:

  Vermittlernummer           VM 40718
  Abschlussprovision         6.412,80 EUR  (38 Neuverträge)
  Bestandsprovision          2.977,15 EUR
  Stornoreserve (10 %)        -641,28 EUR
  Auszahlungsbetrag          8.748,67 EUR

Die Auszahlung erfolgt am 08.10.2026 auf das Konto der
FinanzKontor Rhein GmbH, IBAN DE85 7540 1863 5703 9558 94.

Die Einzelnachweise je Vertrag finden Sie im Maklerportal unter
"Abrechnungen". Aus Datenschutzgründen versenden wir sie nicht per
E-Mail.

Lexvia Rechtsschutzversicherung AG, Provisionsabrechnung
"""))
    return m


# ---------------------------------------------------------------- 0099
@mail(99, "STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
      "criminal defence for negligent homicide after a traffic accident in which a motorcyclist died")
def m0099():
    m = new(99, "\"RA Dr. Viktor Haas\" <v.haas@ra-haas.example>",
            "strafrecht@lexvia-rs.example",
            "Deckungsanfrage: Ermittlungsverfahren StA Aachen 602 Js 318/26 - Ihr VN Herr Jakob Esser",
            when(5, 27, 9, 3))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

ich zeige die Verteidigung Ihres Versicherungsnehmers Herrn Jakob
Esser, Hauptstraße 140, 52146 Würselen (RS-1740392), an.

Gegen Herrn Esser wird wegen fahrlässiger Tötung (§ 222 StGB)
ermittelt. Am 16.05.2026 gegen 19:10 Uhr kam es auf der L 223
zwischen Würselen und Broichweiden zu einem Zusammenstoß zwischen dem
von Herrn Esser gesteuerten Lieferwagen und einem Motorrad, als Herr
Esser nach links in einen Feldweg abbog. Der 23-jährige Motorrad-
fahrer erlitt schwerste Kopf- und Brustverletzungen und verstarb noch
an der Unfallstelle. Herr Esser war nüchtern; eine Blutprobe wurde
dennoch entnommen, das Ergebnis steht aus.

Nach den ersten Zeugenaussagen fuhr das Motorrad deutlich zu
schnell. Wir haben ein unfallanalytisches Gutachten in Auftrag
gegeben und bitten um Deckungszusage für das Ermittlungsverfahren,
einschließlich der Kosten des Gutachtens (Angebot 3.900 EUR netto).

Herr Esser ist psychisch sehr belastet; ich bitte, ihn nicht direkt
anzurufen, sondern über mich zu korrespondieren.

Mit freundlichen Grüßen
Dr. Viktor Haas
Rechtsanwalt, Fachanwalt für Strafrecht
"""))
    return m


# ---------------------------------------------------------------- 0100
@mail(100, "CONFIDENTIAL", "mixed", "broker-to-insurer",
      "sole-trader broker sends his new private IBAN and tax number for commission payments")
def m0100():
    m = new(100, "Pieter van Houten <pieter@vanhouten-versicherungen.example>",
            "provision@lexvia-rs.example",
            "Neue Bankverbindung / new bank details - VM 41152",
            when(11, 9, 8, 27))
    m.set_content(B("""
Guten Morgen,

ab sofort bitte die Provision auf mein neues Konto:

  Kontoinhaber: Pieter van Houten
  IBAN: DE64 7557 8599 7019 3822 92
  Steuernummer: 201/5090/1733 (Finanzamt Aachen-Stadt)

Ich bin Einzelunternehmer, Kleinunternehmerregelung gilt nicht mehr
seit 2026, also bitte mit USt-Ausweis wo nötig.

Sorry, my German spelling is still not perfect - if anything is
unclear, just call me: +49 241 990 4471.

Groeten / viele Grüße
Pieter van Houten
Versicherungsmakler, Pontstraße 20, 52062 Aachen
"""))
    return m


# ---------------------------------------------------------------- 0101
@mail(101, "NORMAL", "en", "insurer-to-supplier",
      "scheduling a penetration test of the lawyer portal with an IT security vendor")
def m0101():
    m = new(101, "Priya Raman <priya.raman@lexvia-rs.example>",
            "Tomasz Zielinski <t.zielinski@redharbor-security.example>",
            "Pentest lawyer portal - scope and window",
            when(1, 19, 14, 10))
    m.set_content(B("""
Hi Tomasz,

as discussed, here's the scope for this year's penetration test:

- anwaltsportal.lexvia-rs.example (web app + API, authenticated
  with two test law-firm accounts we'll create for you)
- portal.lexvia-rs.example (customer portal, unauthenticated only)
- out of scope: LexClaim core, mail gateway

Window: 9-20 February, weekdays 08:00-18:00 CET. Production only
with the test accounts; please do not upload real-looking documents,
use the dummy PDFs from your standard kit.

Findings report by 6 March, please via our secure file transfer, not
by mail. I'll send the letter of authorisation signed by our CISO
tomorrow.

Thanks,
Priya
"""))
    return m


# ---------------------------------------------------------------- 0102
@mail(102, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "cover for the named customer's action on sickness benefit after long COVID; diagnosis and treatment")
def m0102():
    m = new(102, "Corinna Feldhaus <corinna.feldhaus@lexvia-rs.example>",
            "Thomas Kreuzberg <t.kreuzberg@web-mail.example>",
            "Ihre Klage wegen Krankengeld - Kostenschutz erteilt",
            when(9, 14, 10, 39))
    m.set_content(B("""
Sehr geehrter Herr Kreuzberg,

für Ihre Klage vor dem Sozialgericht Aachen gegen die BKK Rurtal
wegen der Einstellung des Krankengeldes zum 30.06.2026 erteilen wir
Kostenschutz (Schaden-Nr. S-2026-0450618, Vertrag RS-3016694).

Sie sind seit Ihrer Corona-Infektion im Oktober 2024 wegen Long-COVID
mit schwerer Erschöpfung (Fatigue) und Belastungsintoleranz krank-
geschrieben. Die Krankenkasse meint, Sie seien seit dem Gutachten
des Medizinischen Dienstes vom Mai wieder für leichte Tätigkeiten
arbeitsfähig, obwohl die Post-COVID-Ambulanz der Uniklinik Aachen
das anders beurteilt.

Bitte besprechen Sie mit Ihrer Anwältin, ob parallel ein Antrag auf
Erwerbsminderungsrente gestellt werden sollte; auch dafür bestünde
Versicherungsschutz.

Wir wünschen Ihnen gute Besserung.

Mit freundlichen Grüßen
Corinna Feldhaus
Schadenservice Sozialrecht
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0103
@mail(103, "CONFIDENTIAL", "de", "insurer-to-customer",
      "contract dispute with a tiler over a bathroom renovation; named customer, address, amounts, policy")
def m0103():
    m = new(103, "Lukas Pfeiffer <lukas.pfeiffer@lexvia-rs.example>",
            "Familie Dahmen <dahmen.familie@online-post.example>",
            "Streit mit Fliesenleger Bauer - Kostenschutz S-2026-0435517",
            when(5, 7, 15, 9))
    m.set_content(B("""
Sehr geehrte Frau Dahmen, sehr geehrter Herr Dahmen,

für die Auseinandersetzung mit der Fliesen Bauer e.K. über die
Badsanierung in Ihrem Haus Am Sonnenhang 17, 52223 Stolberg,
erteilen wir Kostenschutz aus Ihrem Vertrag RS-2599140
(Privat-Rechtsschutz mit Wohnungs- und Grundstücks-Rechtsschutz).

Nach Ihrer Schilderung wurden die Fliesen in der Dusche ohne
Abdichtung verlegt; das Wasser läuft in die Wand. Die Firma verlangt
die Schlusszahlung von 6.850 EUR, Sie haben 4.000 EUR wegen der Mängel
zurückbehalten. Ein Privatgutachten beziffert die Mängelbeseitigung
auf 9.200 EUR.

Die Zusage umfasst zunächst die außergerichtliche Vertretung und ein
selbständiges Beweisverfahren beim Landgericht Aachen. Bitte lassen
Sie bis dahin nichts an der Dusche verändern.

Mit freundlichen Grüßen
Lukas Pfeiffer
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0104
@mail(104, "NORMAL", "de", "internal",
      "trap: data-protection quiz for claims staff with questions on diagnoses, criminal files and IBANs; no real case")
def m0104():
    m = new(104, "Bettina Vossberg <bettina.vossberg@lexvia-rs.example>",
            "neue-mitarbeitende@lexvia-rs.example",
            "Datenschutz-Quiz für die Einarbeitung (Version 2026)",
            when(4, 23, 13, 15))
    m.set_content(B("""
Hallo zusammen,

hier der überarbeitete Quiz für die Einarbeitung. Die Lösungen
besprechen wir am 22.04. in der Schulung.

1. Eine Anwältin schickt ungefragt den vollständigen Reha-Entlassungs-
   bericht einer Versicherungsnehmerin. Was tun Sie?
   a) in die Akte, b) an den Beratungsarzt, c) ablegen mit Kennzeichen
   "Art. 9" und der Kanzlei schreiben, dass wir ihn nicht benötigen

2. Darf eine Diagnose im Freitextfeld "Sachverhalt" stehen?

3. Ein Kunde fragt am Telefon nach dem Stand der Strafsache seiner
   Ehefrau. Was dürfen Sie sagen?

4. Sie wollen einer Kanzlei eine Deckungszusage zu einem Verfahren
   wegen Trunkenheit im Verkehr schicken. Welcher Versandweg?

5. Eine IBAN im Betreff einer Mail - ist das ein Datenschutzvorfall?

6. Ein Makler fragt, ob sein Kunde "wieder wegen der Depression" ein
   Verfahren führt. Was antworten Sie?

Viele Grüße
Bettina
"""))
    return m


# ---------------------------------------------------------------- 0105
@mail(105, "STRICTLY_CONFIDENTIAL", "en", "internal",
      "internal English note on a named customer's custody case with a father's drug test results")
def m0105():
    m = new(105, "Lucia Ferreira <lucia.ferreira@lexvia-rs.example>",
            "Sven Mattke <sven.mattke@lexvia-rs.example>",
            "Custody case Callahan - can we extend cover?",
            when(11, 6, 12, 33))
    m.set_content(B("""
Hi Sven,

quick question on the Callahan file (S-2026-0470552, policy
RS-9380117), since family law is your area.

Our customer, Ms Siobhan Callahan, has advice cover only. Her
ex-partner has now applied to the family court in Cologne for sole
custody of their daughter (5). In the application he claims she
cannot care for the child because of her "drinking". The court has
ordered hair analysis for both parents; her result was negative, his
was positive for cocaine over the last three months. The youth
welfare office recommends that the girl stays with the mother.

Her lawyer asks whether we can cover the court proceedings after
all, as a goodwill gesture, given the prospects. I know the ARB say
advice only. What did we do in comparable cases?

Thanks,
Lucia
"""))
    return m


# ---------------------------------------------------------------- 0106
@mail(106, "NORMAL", "de", "newsletter",
      "trap: state statistics office press release on social-court and criminal-court caseloads; aggregates only")
def m0106():
    m = new(106, '"IT.NRW Pressestelle" <presse@it-nrw-statistik.example>',
            "frank.deppe@lexvia-rs.example",
            "Pressemitteilung: Sozialgerichte in NRW 2025 mit höchster Belastung seit zehn Jahren",
            when(5, 20, 10, 0),
            extra=[("Precedence", "bulk")])
    m.set_content(B("""
PRESSEMITTEILUNG 118/26

Sozialgerichte in NRW 2025 mit höchster Belastung seit zehn Jahren

Düsseldorf. Bei den Sozialgerichten in Nordrhein-Westfalen gingen
2025 insgesamt 61 318 Klagen ein, 7,4 % mehr als im Vorjahr. Den
größten Anteil hatten Verfahren der Grundsicherung für Arbeitsuchende
(27 %), gefolgt vom Schwerbehindertenrecht (19 %) und der
Rentenversicherung (16 %). Klagen in Angelegenheiten der
Pflegeversicherung stiegen um 22 % auf 3 904.

Die durchschnittliche Verfahrensdauer betrug 15,8 Monate. Etwa
jede vierte Klage endete mit einem Anerkenntnis oder Vergleich.

Bei den Amtsgerichten wurden 2025 in Strafsachen 154 800 Verfahren
erledigt; 18 % betrafen Verkehrsstraftaten, darunter 11 200
Verfahren wegen Trunkenheit im Verkehr.

Tabellen: https://it-nrw-statistik.example/justiz2025

Pressestelle IT.NRW, Mauerstraße 51, 40476 Düsseldorf
"""))
    return m


# ---------------------------------------------------------------- 0107
@mail(107, "CONFIDENTIAL", "en", "lawyer-to-insurer",
      "Dutch lawyer reports a settlement in the named customer's car accident claim; amounts; no injuries")
def m0107():
    m = new(107, "\"mr. Sanne de Vries\" <s.devries@vanderleeuw-advocaten.example>",
            "Murat Yıldız <murat.yildiz@lexvia-rs.example>",
            "RE: Instruction: Lexvia policyholder Mr Jens Overbeck - settlement reached",
            when(9, 24, 11, 2),
            irt=mid(42, "lexvia-rs.example"))
    m.set_content(B("""
Dear Mr Yıldız,

I am pleased to report that Zeeland Schade N.V. has accepted full
liability for the collision of 2 July in Utrecht and agreed to pay
Mr Overbeck:

  repair costs (invoice garage Dortmund)   EUR 6,840.00
  loss of use, 9 days                      EUR   405.00
  extrajudicial costs (BGK)                EUR   876.00

Payment will be made to Mr Overbeck's account within 14 days; our
extrajudicial costs are paid by Zeeland directly to us, so we will
not invoice Lexvia beyond the initial assessment fee of EUR 350
already paid.

I will close the file once payment is confirmed.

Kind regards,
Sanne de Vries
Advocaat, Van der Leeuw Advocaten, Utrecht
"""))
    return m


# ---------------------------------------------------------------- 0108
@mail(108, "STRICTLY_CONFIDENTIAL", "de", "mediator-to-insurer",
      "mediator ends a separation mediation: one named party disclosed violence and is in psychiatric crisis care")
def m0108():
    m = new(108, "Anke Jessen <a.jessen@konsens-mediation.example>",
            "Sven Mattke <sven.mattke@lexvia-rs.example>",
            "Mediation Brinkhaus/Terhorst - Abbruch",
            when(12, 1, 9, 47))
    m.set_content(B("""
Lieber Herr Mattke,

leider muss ich Ihnen mitteilen, dass ich die Mediation Brinkhaus/
Terhorst (Ihr Az. S-2026-0472213) nach der vierten Sitzung beende.

In der Einzelsitzung am 26.11. hat Frau Brinkhaus berichtet, dass
Herr Terhorst sie bei der Übergabe am 21.11. vor dem Kind gestoßen
hat; sie hat Prellungen am Arm und hat die Polizei gerufen. Herr
Terhorst befindet sich nach eigenen Angaben seit dem 24.11. wegen
einer akuten Krise in der psychiatrischen Tagesklinik in Neuss.

Unter diesen Umständen ist eine Mediation nicht verantwortbar. Ich
habe beiden empfohlen, den Umgang über das Familiengericht und das
Jugendamt zu regeln, und Frau Brinkhaus auf die Beratungsstelle für
Opfer häuslicher Gewalt hingewiesen.

Meine Rechnung über vier Sitzungen folgt.

Herzliche Grüße
Anke Jessen
Konsens Mediation GmbH
"""))
    return m


# ---------------------------------------------------------------- 0109
@mail(109, "NORMAL", "mixed", "internal",
      "bilingual IT notice about switching the MFA app")
def m0109():
    m = new(109, "IT Service Desk <it-servicedesk@lexvia-rs.example>",
            "alle@lexvia-rs.example",
            "Neue Authenticator-App ab 1. Juni / New authenticator app from 1 June",
            when(5, 19, 9, 5))
    m.set_content(B("""
[DE]
Ab dem 1. Juni ersetzen wir die bisherige SMS-Anmeldung durch die
Authenticator-App. Bitte richten Sie die App bis 31. Mai ein:
Anleitung im Intranet unter "IT > MFA". Wer kein Diensthandy hat,
bekommt am Empfang einen Hardware-Token.

[EN]
From 1 June the authenticator app replaces SMS codes. Please set it
up by 31 May (guide on the intranet under "IT > MFA"). If you have no
company phone, pick up a hardware token at the reception.

Danke / Thank you
IT Service Desk, Tel. -700
"""))
    return m


# ---------------------------------------------------------------- 0110
@mail(110, "CONFIDENTIAL", "de", "lawyer-to-insurer",
      "estate division between named siblings; the attached CSV lists the estate's bank balances and property values; no health")
def m0110():
    m = new(110, "RAin Ute Brandhorst <kanzlei@brandhorst-erbrecht.example>",
            "familienrecht@lexvia-rs.example",
            "Erbauseinandersetzung Dreesen - Nachlassverzeichnis / Ihr Az. S-2026-0461028",
            when(8, 19, 16, 22))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

in der Erbauseinandersetzung zwischen Ihrem Versicherungsnehmer
Herrn Carsten Dreesen und seinen beiden Schwestern übersenden wir das
von uns erstellte Nachlassverzeichnis. Die Schwestern bestreiten die
Bewertung des Mietshauses; wir halten deshalb ein Wertgutachten für
erforderlich und bitten, die Deckung darauf zu erweitern.

Mit freundlichen Grüßen
Ute Brandhorst
Rechtsanwältin, Fachanwältin für Erbrecht
Ludgeristraße 62, 48143 Münster
"""))
    attach_text(m, B("""
Position;Beschreibung;Wert EUR;Quelle
1;Mietshaus Hammer Str. 214, 48153 Münster (6 WE);1.140.000,00;Schätzung Makler Sept. 2026
2;Girokonto Sparkasse Münsterland Ost, IBAN DE79 3957 1095 0695 2731 86;18.412,55;Kontoauszug 31.03.2026
3;Tagesgeld Volksbank, Nr. 4471 0982;62.000,00;Bankbestätigung
4;Wertpapierdepot Nr. 8810 4471;131.774,20;Depotauszug
5;Pkw Mercedes E 220 d, Bj. 2019;19.500,00;DAT-Bewertung
6;Verbindlichkeit Grundschuld Mietshaus;-212.300,00;Bank
;Summe Nachlass;1.159.386,75;
;Erben zu je 1/3: Carsten Dreesen, Petra Dreesen-Lang, Ulrike Kaiser;;
"""), "Nachlassverzeichnis_Dreesen.csv", subtype="csv")
    return m


# ---------------------------------------------------------------- 0111
@mail(111, "NORMAL", "de", "insurer-to-supplier",
      "trap: print order for a brochure on care-grade and disability disputes; product text only")
def m0111():
    m = new(111, "Marlene Oster <marlene.oster@lexvia-rs.example>",
            "auftrag@druckhaus-ehrenfeld.example",
            "Druckauftrag Flyer 'Sozialrecht-Plus' - Freigabe",
            when(6, 2, 15, 47))
    m.set_content(B("""
Hallo Herr Bertram,

die Druckdaten für den Flyer "Sozialrecht-Plus" sind freigegeben
(Datei Lexvia_SR-Plus_Flyer_v7_final.pdf auf Ihrem FTP).

  Format:   DIN lang, 6 Seiten Wickelfalz
  Papier:   Bilderdruck matt 135 g
  Auflage:  25.000 Stück
  Lieferung bis 24.06. an Lexvia, Hausdienst, Rampe 2

Zur Sicherheit der Text der Titelseite, damit nichts verrutscht:
"Pflegegrad zu niedrig? Grad der Behinderung abgelehnt? Rente wegen
Erwerbsminderung verweigert? Wir stehen Ihnen bei - vom Widerspruch
bis zum Sozialgericht."

Bitte schicken Sie vorab zwei Andrucke per Kurier.

Viele Grüße
Marlene Oster
Marketing & Kommunikation
"""))
    return m


# ---------------------------------------------------------------- 0112
@mail(112, "STRICTLY_CONFIDENTIAL", "mixed", "customer-to-insurer",
      "customer writes in German and English about a crushed hand at work and the employer's accident insurer's refusal")
def m0112():
    m = new(112, "Mihai Constantinescu <mihai.constantinescu@fastpost.example>",
            "schaden@lexvia-rs.example",
            "Arbeitsunfall / work accident - BG says no",
            when(2, 4, 18, 52))
    m.set_content(B("""
Hallo Lexvia,

mein Deutsch ist nicht so gut, I write partly in English, sorry.

Am 13. November 2025 ich habe mir bei der Arbeit (Kunststoffwerk
Hemer GmbH) die linke Hand in einer Presse gequetscht. Two fingers
were broken and the tendon of the index finger was torn, I had two
operations at the BG Klinikum in Duisburg and I still cannot close
the hand. The doctor says maybe 20 % permanent damage.

Now the Berufsgenossenschaft writes that it was my own fault because
I removed the safety cover, and they don't want to pay the
Verletztengeld after January. That is not true, the cover was broken
for weeks and the foreman knew it.

My policy is RS-4411807. Can you pay a lawyer for Widerspruch?

Danke / thank you
Mihai Constantinescu
Ostenschlahstraße 9, 58675 Hemer
"""))
    return m


# ---------------------------------------------------------------- 0113
@mail(113, "CONFIDENTIAL", "de", "internal",
      "phone note on a named customer's divorce advice with both spouses' incomes; no health or violence")
def m0113():
    m = new(113, "Ewa Kowalczyk <ewa.kowalczyk@lexvia-rs.example>",
            "Sven Mattke <sven.mattke@lexvia-rs.example>",
            "Telefonnotiz: Frau Tetzlaff, Scheidungsberatung",
            when(3, 19, 11, 18))
    m.set_content(B("""
Hallo Sven,

Telefonnotiz für deine Akte:

Anruf Frau Birgit Tetzlaff, RS-6903355, 10:50 Uhr.
Sie und ihr Mann (Uwe Tetzlaff) leben seit Januar getrennt, die
Scheidung soll einvernehmlich laufen. Fragen zu Zugewinn und
Unterhalt; sie verdient als Teilzeit-Buchhalterin ca. 1.750 EUR
netto, er als Bauleiter ca. 4.300 EUR netto plus Dienstwagen.
Gemeinsames Reihenhaus in Pulheim, Restschuld ca. 160.000 EUR.
Sie möchte eine Erstberatung bei einer Fachanwältin in Pulheim oder
Köln-West.

Ich habe ihr gesagt, dass Beratungs-RS im Familienrecht besteht und
du dich wegen Schadennummer und Anwaltsempfehlung meldest.
Rückruf bitte nachmittags, 0160 4418 271.

Gruß Ewa
"""))
    return m


# ---------------------------------------------------------------- 0114
@mail(114, "NORMAL", "en", "newsletter",
      "English legal publisher's employment-law update; no individual cases")
def m0114():
    m = new(114, "Employment Law Brief <brief@employmentlawbrief.example>",
            "lucia.ferreira@lexvia-rs.example",
            "Employment Law Brief: EU pay transparency - what German employers must do by June",
            when(2, 12, 7, 30),
            extra=[("Precedence", "bulk"),
                   ("List-Unsubscribe", "<https://employmentlawbrief.example/unsub>")])
    m.set_content(B("""
EMPLOYMENT LAW BRIEF - Germany edition, February 2026

1. Pay transparency directive
The transposition deadline is 7 June 2026. Employers with 100+
staff will have to report the gender pay gap and give job applicants
salary ranges before the interview.

2. Working time recording
Still no statute, but the labour courts keep applying the 2022
Federal Labour Court ruling. Expect more claims for overtime pay.

3. Remote work abroad
Short stays up to 20 days a year are usually unproblematic; longer
stays raise social-security questions (A1 certificate).

Read the full articles: https://employmentlawbrief.example/de/2026-02

You are receiving this brief because you subscribed at
employmentlawbrief.example. Unsubscribe at any time.
"""))
    return m


# ---------------------------------------------------------------- 0115
@mail(115, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "cover decision for defending a named customer against a penal order for insulting a neighbour (criminal proceedings)")
def m0115():
    m = new(115, "Lukas Pfeiffer <lukas.pfeiffer@lexvia-rs.example>",
            "\"RA Bernd Winkelhoff\" <winkelhoff@kanzlei-winkelhoff.example>",
            "Strafbefehl AG Siegburg 33 Cs 240/26 - Ihr Mandant Michael Gerlach",
            when(10, 22, 9, 58))
    m.set_content(B("""
Sehr geehrter Herr Winkelhoff,

Sie haben uns den Strafbefehl des Amtsgerichts Siegburg gegen Ihren
Mandanten Michael Gerlach übersandt: 30 Tagessätze zu 60 EUR wegen
Beleidigung, weil er den Nachbarn Heinz Stommel am 19.08. über den
Gartenzaun und in zwei WhatsApp-Nachrichten als "asozialen Penner"
bezeichnet haben soll.

Beleidigung ist nur vorsätzlich begehbar. Nach § 2 i) bb) ARB
besteht dafür kein Versicherungsschutz, unabhängig vom Ausgang des
Verfahrens. Leider können wir die Kosten des Einspruchs deshalb
nicht übernehmen.

Die Deckung für den zivilrechtlichen Nachbarstreit (Hecke und Baum,
S-2026-0431905) bleibt davon unberührt.

Mit freundlichen Grüßen
Lukas Pfeiffer
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0116
@mail(116, "NORMAL", "de", "internal",
      "trap: anonymised large-loss list for the board (line of law, subject, reserve, age band only, no names or numbers)")
def m0116():
    m = new(116, "Frank Deppe <frank.deppe@lexvia-rs.example>",
            "vorstandsbuero@lexvia-rs.example",
            "Vorstandsvorlage: Großschäden Q2 (anonymisiert)",
            when(7, 13, 8, 41))
    m.set_content(B("""
Liebes Vorstandsbüro,

anbei die Großschadenübersicht Q2 für die Sitzung am 21.07. Die
Liste ist anonymisiert: keine Namen, keine Schaden- oder Vertrags-
nummern, Alter nur in Zehnjahresbändern, Orte entfernt. Frau
Dr. Brückner hat die Kommentare freigegeben.

Viele Grüße
Frank Deppe
Controlling Schaden
"""))
    attach(m, make_xlsx([
        ("Q2 anonymisiert", [
            ["lfd. Nr.", "Rechtsgebiet", "Gegenstand (allgemein)", "Altersband VN", "Reserve EUR", "Kommentar"],
            [1, "Arbeitsrecht", "Kündigungsschutz, Sonderkündigungsschutz", "30-39", 28500, "Vergleich erwartet"],
            [2, "Strafrecht", "Verkehrsunfall mit Personenschaden", "50-59", 31000, "Gutachten Unfallrekonstruktion"],
            [3, "Schadensersatz", "Arzthaftung", "60-69", 96000, "mehrere Gutachten"],
            [4, "Sozialrecht", "Erwerbsminderungsrente", "60-69", 26500, "Gutachten § 109 SGG"],
            [5, "Strafrecht", "Vermögensdelikt (Vorsatz)", "40-49", 44000, "Rückforderung vorbehalten"],
            [6, "Erbrecht", "Testamentsanfechtung", "50-59", 38000, "Beratungsumfang ausgeschöpft"],
            ["", "Summe", "", "", 264000, ""],
        ]),
    ], author="F. Deppe"), "Grossschaeden_Q2_2026_anonym.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return m


# ---------------------------------------------------------------- 0117
@mail(117, "CONFIDENTIAL", "de", "insurer-to-customer",
      "refusal under the construction exclusion: named customer's dispute with a building contractor; windows-1252")
def m0117():
    m = new(117, "Lukas Pfeiffer <lukas.pfeiffer@lexvia-rs.example>",
            '"Dr. Jan-Hendrik Oltmanns" <jh.oltmanns@mailwerk.example>',
            "Ihr Neubau in Bergisch Gladbach - keine Deckung (Baurisiko)",
            when(3, 5, 14, 21))
    m.set_content(B("""
Sehr geehrter Herr Dr. Oltmanns,

vielen Dank für Ihre ausführliche Schilderung zum Streit mit der
Massivhaus Bergland GmbH über die verspätete Fertigstellung Ihres
Einfamilienhauses Am Hexenberg 8 in Bergisch Gladbach
(Vertragsstrafe, Mehrkosten Zwischenmiete ca. 14.600 EUR).

Leider besteht für diesen Streit kein Versicherungsschutz. Nach § 3
Abs. 1 d) ARB sind Streitigkeiten im Zusammenhang mit der Planung
und Errichtung eines Gebäudes, das sich im Eigentum des
Versicherungsnehmers befindet oder von ihm erworben werden soll,
ausgeschlossen ("Baurisiko"). Dieser Ausschluss gilt auch für die
Vertragsstrafe.

Ihr Vertrag RS-0811462 bleibt davon selbstverständlich unberührt;
Streitigkeiten nach dem Einzug, etwa mit Nachbarn oder wegen
Mängeln an gekauften Geräten, sind versichert.

Mit freundlichen Grüßen
Lukas Pfeiffer
Lexvia Rechtsschutzversicherung AG
"""), charset="windows-1252")
    return m


# ---------------------------------------------------------------- 0118
@mail(118, "NORMAL", "de", "system-to-customer",
      "portal mail confirming a changed security question; no contract or case data")
def m0118():
    m = new(118, "Lexvia Kundenportal <no-reply@portal.lexvia-rs.example>",
            "k.hammerschmidt@webpost.example",
            "Ihre Sicherheitsfrage wurde geändert",
            when(6, 26, 21, 14),
            extra=[("Auto-Submitted", "auto-generated")])
    m.set_content(B("""
Guten Tag,

die Sicherheitsfrage für Ihren Zugang zum Lexvia-Kundenportal wurde
am 26.06.2026 um 21:13 Uhr geändert.

Wenn Sie das selbst waren, müssen Sie nichts weiter tun.

Wenn nicht, sperren Sie bitte sofort Ihren Zugang unter
https://portal.lexvia-rs.example/sperren oder rufen Sie uns an:
0221 98870-0 (Mo-Fr 8-20 Uhr).

Wir fragen Sie niemals per E-Mail nach Ihrem Passwort oder der
Antwort auf Ihre Sicherheitsfrage.

Ihr Lexvia-Kundenportal
"""))
    return m


# ---------------------------------------------------------------- 0119
@mail(119, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "short 'done' reply; only the quoted internal mail says the named customer was dismissed after disclosing IVF treatment")
def m0119():
    m = new(119, "Jana Albrecht <jana.albrecht@lexvia-rs.example>",
            "Lukas Pfeiffer <lukas.pfeiffer@lexvia-rs.example>",
            "AW: Kannst du Akte Wernicke übernehmen?",
            when(6, 23, 16, 2),
            irt="<b7c1e9a4.lukas.pfeiffer@lexvia-rs.example>")
    m.set_content(B("""
Erledigt, Deckung ist raus, Kopie an die Kanzlei. Danke dir!
Jana

Von: Pfeiffer, Lukas
Gesendet: Dienstag, 23. Juni 2026 09:14
An: Albrecht, Jana
Betreff: Kannst du Akte Wernicke übernehmen?

Hi Jana,

ich bin ab morgen zwei Wochen weg, kannst du die Deckung für
Frau Stefanie Wernicke (RS-7712064, S-2026-0456107) rausschicken?
Sachverhalt: Sie hat ihrem Chef im Mai gesagt, dass sie wegen einer
Kinderwunschbehandlung (IVF, Embryotransfer war am 02.06.) ein paar
Tage fehlen wird. Zwei Wochen später kam die Kündigung in der
Probezeit. Anwältin sieht Verstoß gegen § 17 MuSchG bzw. AGG.
Unterlagen im DMS.

Danke!
Lukas
"""))
    return m


# ---------------------------------------------------------------- 0120
@mail(120, "CONFIDENTIAL", "en", "customer-to-insurer",
      "named customer asks cover for an airline compensation claim; booking details and policy; no health content")
def m0120():
    m = new(120, "Priyanka Desai <priyanka.desai@me-mail.example>",
            "service@lexvia-rs.example",
            "Flight cancelled - airline won't pay, policy RS-5817203",
            when(8, 31, 13, 7))
    m.set_content(B("""
Hello,

my husband and I were booked on Skyhaven Airlines flight SH 4417
from Düsseldorf to Lisbon on 14 August 2026 (booking ref. QX7TRM).
The flight was cancelled four hours before departure "for
operational reasons". We arrived 27 hours later with a replacement
flight.

Under EU Regulation 261/2004 we should each receive EUR 400, plus
EUR 212 for the hotel night we paid ourselves. The airline has
ignored two claims via their web form and now says the cancellation
was due to "extraordinary circumstances", without any detail.

Does my policy RS-5817203 cover a lawyer or a court claim for this?
Or should I use one of those claim agencies?

Kind regards,
Priyanka Desai
Kaiserswerther Str. 250, 40474 Düsseldorf
"""))
    return m


# ---------------------------------------------------------------- 0121
@mail(121, "NORMAL", "en", "internal",
      "trap: IT ticket about OCR failing on scanned 'Arztbericht' and 'Strafbefehl' document types; no document content")
def m0121():
    m = new(121, "ServiceNow <servicenow@lexvia-rs.example>",
            "priya.raman@lexvia-rs.example",
            "INC0048812 assigned to you: OCR classification fails for document types ARZTBERICHT and STRAFBEFEHL",
            when(2, 3, 10, 12),
            extra=[("Auto-Submitted", "auto-generated")])
    m.set_content(B("""
Incident INC0048812 has been assigned to you.

Short description: OCR classification fails for document types
ARZTBERICHT and STRAFBEFEHL
Priority: 3 - Moderate
Caller: Nadine Schürmann (Process Management Claims)
Assignment group: IT Claims Systems

Description:
Since the R26.1 release, incoming scans that the classifier should
tag as ARZTBERICHT (medical report) or STRAFBEFEHL (penal order)
land in the generic queue UNKNOWN. About 140 documents per day are
affected; the claims teams have to re-tag them manually. Other
document types (KOSTENNOTE, KLAGESCHRIFT) work as before.

Suspected cause: new OCR model version 4.2 returns the header line
in lower case; the rule set matches case-sensitively.

No documents are attached to this ticket; please use the test set in
the staging DMS.

View incident: https://lexvia.service-now.example/INC0048812
"""))
    return m


# ---------------------------------------------------------------- 0122
@mail(122, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "cover only subsidiary because the named client is a trade-union member (trade-union membership)")
def m0122():
    m = new(122, "Jana Albrecht <jana.albrecht@lexvia-rs.example>",
            "\"Dr. Katrin Brenner\" <k.brenner@brenner-oyelaran.example>",
            "Ihr Mandant Herr Volker Bäumer - Subsidiarität Gewerkschaftsrechtsschutz",
            when(6, 5, 11, 23))
    m.set_content(B("""
Sehr geehrte Frau Dr. Brenner,

vielen Dank für Ihre Deckungsanfrage für Herrn Volker Bäumer
(RS-1129904) wegen der Versetzung nach Gelsenkirchen.

Aus den übersandten Unterlagen ergibt sich, dass Herr Bäumer seit
2011 Mitglied der IG Metall ist und die Gewerkschaft ihm bereits
Rechtsschutz für das Verfahren vor dem Arbeitsgericht Essen
zugesagt hat (Schreiben der DGB Rechtsschutz GmbH vom 28.05.2026).

Nach § 3 Abs. 4 ARB ist unser Versicherungsschutz gegenüber dem
Rechtsschutz aus einer Gewerkschaftsmitgliedschaft subsidiär. Wir
übernehmen deshalb nur die Kosten, die über die Leistungen der
Gewerkschaft hinausgehen, etwa wenn Herr Bäumer ausdrücklich von
Ihnen statt vom DGB-Rechtsschutz vertreten werden möchte: dann die
Differenz bis zu den gesetzlichen Gebühren, abzüglich der
Selbstbeteiligung von 150 EUR.

Bitte teilen Sie uns mit, wie Herr Bäumer sich entscheidet.

Mit freundlichen Grüßen
Jana Albrecht
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0123
@mail(123, "CONFIDENTIAL", "de", "insurer-to-customer",
      "cover for a dispute with a gym over termination after a move; named customer, contract numbers, amounts")
def m0123():
    m = new(123, "Ewa Kowalczyk <ewa.kowalczyk@lexvia-rs.example>",
            "Kevin Schwarzkopf <kevin.schwarzkopf@t-mail.example>",
            "Ihr Streit mit FitPark24 - wir übernehmen",
            when(2, 20, 16, 48))
    m.set_content(B("""
Hallo Herr Schwarzkopf,

danke für Ihre Nachricht und die Unterlagen.

Sie sind im Dezember von Köln nach Leipzig gezogen und haben Ihren
Vertrag bei FitPark24 (Mitgliedsnummer 2281-0447) wegen des Umzugs
gekündigt. Das Studio lehnt ab, weil es in Leipzig eine Filiale gibt,
und verlangt die Beiträge bis Oktober 2027 (19 x 34,90 EUR =
663,10 EUR) sowie eine Mahngebühr.

Für die Abwehr der Forderung haben Sie Kostenschutz aus Ihrem
Vertrag RS-5522318. Schadennummer: S-2026-0416644. Da der Betrag
gering ist, empfehlen wir zuerst unsere telefonische Rechtsberatung
(0221 98870-300); die Anwältin kann auch direkt ein Schreiben an das
Studio aufsetzen.

Freundliche Grüße
Ewa Kowalczyk
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0124
@mail(124, "NORMAL", "de", "internal",
      "trap: quarterly complaints report with counts about refusals in criminal and social-law cases; no persons")
def m0124():
    m = new(124, "Beschwerdemanagement <beschwerden@lexvia-rs.example>",
            "teamleitungen-schaden@lexvia-rs.example",
            "Beschwerdebericht Q1 2026",
            when(4, 13, 15, 11))
    m.set_content(B("""
Liebe Teamleitungen,

hier die wichtigsten Zahlen aus dem Beschwerdebericht Q1 2026:

  Beschwerden gesamt                    214  (Q4 2025: 197)
  davon Ombudsmann                       19
  davon BaFin                             6
  Quote je 1.000 Schadenfälle           14,7

Häufigste Gründe
  1. Ablehnung wegen Vorsatz im Strafrecht        41
  2. Bearbeitungsdauer Deckungsanfrage            38
  3. Ablehnung Wartezeit Mietrecht                29
  4. Sozialrecht: Widerspruchsverfahren nicht
     versichert (Altverträge)                     27
  5. Höhe Selbstbeteiligung                       22

Abhilfequote: 31 %. Beim Thema Sozialrecht wird der neue Baustein
das Problem für Neuverträge lösen; für Altverträge schlagen wir
ein Umstellungsangebot vor.

Den vollständigen Bericht (ohne Kundendaten) findet ihr im
Sharepoint.

Viele Grüße
Beschwerdemanagement
"""))
    return m


# ---------------------------------------------------------------- 0125
@mail(125, "STRICTLY_CONFIDENTIAL", "en", "lawyer-to-insurer",
      "named client refused a flat because of her ethnic origin; discrimination claim (racial/ethnic origin)")
def m0125():
    m = new(125, "Oliver Pembridge <o.pembridge@morrisonkade.example>",
            "mietrecht@lexvia-rs.example",
            "Request for cover: Ms Adaeze Nwankwo - discrimination in access to housing (AGG)",
            when(5, 14, 10, 55))
    m.set_content(B("""
Dear Sir or Madam,

we act for Ms Adaeze Nwankwo, Mainzer Landstraße 301, 60326
Frankfurt am Main, policy RS-8206539.

Ms Nwankwo, a German citizen of Nigerian descent and a pharmacist,
applied for a flat advertised by Hausverwaltung Reimers KG. After she
attended the viewing, the agent told her by phone that the owner
"does not rent to Africans". The same flat was offered to a test
applicant with a German-sounding name and the same income the next
day; we have the written replies.

We intend to claim compensation and damages under sections 19 and
21 of the General Equal Treatment Act (AGG) against the management
company and the owner, in total EUR 7,500. The two-month deadline
runs until 30 June 2026.

Please confirm cover for the pre-action letter and, if necessary,
proceedings before the Frankfurt local court.

Yours faithfully,
Oliver Pembridge
Morrison Kade LLP
"""))
    return m


# ---------------------------------------------------------------- 0126
@mail(126, "NORMAL", "de", "newsletter",
      "trap: family-law firm newsletter on the 2026 maintenance table with income brackets; no client")
def m0126():
    m = new(126, "Anwaltskanzlei Lohmeyer <kanzlei@lohmeyer-familienrecht.example>",
            "familienrecht@lexvia-rs.example",
            "Familienrecht aktuell: Düsseldorfer Tabelle 2026",
            when(1, 7, 8, 12),
            extra=[("Precedence", "bulk")])
    m.set_content(B("""
Familienrecht aktuell - Januar 2026

DÜSSELDORFER TABELLE 2026

Seit 1. Januar gelten neue Bedarfssätze für den Kindesunterhalt.
Auszug (Zahlbetrag nach Abzug des hälftigen Kindergeldes, erste
Altersstufe 0-5 Jahre):

  Nettoeinkommen des Pflichtigen   Zahlbetrag
  bis 2.100 EUR                      355 EUR
  2.101 - 2.500 EUR                  383 EUR
  2.501 - 2.900 EUR                  411 EUR
  2.901 - 3.300 EUR                  439 EUR
  3.301 - 3.700 EUR                  467 EUR

Der Selbstbehalt gegenüber minderjährigen Kindern beträgt für
Erwerbstätige 1.450 EUR.

ERBRECHT
Pflichtteil und Schenkungen: Die Zehnjahresfrist beginnt bei
vorbehaltenem Nießbrauch nicht zu laufen.

Anwaltskanzlei Lohmeyer, Theaterstraße 55, 52062 Aachen
Abmeldung per Antwort mit "Abmelden"
"""))
    return m


# ---------------------------------------------------------------- 0127
@mail(127, "CONFIDENTIAL", "mixed", "insurer-to-customer",
      "cover for an international student's deposit dispute; named customer, address, policy, amounts; German with English")
def m0127():
    m = new(127, "Lucia Ferreira <lucia.ferreira@lexvia-rs.example>",
            "Chen Yuxin <chen.yuxin@uni-mail.example>",
            "Ihre Kaution / your deposit - Kostenschutz S-2026-0458803",
            when(9, 2, 14, 12))
    m.set_content(B("""
Dear Ms Chen, sehr geehrte Frau Chen,

you asked us to reply in English and German, so here we go.

EN: Your dispute with your former landlord, Mr Dietmar Hackenberg,
about the deposit of EUR 1,260 for the flat at Zülpicher Wall 4,
50674 Köln, is covered under your policy RS-4475016. Claim number:
S-2026-0458803. The landlord has kept the full deposit for
"renovation", although your lease has no valid renovation clause.
A lawyer can write to him first; if he does not pay, a claim at the
local court is covered too.

DE: Ihr Streit mit Herrn Hackenberg über die Kaution (1.260 EUR) ist
versichert. Bitte nennen Sie der Anwältin die Schadennummer.
Selbstbeteiligung: 150 EUR.

Kind regards / Freundliche Grüße
Lucia Ferreira
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0128
@mail(128, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "harmless forwarding line; the attached lawyer's mail (message/rfc822) concerns a named customer's drug possession charge")
def m0128():
    inner = new(128, "\"RA Dr. Viktor Haas\" <v.haas@ra-haas.example>",
                "strafrecht@lexvia-rs.example",
                "Ihr VN Herr Marvin Schöttler - Verfahren 95 Js 1102/26",
                when(4, 2, 17, 20),
                msgid=mid(128, "ra-haas.example", "fwd"))
    inner.set_content(B("""
Sehr geehrte Damen und Herren,

ich verteidige Ihren Versicherungsnehmer Herrn Marvin Schöttler,
Gereonswall 80, 50670 Köln (RS-6625381).

Bei einer Verkehrskontrolle am 14.03.2026 wurden in seinem Pkw 38 g
Amphetamin und 4 g Kokain gefunden. Die Staatsanwaltschaft ermittelt
wegen unerlaubten Besitzes von Betäubungsmitteln in nicht geringer
Menge (§ 29a BtMG). Herr Schöttler gibt an, die Drogen seien für den
Eigenkonsum bestimmt gewesen; er ist seit zwei Jahren abhängig und
hat sich inzwischen in der Suchtambulanz angemeldet.

Ich gehe davon aus, dass Sie für diesen Vorwurf wegen Vorsatzes
keinen Versicherungsschutz gewähren, bitte aber um kurze schriftliche
Bestätigung für meinen Mandanten.

Mit freundlichen Grüßen
Dr. Viktor Haas
"""))
    m = new(128, "Murat Yıldız <murat.yildiz@lexvia-rs.example>",
            "Lukas Pfeiffer <lukas.pfeiffer@lexvia-rs.example>",
            "WG: Verfahren 95 Js 1102/26",
            when(4, 3, 8, 5))
    m.set_content(B("""
Lukas, bitte Standardablehnung Vorsatz, Textbaustein ST-03. Danke!
M.
"""))
    attach_mail(m, inner)
    return m


# ---------------------------------------------------------------- 0129
@mail(129, "NORMAL", "en", "insurer-to-partner",
      "trap: auditor's document request list for the year-end audit (claim file samples, reserves) without any claim data")
def m0129():
    m = new(129, "Frank Deppe <frank.deppe@lexvia-rs.example>",
            "Audit team Hallstein & Co <lexvia-audit@hallstein-wp.example>",
            "RE: Year-end audit 2026 - PBC list",
            when(11, 16, 9, 28),
            irt="<hallstein.pbc.2026.11.13@hallstein-wp.example>")
    m.set_content(B("""
Dear audit team,

thank you for the PBC list. Status from our side:

 1. Claims reserve roll-forward by line of law    - by 30 Nov
 2. IBNR calculation and actuarial report         - by 15 Dec
 3. Sample of 40 claim files (your selection)     - on site only,
    in our secure room; files contain health and criminal data, so
    no copies leave the building
 4. Large-loss list (anonymised)                   - attached to the
    board minutes, available now in the data room
 5. Reinsurance statements Q1-Q3                  - available now
 6. Ombudsman and BaFin complaints log            - by 30 Nov

For item 3 please send your selection as claim numbers only through
the data room; we'll prepare the files for the week of 7 December.

Best regards,
Frank Deppe
Claims Controlling, Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0130
@mail(130, "CONFIDENTIAL", "de", "lawyer-to-insurer",
      "fee note (DOCX) in the named customer's speeding-fine case with plate and result; administrative offence only")
def m0130():
    m = new(130, "Kanzlei am Rathaus <verkehr@kanzlei-am-rathaus.example>",
            "rechnungen@lexvia-rs.example",
            "Kostennote Blome / S-2026-0428861",
            when(8, 12, 14, 36))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

anbei unsere Kostennote in der Bußgeldsache Blome. Das Verfahren
wurde nach Einholung des Messgutachtens eingestellt.

Mit freundlichen Grüßen
Kanzlei am Rathaus - Abrechnung
"""))
    attach(m, make_docx([
        ("h", "Kostennote Nr. V-2026-0311"),
        ("p", "Kanzlei am Rathaus, Friedrich-Ebert-Platz 4, 51373 Leverkusen"),
        ("p", "Lexvia Rechtsschutzversicherung AG, Schaden-Nr. S-2026-0428861"),
        ("p", "Mandant: Carsten Blome, Lindenallee 9, 53721 Siegburg; Fahrzeug SU-CB 713"),
        ("p", "Bußgeldsache Rhein-Sieg-Kreis 3.2-OWi-118840/26 (Geschwindigkeitsüberschreitung 31 km/h, Fahrverbot 1 Monat); "
              "Ergebnis: Einstellung nach § 47 OWiG am 05.08.2026"),
        ("t", [["Nr. VV RVG", "Gebühr", "Betrag EUR"],
               ["5100", "Grundgebühr", "110,00"],
               ["5103", "Verfahrensgebühr Verwaltungsbehörde", "187,00"],
               ["5115", "Zusätzliche Gebühr (Einstellung)", "187,00"],
               ["7002", "Auslagenpauschale", "20,00"],
               ["7008", "19 % USt", "95,76"],
               ["", "Summe", "599,76"]]),
        ("p", "Sachverständigenkosten (Messgutachten Dipl.-Ing. Kuhlmann) wurden direkt abgerechnet."),
    ], author="Kanzlei am Rathaus"), "Kostennote_V-2026-0311.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    return m


# ---------------------------------------------------------------- 0131
@mail(131, "NORMAL", "de", "internal",
      "farewell of a named colleague after 31 years; organisational mail without health or private data")
def m0131():
    m = new(131, "\"Dr. Helene Brückner\" <helene.brueckner@lexvia-rs.example>",
            "alle-schaden@lexvia-rs.example",
            "Abschied von Gerda Kessler am 30. Juni",
            when(6, 16, 12, 30))
    m.set_content(B("""
Liebe Kolleginnen und Kollegen,

nach 31 Jahren bei Lexvia, davon 24 Jahre im Strafrechtsteam, geht
Gerda Kessler Ende Juni in den Ruhestand. Viele von euch haben bei
ihr das Handwerk gelernt; ich selbst verdanke ihr meine erste
Lektion über Vorsatz und Fahrlässigkeit in der Deckungsprüfung.

Wir verabschieden Gerda am Dienstag, 30. Juni, um 15 Uhr in der
Cafeteria. Für ein Geschenk geht ein Umschlag herum, der bis
Freitag bei Sandra im Sekretariat liegt.

Gerdas Nachfolge im Team übernimmt ab 1. Juli Lukas Pfeiffer.

Herzliche Grüße
Helene Brückner
"""))
    return m


# ---------------------------------------------------------------- 0132
@mail(132, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "phone mail: mother in a nursing home with dementia and care grade 4, dispute over fees and social assistance")
def m0132():
    m = new(132, "Ute Feldmann-Rösler <ute.fr@mailwerk.example>",
            "service@lexvia-rs.example",
            "heimkosten mama",
            when(7, 30, 22, 48),
            extra=[("X-Mailer", "iPhone Mail (22F76)")])
    m.set_content(B("""
guten abend,
meine mutter Edith Rösler (86) ist seit märz im seniorenzentrum haus lindenhof in leichlingen, pflegegrad 4, sie hat alzheimer und erkennt uns kaum noch. das heim hat jetzt zum 1.8. den eigenanteil um 640 euro im monat erhöht ohne die frist einzuhalten und droht mit kündigung des heimplatzes wenn wir nicht zahlen. ihre rente reicht eh nicht, sozialamt ist beantragt aber noch nicht entschieden.
ich habe die betreuung für sie (amtsgericht leichlingen). bin ich über meinen vertrag RS-2731164 abgesichert wenn ich für sie einen anwalt nehme? oder muss das über mama laufen, die hat keine versicherung.
lg ute feldmann-rösler
"""))
    return m


# ---------------------------------------------------------------- 0133
@mail(133, "CONFIDENTIAL", "en", "internal",
      "QA sample (XLSX) with named customers, policy and claim numbers and paid amounts in employment, tenancy and traffic civil cases")
def m0133():
    m = new(133, "Lucia Ferreira <lucia.ferreira@lexvia-rs.example>",
            "qa-claims@lexvia-rs.example",
            "QA sample international desk - October",
            when(11, 3, 15, 37))
    m.set_content(B("""
Hi QA team,

attached is the October sample for the four-eyes review of the
international desk (10 closed files). I left out the criminal and
social-security files as agreed, so that the list can go to the
external reviewer.

Please return your findings by 20 November.

Thanks,
Lucia
"""))
    attach(m, make_xlsx([
        ("Sample Oct", [
            ["Claim no.", "Policyholder", "Policy", "Line of law", "Subject", "Paid EUR", "Closed"],
            ["S-2026-0426650", "Bradley Whitcombe", "RS-5120447", "Employment", "Advice on termination agreement", 321.30, "2026-05-04"],
            ["S-2026-0463390", "Jens Overbeck", "RS-3927741", "Traffic civil", "Rear-end collision NL, settled", 350.00, "2026-10-08"],
            ["S-2026-0466418", "Emily Hartwell", "RS-6150094", "Contract", "Used car gearbox, repair by dealer", 540.12, "2026-10-12"],
            ["S-2026-0458803", "Chen Yuxin", "RS-4475016", "Tenancy", "Deposit returned after letter", 367.23, "2026-10-15"],
            ["S-2026-0461877", "Jonathan Price", "RS-2093318", "Employment", "Unpaid overtime, settlement", 1880.40, "2026-10-19"],
            ["S-2026-0459311", "Giulia Romano", "RS-7755104", "Tenancy", "Rent increase rejected", 412.00, "2026-10-20"],
            ["S-2026-0462290", "Marek Dvořák", "RS-1860522", "Contract", "Flight delay compensation", 0.00, "2026-10-21"],
            ["S-2026-0460014", "Sophie Marchetti", "RS-2018873", "Employment", "Reference letter wording", 289.10, "2026-10-26"],
            ["S-2026-0464752", "Ahmad Karimi", "RS-3382095", "Traffic civil", "Parking damage, third party paid", 0.00, "2026-10-28"],
            ["S-2026-0465129", "Laura Bennett", "RS-9914402", "Tenancy", "Service charges 2025", 655.80, "2026-10-30"],
        ]),
    ], author="L. Ferreira"), "QA_sample_international_desk_2026-10.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return m


# ---------------------------------------------------------------- 0134
@mail(134, "NORMAL", "mixed", "internal",
      "bilingual intranet news: half-year results and the new CEO's message; no personal data beyond executives")
def m0134():
    m = new(134, "Unternehmenskommunikation <kommunikation@lexvia-rs.example>",
            "alle@lexvia-rs.example",
            "Lexvia News: Halbjahreszahlen 2026 / half-year results",
            when(8, 4, 12, 0))
    m.set_content(B("""
Liebe Kolleginnen und Kollegen, dear colleagues,

die Beitragseinnahmen sind im ersten Halbjahr um 4,8 % auf 141 Mio.
EUR gestiegen, die Zahl der gemeldeten Rechtsschutzfälle um 6,1 %.
Die Schadenquote liegt bei 63,2 %.

Our gross written premium rose by 4.8 % to EUR 141 million in the
first half year; notified claims were up 6.1 %. The claims ratio is
63.2 %.

Dr. Ingrid Sauerland, unsere neue Vorstandsvorsitzende, lädt alle
zur Mitarbeiterversammlung am 10. September ein (Saal und Stream).
Our new CEO invites everyone to the staff meeting on 10 September
(on site and streamed).

Ihre Unternehmenskommunikation / Corporate Communications
"""))
    return m


# ---------------------------------------------------------------- 0135
@mail(135, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "cover for a named wheelchair user's claim to the disabled-parking mark; paraplegia described")
def m0135():
    m = new(135, "Corinna Feldhaus <corinna.feldhaus@lexvia-rs.example>",
            "\"RA Timo Hülsbusch\" <huelsbusch@sozialrecht-muenster.example>",
            "Merkzeichen aG - Ihr Mandant Herr Dennis Oberhaus (S-2026-0453390)",
            when(8, 21, 9, 16))
    m.set_content(B("""
Sehr geehrter Herr Hülsbusch,

für die Klage Ihres Mandanten Dennis Oberhaus, Wolbecker Str. 288,
48155 Münster (RS-8841076), gegen die Ablehnung des Merkzeichens aG
durch die Stadt Münster erteilen wir Kostenschutz.

Ihr Mandant ist seit einem Motorradunfall 2023 inkomplett
querschnittgelähmt (Höhe Th 11) und auf einen Rollstuhl angewiesen;
kurze Strecken in der Wohnung bewältigt er mit Unterarmstützen und
Orthesen. Das Versorgungsamt stützt die Ablehnung darauf, dass er
"einige Schritte" gehen könne. Wir teilen Ihre Einschätzung, dass
dies für das Merkzeichen aG nach § 229 Abs. 3 SGB IX unerheblich ist.

Die Deckung umfasst das Klageverfahren vor dem Sozialgericht Münster.

Mit freundlichen Grüßen
Corinna Feldhaus
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0136
@mail(136, "NORMAL", "de", "insurer-to-supplier",
      "catering order for the summer party; no personal data")
def m0136():
    m = new(136, "Sandra Möllenbeck <sandra.moellenbeck@lexvia-rs.example>",
            "info@rheingenuss-catering.example",
            "Auftrag Catering Sommerfest 26.06. - 380 Personen",
            when(6, 1, 10, 44))
    m.set_content(B("""
Sehr geehrte Frau Ostendorf,

wir bestätigen Ihr Angebot Nr. 2026-188 für unser Sommerfest:

  Datum:      Freitag, 26.06.2026, Aufbau ab 13 Uhr
  Ort:        Rheinpark Köln, Tanzbrunnen-Wiese (Zelt)
  Personen:   380, davon ca. 60 Kinder
  Menü:       Grillbuffet "Rheinufer", vegetarische und vegane
              Station, Kinderbuffet, Dessertbar
  Getränke:   Pauschale bis 23 Uhr

Bitte kennzeichnen Sie alle Speisen mit Allergenen. Die Rechnung
geht an Lexvia Rechtsschutzversicherung AG, Kostenstelle 4100
(Betriebsrat).

Mit freundlichen Grüßen
Sandra Möllenbeck
"""))
    return m


# ---------------------------------------------------------------- 0137
@mail(137, "CONFIDENTIAL", "de", "insurer-to-customer",
      "cover against revocation of a named customer's licence for 8 points (administrative proceedings, no criminal offence)")
def m0137():
    m = new(137, "Murat Yıldız <murat.yildiz@lexvia-rs.example>",
            "Nico Brandenburg <nico.brandenburg@online-post.example>",
            "Entziehung der Fahrerlaubnis (8 Punkte) - Kostenschutz",
            when(10, 9, 13, 28))
    m.set_content(B("""
Hallo Herr Brandenburg,

die Stadt Düren will Ihnen die Fahrerlaubnis entziehen, weil im
Fahreignungsregister acht Punkte eingetragen sind. Laut Auskunft
des KBA stammen die Punkte aus fünf Bußgeldverfahren zwischen 2023
und 2026 (Geschwindigkeit, zweimal Handy am Steuer, ein
Rotlichtverstoß).

Sie meinen, die Behörde habe die Ermahnung bei vier Punkten nicht
ordnungsgemäß zugestellt; dann müsste der Punktestand reduziert
werden. Für den Widerspruch und ein Eilverfahren vor dem
Verwaltungsgericht Aachen erteilen wir Kostenschutz aus Ihrem
Vertrag RS-6637029 (Schaden-Nr. S-2026-0471408).

Bitte lassen Sie den Führerschein bis zur Entscheidung des Gerichts
nicht bei der Behörde liegen, ohne mit Ihrem Anwalt gesprochen zu
haben.

Viele Grüße
Murat Yıldız
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0138
@mail(138, "NORMAL", "en", "newsletter",
      "association conference agenda and registration; no personal data")
def m0138():
    m = new(138, "ELEIA Secretariat <news@eleia-association.example>",
            "henrik.lauterbach@lexvia-rs.example",
            "Vienna 23-24 September: programme online, early bird ends 31 July",
            when(7, 10, 8, 0),
            extra=[("Precedence", "list"),
                   ("List-Id", "ELEIA Monitor <monitor.eleia-association.example>")])
    m.set_content(B("""
ELEIA ANNUAL CONFERENCE 2026 - VIENNA

Day 1 - Wednesday, 23 September
09:30 Opening
10:00 Keynote: The EU Access to Justice Agenda
11:30 Panel: Mediation clauses - carrot or stick?
14:00 Workshops: claims automation / fraud / panel lawyer steering
17:00 Heuriger evening in Grinzing

Day 2 - Thursday, 24 September
09:30 Market reports: DE, AT, NL, FR, Nordics
11:00 Panel: Legal expenses and litigation funding
13:00 Close

Early-bird fee for members: EUR 690 until 31 July, then EUR 840.
Register: https://eleia-association.example/vienna2026

ELEIA Secretariat, Avenue de Tervueren 12, Brussels
"""))
    return m


# ---------------------------------------------------------------- 0139
@mail(139, "STRICTLY_CONFIDENTIAL", "mixed", "lawyer-to-insurer",
      "Spanish lawyer reports what the named deceased's hospital records show about his medication and mental state")
def m0139():
    m = new(139, "\"Lic. Marta Ibáñez Soler\" <m.ibanez@ibanez-abogados.example>",
            "Sven Mattke <sven.mattke@lexvia-rs.example>",
            "RE: Estate of Mr Klaus-Dieter Rentrop - historia clínica received",
            when(7, 22, 18, 37),
            irt=mid(96, "lexvia-rs.example"))
    m.set_content(B("""
Dear Mr Mattke,

we have now received the historia clínica (medical records) of the
late Mr Rentrop from the Hospital General de Alicante, released to
his daughter as heir.

Main points for the question of testamentary capacity
(capacidad para testar / Testierfähigkeit):

- 6 April 2026: admission to the palliative unit; morphine
  30 mg every 4 hours, midazolam at night
- 7 April: nursing notes describe him as "desorientado en tiempo y
  espacio", he did not recognise his daughter on the phone
- 8 April (the day of the will): the doctor's note records
  "somnolencia, respuesta verbal escasa"
- 11 April: death, cause "insuficiencia respiratoria; carcinoma
  pulmonar estadio IV"

In my opinion the will of 8 April can be challenged with good
prospects under Spanish law (art. 663 Código Civil). Please let me
know whether the advice cover can be extended to a lawsuit; if not,
Ms Rentrop will decide whether to proceed at her own cost.

Un saludo / kind regards
Marta Ibáñez Soler
Ibáñez Abogados, Alicante
"""))
    return m


# ---------------------------------------------------------------- 0140
@mail(140, "CONFIDENTIAL", "de", "insurer-to-lawyer",
      "cover for a named customer's dispute with his household insurer over a stolen e-bike; amounts; non-personal line")
def m0140():
    m = new(140, "Lukas Pfeiffer <lukas.pfeiffer@lexvia-rs.example>",
            "\"RA Jörg Tiedemann\" <j.tiedemann@wtp-recht.example>",
            "Deckung: Ihr Mandant Herr Felix Kühn ./. Hausratversicherer (E-Bike)",
            when(10, 14, 11, 7))
    m.set_content(B("""
Sehr geehrter Herr Tiedemann,

für die Auseinandersetzung Ihres Mandanten Felix Kühn (RS-7018832)
mit seinem Hausratversicherer, der Nordstern Sachversicherung AG,
erteilen wir Kostenschutz (Versicherungsvertrags-Rechtsschutz,
Schaden-Nr. S-2026-0470095).

Das E-Bike (Kaufpreis 4.290 EUR, Rahmennummer WTU 441 882 70) wurde
am 28.07.2026 nachts aus dem verschlossenen Fahrradkeller in der
Kessenicher Str. 88 gestohlen. Der Versicherer lehnt ab, weil das Rad
nicht zusätzlich an einem festen Gegenstand angeschlossen gewesen
sei; das verlangen die Bedingungen aber nur bei Abstellen im Freien.

Die Zusage umfasst die außergerichtliche Vertretung und die Klage vor
dem Amtsgericht Bonn.

Mit freundlichen Grüßen
Lukas Pfeiffer
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0141
@mail(141, "NORMAL", "de", "internal",
      "trap: standard refusal text block for intentional offences with placeholders for name, charge and file number")
def m0141():
    m = new(141, "Nadine Schürmann <nadine.schuermann@lexvia-rs.example>",
            "team-strafrecht@lexvia-rs.example",
            "Textbaustein ST-03 (Ablehnung Vorsatzdelikt) überarbeitet",
            when(3, 27, 10, 2))
    m.set_content(B("""
Hallo Strafrechtsteam,

der Baustein ST-03 wurde nach dem Hinweis des Ombudsmanns
verständlicher formuliert. Ab Montag in LexClaim aktiv:

------------------------------------------------------------------
Sehr geehrte(r) «Anrede» «Nachname»,

Ihnen wird in dem Verfahren «Aktenzeichen_StA» vorgeworfen,
«Tatvorwurf_Kurzbeschreibung» (§ «Paragraf» «Gesetz»).

Diese Tat kann nach dem Gesetz nur vorsätzlich, also wissentlich
und willentlich, begangen werden. Für die Verteidigung gegen solche
Vorwürfe besteht nach § 2 i) bb) ARB kein Versicherungsschutz -
und zwar unabhängig davon, ob der Vorwurf zutrifft.

[Nur bei Vergehen, die fahrlässig begehbar sind, Absatz ersetzen
durch ST-04 "Deckung unter Vorbehalt der Rückforderung".]

Gegen diese Entscheidung können Sie sich an den Versicherungs-
ombudsmann wenden.
------------------------------------------------------------------

Bitte den Tatvorwurf neutral beschreiben, ohne Wertungen und ohne
Details zu Verletzungen oder Schäden Dritter.

Gruß Nadine
"""))
    return m


# ---------------------------------------------------------------- 0142
@mail(142, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "reply confirming cover for the part-time dispute; the named customer's multiple sclerosis is repeated in the answer")
def m0142():
    m = new(142, "Lucia Ferreira <lucia.ferreira@lexvia-rs.example>",
            "Hannah Lindström <hannah.lindstrom@fastpost.example>",
            "RE: Employer refuses reduced hours - policy RS-8112640",
            when(4, 15, 11, 50),
            irt=mid(85, "fastpost.example"))
    m.set_content(B("""
Dear Ms Lindström,

I am sorry to hear about your diagnosis, and thank you for
explaining your situation so clearly.

Yes, this is covered under the employment module of your policy.
Your claim number is S-2026-0427718.

A few points you may want to discuss with your lawyer:

- Under the Part-Time Act the employer can only refuse for
  operational reasons; "requires full presence" is usually not
  enough.
- Because of the MS you may be able to apply for recognition of a
  disability (degree of disability). With a degree of 50, or 30 with
  equal status, you would have a separate right to reduced hours
  under the Social Code IX. Your neurologist's certificate would help.
- Your employer may not ask about details of your illness. You do
  not have to answer questions about your travel ability beyond what
  your contract requires.

If you like, we can recommend a specialist employment lawyer in
Düsseldorf who speaks English.

Kind regards,
Lucia Ferreira
International Desk, Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0143
@mail(143, "CONFIDENTIAL", "de", "insurer-to-customer",
      "short body; the ICS invitation for telephone legal advice names the customer, policy number and her tenancy topic")
def m0143():
    m = new(143, "Lexvia Rechtsberatung <telefonberatung@lexvia-rs.example>",
            "Johanna Esch <johanna.esch@web-mail.example>",
            "Ihr Termin zur telefonischen Rechtsberatung",
            when(3, 31, 15, 10))
    m.set_content(B("""
Guten Tag Frau Esch,

Ihr Termin ist bestätigt. Die Einladung finden Sie im Anhang; die
Anwältin ruft Sie zur vereinbarten Zeit an.

Ihr Lexvia-Team
"""))
    attach(m, B("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lexvia Rechtsschutz//Terminbuchung//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:tb-2026-04-02-0917@lexvia-rs.example
DTSTAMP:20260331T131000Z
DTSTART;TZID=Europe/Berlin:20260402T091500
DTEND;TZID=Europe/Berlin:20260402T094500
SUMMARY:Telefonische Rechtsberatung Lexvia
DESCRIPTION:Kundin: Johanna Esch\\, Vertrag RS-3904417\\, Rückruf unter
  0151 2244 7810. Thema: Mieterhöhung nach Modernisierung (Wärmedämmun
 g)\\, Vermieter Vonovia-Nord Wohnen KG\\, Erhöhung um 212 EUR monatlich
 . Beraterin: RAin Dr. Schreiber.
ORGANIZER;CN=Lexvia Rechtsberatung:mailto:telefonberatung@lexvia-rs.example
ATTENDEE;CN=Johanna Esch;RSVP=FALSE:mailto:johanna.esch@web-mail.example
END:VEVENT
END:VCALENDAR
"""), "Rechtsberatung_2026-04-02.ics", "text/calendar")
    return m


# ---------------------------------------------------------------- 0144
@mail(144, "NORMAL", "en", "insurer-to-supplier",
      "trap: data processing annex listing categories of data (health, criminal offences, bank details) in general; no data")
def m0144():
    m = new(144, "Bettina Vossberg <bettina.vossberg@lexvia-rs.example>",
            "legal@nimbusvault-cloud.example",
            "DPA Annex 1 - categories of data subjects and data",
            when(9, 9, 14, 34))
    m.set_content(B("""
Dear NimbusVault legal team,

as requested, here is the wording for Annex 1 of the data processing
agreement for the document archive.

Categories of data subjects:
- policyholders and co-insured persons
- opposing parties, witnesses, lawyers, court staff
- employees of Lexvia

Categories of personal data:
- identification and contact data, contract and claim numbers
- bank details (IBAN) for refunds and fee payments
- income data where relevant for the value in dispute

Special categories (Art. 9 GDPR) and Art. 10 GDPR data:
- health data contained in medical reports, sick notes and expert
  opinions in social-security, employment and personal-injury cases
- data on criminal proceedings and offences (summons, penal orders,
  judgments)
- occasionally trade-union membership and data on sexual
  orientation or ethnic origin in discrimination cases

Retention: 10 years after closure of the claim, then deletion.

Please confirm that your encryption-at-rest and the key management
described in your TOMs apply to all of these categories.

Kind regards,
Bettina Vossberg
Data Protection Officer, Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0145
@mail(145, "STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
      "named client's dispute with his disability-income insurer; depression, clinic stays and the insurer's medical opinion")
def m0145():
    m = new(145, "\"Dr. Katrin Brenner\" <k.brenner@brenner-oyelaran.example>",
            "vertragsrecht@lexvia-rs.example",
            "Deckungsanfrage: Frank Lüdtke ./. Albis Lebensversicherung AG (BU-Rente)",
            when(11, 10, 16, 44))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

in Ergänzung unserer arbeitsrechtlichen Vertretung bitten wir um
Deckung für die Auseinandersetzung Ihres Versicherungsnehmers
Herrn Frank Lüdtke (RS-2744019) mit seinem Berufsunfähigkeits-
versicherer, der Albis Lebensversicherung AG.

Herr Lüdtke hat im Februar 2026 BU-Leistungen beantragt (Rente
1.800 EUR monatlich). Er leidet an einer schweren rezidivierenden
Depression (F33.2) mit Erschöpfungssyndrom und war 2025 sieben Wochen
stationär in der Klinik am Niederrhein; ein zweiter Aufenthalt in
einer psychosomatischen Rehaklinik folgte im Frühjahr 2026. Der
behandelnde Psychiater bescheinigt eine Berufsunfähigkeit von
mindestens 70 %.

Der Versicherer lehnt ab, gestützt auf ein Aktengutachten, wonach
Herr Lüdtke als Disponent "unter 50 % beeinträchtigt" sei. Zudem
erhebt er den Vorwurf der vorvertraglichen Anzeigepflichtverletzung
wegen einer nicht angegebenen Behandlung von Rückenschmerzen 2018.

Wir bitten um Deckung für die außergerichtliche Vertretung und die
Klage vor dem Landgericht Krefeld (Streitwert 3,5-facher Jahresbetrag,
75.600 EUR).

Mit freundlichen Grüßen
Dr. Katrin Brenner
Brenner & Oyelaran Rechtsanwälte
"""))
    return m


# ---------------------------------------------------------------- 0146
@mail(146, "NORMAL", "de", "insurer-to-lawyer",
      "information to all partner law firms about new portal functions; no case data")
def m0146():
    m = new(146, "Lexvia Anwaltsnetzwerk <anwaltsnetzwerk@lexvia-rs.example>",
            "partnerkanzleien@lexvia-rs.example",
            "Partner-Info 04/2026: Sammelabrechnung und Statusabfrage im Anwaltsportal",
            when(10, 26, 9, 0),
            extra=[("Precedence", "bulk")])
    m.set_content(B("""
Sehr geehrte Partnerkanzleien,

ab 2. November stehen im Lexvia-Anwaltsportal zwei neue Funktionen
zur Verfügung:

1. Sammelabrechnung: Sie können bis zu 50 Kostennoten als ZIP
   hochladen; das Portal ordnet sie anhand der Schadennummer zu.
2. Statusabfrage: Für jede Akte sehen Sie, ob eine Deckungsanfrage
   geprüft, entschieden oder zurückgestellt ist.

Bitte senden Sie Deckungsanfragen mit medizinischen Unterlagen oder
Strafakten künftig ausschließlich über das Portal.

Für Fragen erreichen Sie das Netzwerk-Team unter 0221 98870-620.

Mit freundlichen Grüßen
Stefan Quast
Leitung Anwaltsnetzwerk, Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0147
@mail(147, "CONFIDENTIAL", "mixed", "lawyer-to-insurer",
      "Austrian lawyer (German with English) on a named customer's holiday-flat dispute; booking amount, policy")
def m0147():
    m = new(147, "\"Mag. Florian Pichler\" <office@pichler-anwalt.example>",
            "schaden@lexvia-rs.example",
            "Ihre VN Familie Roggendorf / Ferienwohnung Zell am See",
            when(2, 27, 11, 31))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

ich vertrete Ihren Versicherungsnehmer Herrn Achim Roggendorf,
Siegburger Str. 77, 53757 Sankt Augustin (Polizze RS-3571120), gegen
die Vermieterin einer Ferienwohnung in Zell am See, die Alpenblick
Appartements GmbH.

Short version in English for your international desk, as Mr
Roggendorf's booking was made via an English-language platform: the
family booked the flat for 14-21 February 2026 for EUR 2,380. On
arrival the flat was still under renovation (no working kitchen, no
heating in one bedroom). The family moved to a hotel for EUR 1,960
extra. The landlord refuses any refund.

Geltend gemacht werden: Rückzahlung 2.380 EUR und Mehrkosten
1.960 EUR. Zuständig wäre das Bezirksgericht Zell am See.

Ich ersuche um Deckungszusage für die außergerichtliche Vertretung.

Mit freundlichen Grüßen / kind regards
Mag. Florian Pichler
"""))
    return m


# ---------------------------------------------------------------- 0148
@mail(148, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "short body confirms cover for a protection order and the criminal case against the neighbour; knife threat, sick note and anxiety only in the quote")
def m0148():
    m = new(148, "Tobias Reinholz <tobias.reinholz@lexvia-rs.example>",
            "Marion Schwertfeger <marion.schwertfeger@posteo-mail.example>",
            "Re: Nachbar bedroht mich - Vertrag RS-6071128",
            when(8, 25, 10, 2),
            irt=mid(92, "posteo-mail.example"))
    m.set_content(B("""
Sehr geehrte Frau Schwertfeger,

ja, Sie sind versichert. Für den Antrag nach dem Gewaltschutzgesetz
und Ihre Vertretung im Strafverfahren gegen Ihren Nachbarn
übernehmen wir die Anwaltskosten (Schaden-Nr. S-2026-0465507). Eine
Selbstbeteiligung fällt im Opfer-Rechtsschutz nicht an.

Wenn Sie möchten, nennen wir Ihnen heute noch eine Anwältin in Hagen.

Mit freundlichen Grüßen
Tobias Reinholz
Lexvia Rechtsschutzversicherung AG

Am 24.08.2026 um 23:16 schrieb Marion Schwertfeger:
> Am Samstag, 22. August, stand er abends mit einem Küchenmesser vor
> meiner Haustür und hat gedroht, er "erledige das jetzt anders", wenn
> ich noch einmal mein Auto vor sein Tor stelle.
>
> Ich habe am Sonntag bei der Polizei in Hagen Anzeige wegen Bedrohung
> erstattet (Vorgangsnummer 260822-1447-052188). Seitdem kann ich kaum
> schlafen, ich habe Herzrasen, sobald ich sein Auto höre, und meine
> Hausärztin hat mich für zwei Wochen krankgeschrieben und mir eine
> Überweisung zur Psychotherapie gegeben.
"""))
    return m


# ---------------------------------------------------------------- 0149
@mail(149, "NORMAL", "de", "internal",
      "printer fault ticket; no personal data")
def m0149():
    m = new(149, "Derya Aksoy <derya.aksoy@lexvia-rs.example>",
            "it-servicedesk@lexvia-rs.example",
            "Drucker 3. OG (PR-3-07) zieht schief ein",
            when(11, 19, 9, 12))
    m.set_content(B("""
Hallo IT,

der große Drucker im 3. OG neben der Teeküche (PR-3-07) zieht seit
heute früh das Papier schief ein, jede dritte Seite ist zerknittert.
Fach 2 ist betroffen, Fach 1 geht. Wir haben schon neues Papier
eingelegt.

Könnt ihr jemanden schicken? Wir drucken gerade viel für die
Gerichtstermine nächste Woche.

Danke
Derya, Team Miete/Nachbar, Durchwahl -468
"""))
    return m


# ---------------------------------------------------------------- 0150
@mail(150, "CONFIDENTIAL", "de", "insurer-to-broker",
      "tariff conversion list (CSV) with a broker's named customers, policy numbers, birth dates and premiums")
def m0150():
    m = new(150, "Kai-Uwe Lindner <kai-uwe.lindner@lexvia-rs.example>",
            "Ralf Kranefeld <buero@kranefeld-versicherungen.example>",
            "Umstellung Tarif 2026 - Ihre Kunden mit Altvertrag",
            when(9, 16, 14, 5))
    m.set_content(B("""
Hallo Herr Kranefeld,

wie besprochen die Liste Ihrer Kunden mit Verträgen aus dem Tarif
2014, die wir zum 01.01.2027 auf den Tarif 2026 umstellen können
(mit Sozialrecht-Plus ohne neue Wartezeit, wenn der Kunde bis
30.11. zustimmt). Die Anschreiben an die Kunden gehen Anfang Oktober
raus; Sie können gern vorher anrufen.

Viele Grüße
Kai-Uwe Lindner
"""))
    attach_text(m, B("""
Vertrag;Name;Vorname;geb.;PLZ Ort;Beitrag alt EUR/Jahr;Beitrag neu EUR/Jahr
RS-1876330;Gerlach;Michael;04.02.1964;53804 Much;289,20;312,60
RS-1442057;Schnepper;Iris;19.11.1971;53797 Lohmar;241,80;268,40
RS-1502299;Kaltenbach;Werner;27.06.1955;53819 Neunkirchen-Seelscheid;301,00;334,80
RS-1613874;Dünnwald;Petra;08.09.1968;53804 Much;241,80;268,40
RS-1690046;Özdemir;Cem;15.03.1980;51766 Engelskirchen;289,20;312,60
RS-1733512;Wirtz-Bongartz;Anne;30.12.1977;53783 Eitorf;198,00;221,40
"""), "Umstellung_Tarif2026_Kranefeld.csv", subtype="csv")
    return m


# ---------------------------------------------------------------- 0151
@mail(151, "NORMAL", "en", "internal",
      "trap: English coding guideline for criminal and social-law claims with offence and benefit codes; no persons")
def m0151():
    m = new(151, "Nadine Schürmann <nadine.schuermann@lexvia-rs.example>",
            "international-desk@lexvia-rs.example",
            "Coding guideline for criminal and social-security claims (English version)",
            when(1, 16, 15, 20))
    m.set_content(B("""
Hi international desk,

as requested, the English version of the coding guideline. Please
use these codes in the "subject" field instead of free text.

CRIMINAL (line 40)
  40-10  negligent bodily injury in traffic (s. 229 StGB)
  40-11  negligent homicide in traffic (s. 222 StGB)
  40-20  drink/drug driving (s. 316 StGB) - cover subject to repayment
  40-21  leaving the scene of an accident (s. 142 StGB)
  40-90  intentional offence - no cover (text block ST-03)

SOCIAL SECURITY (line 60)
  60-10  degree of disability / marks (GdB, Merkzeichen)
  60-20  care grade (Pflegegrad)
  60-30  reduced earning capacity pension
  60-40  sickness benefit
  60-50  occupational accident / disease

Never write diagnoses, drug names or details of an accusation into
the subject field. Those belong in the document, not in the data
that reporting and reinsurance see.

Thanks,
Nadine
"""))
    return m


# ---------------------------------------------------------------- 0152
@mail(152, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "HTML-only weekly list of customers in pre-trial detention with charges (criminal data)")
def m0152():
    m = new(152, "Murat Yıldız <murat.yildiz@lexvia-rs.example>",
            "team-strafrecht@lexvia-rs.example",
            "Wochenliste Haftsachen KW 47",
            when(11, 16, 7, 45))
    m.set_content(B("""
<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Moin zusammen,</p>
<p>die Haftsachen dieser Woche. Haftprüfungstermine haben Vorrang, Deckungsanfragen bitte am selben Tag entscheiden.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#f2d7d5"><th>Schaden-Nr.</th><th>VN</th><th>JVA</th><th>Vorwurf</th><th>Verteidiger</th><th>nächster Termin</th></tr>
<tr><td>S-2026-0473310</td><td>Dragan Milošević</td><td>JVA Köln</td><td>Wohnungseinbruchdiebstahl (Vorsatz, keine Deckung)</td><td>RA Hoffschulte</td><td>Haftprüfung 18.11.</td></tr>
<tr><td>S-2026-0474521</td><td>Florian Weidenbach</td><td>JVA Wuppertal-Vohwinkel</td><td>Körperverletzung mit Todesfolge, Schlägerei Altstadt</td><td>Dr. Haas</td><td>Akteneinsicht</td></tr>
<tr><td>S-2026-0475002</td><td>Sevgi Arslan</td><td>JVA Willich II</td><td>gewerbsmäßiger Betrug (Pflegedienst-Abrechnung)</td><td>RAin Lenzen</td><td>Haftbeschwerde 20.11.</td></tr>
</table>
<p>Bei Herrn Weidenbach prüfen wir die Deckung unter Vorbehalt (Vorwurf fahrlässig begehbar? bitte mit mir abstimmen).</p>
<p>Gruß<br>Murat</p>
</body></html>
"""), subtype="html")
    return m


# ---------------------------------------------------------------- 0153
@mail(153, "NORMAL", "de", "newsletter",
      "trap: customer magazine newsletter on dismissal, care grades, drink driving and divorce; no individual")
def m0153():
    m = new(153, "Lexvia Magazin <magazin@news.lexvia-rs.example>",
            "Lexvia Newsletter <newsletter@news.lexvia-rs.example>",
            "Ihr Recht im Herbst: Kündigung, Pflegegrad, Promillegrenze, Scheidung",
            when(10, 15, 7, 0),
            extra=[("Precedence", "bulk"),
                   ("List-Unsubscribe", "<https://news.lexvia-rs.example/abmelden>")])
    m.set_content(B("""
LEXVIA MAGAZIN - Herbst 2026

Gekündigt - was jetzt?
Drei Wochen. So lange haben Sie Zeit, um gegen eine Kündigung zu
klagen. Unser Ratgeber erklärt, welche Unterlagen Sie brauchen und
warum Sie einen Aufhebungsvertrag nie sofort unterschreiben sollten.

Pflegegrad zu niedrig?
Ein Drittel der Widersprüche hat Erfolg. Führen Sie zwei Wochen lang
ein Pflegetagebuch, bevor Sie widersprechen.

0,5 - 1,1 - 1,6: Was die Promillegrenzen bedeuten
Vom Bußgeld bis zur MPU: die wichtigsten Grenzwerte im Überblick.

Scheidung ohne Rosenkrieg
Mediation spart Nerven und Geld - und ist in vielen Tarifen
enthalten.

Alle Artikel: https://www.lexvia-rs.example/magazin

Sie erhalten diesen Newsletter, weil Sie ihn auf unserer Website
bestellt haben. Abmelden: https://news.lexvia-rs.example/abmelden
Lexvia Rechtsschutzversicherung AG, Hohenzollernring 88, 50672 Köln
"""))
    return m


# ---------------------------------------------------------------- 0154
@mail(154, "CONFIDENTIAL", "en", "customer-to-insurer",
      "named customer with policy number asks about unpaid wages; monthly salary figures; no special categories")
def m0154():
    m = new(154, "Tiago Martins <tiago.martins@fastpost.example>",
            "arbeitsrecht@lexvia-rs.example",
            "Unpaid salary for two months - can you help? RS-2286041",
            when(7, 17, 7, 52))
    m.set_content(B("""
Good morning,

I work as a sous-chef at Restaurant Goldener Anker (owner
Mr Horst Wieland) in Düsseldorf-Oberkassel. My contract says
EUR 3,250 gross per month. The salaries for May and June have not
been paid; Mr Wieland says the restaurant has "a cash problem" and I
should be patient. Two colleagues have the same problem.

I don't want to lose the job, but I have rent to pay. My policy
number is RS-2286041. Is it covered if I sue for the salary? And is
there a deadline I must respect? My contract mentions "Ausschluss-
fristen" of three months.

Thank you,
Tiago Martins
Luegallee 103, 40545 Düsseldorf
"""))
    return m


# ---------------------------------------------------------------- 0155
@mail(155, "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-lawyer",
      "cover for the care-grade appeal for a named child with Down syndrome and a heart defect (genetic and health data)")
def m0155():
    m = new(155, "Corinna Feldhaus <corinna.feldhaus@lexvia-rs.example>",
            "RAin Selin Akgül <kanzlei@akguel-sozialrecht.example>",
            "Pflegegrad Kind Noah Whitfield - Deckung / coverage confirmation",
            when(5, 29, 13, 40))
    m.set_content(B("""
Sehr geehrte Frau Akgül,

für das Widerspruchsverfahren gegen die Einstufung des Sohnes Ihrer
Mandanten, Noah Whitfield (4 Jahre), in Pflegegrad 2 erteilen wir
Kostenschutz aus dem Vertrag der Mutter, Frau Rebecca Whitfield
(RS-6120784, Schaden-Nr. S-2026-0447715). Der Baustein
Sozialrecht-Plus ist seit Januar vereinbart; die Wartezeit ist
abgelaufen.

Noah hat eine Trisomie 21 und wurde im ersten Lebensjahr an einem
Herzfehler (AV-Kanal) operiert. Er braucht nach Ihrer Schilderung
nachts Sauerstoff und wird über eine PEG-Sonde ergänzend ernährt;
das Gutachten des Medizinischen Dienstes hat den Pflegeaufwand
gegenüber gesunden gleichaltrigen Kindern zu niedrig bewertet.

As the parents prefer English, a short summary for them: the appeal
against the care grade for Noah is covered, including your fees.
No deductible applies to the appeal stage.

Mit freundlichen Grüßen / kind regards
Corinna Feldhaus
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0156
@mail(156, "NORMAL", "de", "internal",
      "project minutes for the portal relaunch; no personal data")
def m0156():
    m = new(156, '"Projektbüro Portal 2.0" <pmo-portal@lexvia-rs.example>',
            "projekt-portal20@lexvia-rs.example",
            "Protokoll Lenkungskreis Portal 2.0 vom 08.07.",
            when(7, 9, 16, 21))
    m.set_content(B("""
Protokoll Lenkungskreis Portal 2.0, 08.07.2026, 14-15 Uhr

1. Status: Sprint 14 abgeschlossen, Ampel gelb (Schnittstelle
   Beitragsservice verzögert sich um zwei Wochen).
2. Budget: 71 % verbraucht bei 64 % Fortschritt. Mehrbedarf für
   Barrierefreiheitstest (BITV) 18.000 EUR, genehmigt.
3. Go-live: weiterhin 1. Dezember geplant; Entscheidung über
   Verschiebung im Lenkungskreis am 09.09.
4. Risiken: Lasttest mit 5.000 gleichzeitigen Nutzern noch offen.

Nächster Termin: 12.08., 14 Uhr, Raum Dom.

Projektbüro Portal 2.0
"""))
    return m


# ---------------------------------------------------------------- 0157
@mail(157, "CONFIDENTIAL", "de", "lawyer-to-insurer",
      "Outlook HTML and text: reference letter and overtime claim of a named client with hourly wage; no special categories")
def m0157():
    m = new(157, "Nadja Grünewald <ng@gruenewald-arbeitsrecht.example>",
            "arbeitsrecht@lexvia-rs.example",
            "Deckungsanfrage Zeugnis und Überstunden - Herr Pascal Wendling (RS-5013374)",
            when(3, 10, 12, 6),
            extra=[("X-Mailer", "Microsoft Outlook 16.0"),
                   ("Thread-Topic", "Deckungsanfrage Zeugnis und Überstunden")])
    m.set_content(B("""
Sehr geehrte Damen und Herren,

wir vertreten Herrn Pascal Wendling, Birkenweg 12, 40699 Erkrath,
gegen seine frühere Arbeitgeberin, die Kowalski IT-Services GmbH.

1. Zeugnis: Das Arbeitszeugnis vom 31.01.2026 enthält die Formulierung
"bemühte sich, den Anforderungen gerecht zu werden". Wir verlangen
eine gute Leistungsbeurteilung.

2. Überstunden: Herr Wendling hat laut Zeiterfassung 2025 insgesamt
186 Überstunden geleistet, die nicht vergütet wurden. Bei einem
Stundenlohn von 27,40 EUR ergibt das 5.096,40 EUR brutto.

Wir bitten um Deckung für beide Ansprüche vor dem Arbeitsgericht
Düsseldorf.

Mit freundlichen Grüßen
Nadja Grünewald
Rechtsanwältin
"""))
    m.add_alternative(B("""
<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">
<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>
<body lang="DE"><div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Damen und Herren,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">wir vertreten Herrn Pascal Wendling, Birkenweg 12, 40699 Erkrath, gegen seine frühere Arbeitgeberin, die Kowalski IT-Services GmbH.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>1. Zeugnis:</b> Das Arbeitszeugnis vom 31.01.2026 enthält die Formulierung &#8222;bemühte sich, den Anforderungen gerecht zu werden&#8220;. Wir verlangen eine gute Leistungsbeurteilung.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>2. Überstunden:</b> Herr Wendling hat laut Zeiterfassung 2025 insgesamt 186 Überstunden geleistet, die nicht vergütet wurden. Bei einem Stundenlohn von 27,40 EUR ergibt das 5.096,40 EUR brutto.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Wir bitten um Deckung für beide Ansprüche vor dem Arbeitsgericht Düsseldorf.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mit freundlichen Grüßen<br>Nadja Grünewald<br>Rechtsanwältin</p>
</div></body></html>
"""), subtype="html")
    return m


# ---------------------------------------------------------------- 0158
@mail(158, "NORMAL", "mixed", "insurer-to-lawyer",
      "trap: answer to a certificate request with Lexvia's public S/MIME certificate (PEM); no case data")
def m0158():
    m = new(158, "Lexvia PKI-Team <pki@lexvia-rs.example>",
            "it@morrisonkade.example",
            "AW: S/MIME certificate for encrypted mail / Zertifikat für verschlüsselte Kommunikation",
            when(6, 12, 10, 17),
            irt="<mk-it-20260611-0912@morrisonkade.example>")
    m.set_content(B("""
Sehr geehrte Damen und Herren, dear IT team,

anbei das öffentliche Domänenzertifikat unseres Mail-Gateways für
lexvia-rs.example. Bitte hinterlegen Sie es in Ihrem Gateway; dann
werden Mails an alle Lexvia-Adressen automatisch verschlüsselt.

Attached is the public domain certificate of our mail gateway.
Fingerprint (SHA-256):
  4E:1A:77:C2:09:B3:5D:E8:61:2F:AC:90:3B:D4:17:6E:
  C8:52:0A:F9:84:3D:7B:11:E6:A0:59:C3:2D:8F:40:B7

Valid until 30 June 2028. Please send us your own domain
certificate in return, so that our replies can be encrypted too.

Mit freundlichen Grüßen / kind regards
PKI-Team, Lexvia Rechtsschutzversicherung AG
"""))
    attach_text(m, B("""
-----BEGIN CERTIFICATE-----
MIIDsjCCApqgAwIBAgIUQm9n3kVxZ0tLZXhWaWEtUlMtR1cwDQYJKoZIhvcNAQEL
BQAwVjELMAkGA1UEBhMCREUxHjAcBgNVBAoMFUxleHZpYSBSZWNodHNzY2h1dHog
QUcxJzAlBgNVBAMMHkxleHZpYSBJc3N1aW5nIENBIDIwMjYgKGZpY3RpdikwHhcN
MjYwNjMwMDAwMDAwWhcNMjgwNjMwMDAwMDAwWjBTMQswCQYDVQQGEwJERTEeMBwG
A1UECgwVTGV4dmlhIFJlY2h0c3NjaHV0eiBBRzEkMCIGA1UEAwwbbGV4dmlhLXJz
LmV4YW1wbGUgKGdhdGV3YXkpMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKC
AQEAtXq3m0yq9Zx0bGV4dmlhLWZpY3RpdmUta2V5LW1hdGVyaWFsLW5vdC12YWxp
ZC1qdXN0LXRlc3QtZGF0YS1mb3ItdGhlLWNvcnB1cy0wMDAxMjM0NTY3ODlhYmNk
ZWZnaGlqa2xtbm9wcXJzdHV2d3h5ekFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFla
MAMBAAGjUzBRMB0GA1UdDgQWBBRMZXh2aWEtR1ctMjAyNi1TS0kwHwYDVR0jBBgw
FoAUTGV4dmlhLUNBLTIwMjYtQUtJMA8GA1UdEwEB/wQFMAMBAf8wDQYJKoZIhvcN
AQELBQADggEBAGZpY3RpdmUtc2lnbmF0dXJlLWJ5dGVzLWZvci10ZXN0aW5nLW9u
bHk=
-----END CERTIFICATE-----
"""), "lexvia-rs.example_gateway.pem", subtype="plain")
    return m


# ---------------------------------------------------------------- 0159
@mail(159, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "body names only the policy and 'memory protocol'; the ODT describes bullying at work, depression and sick leave")
def m0159():
    m = new(159, "Sabrina Lück <sabrina.lueck@webpost.example>",
            "arbeitsrecht@lexvia-rs.example",
            "Gedächtnisprotokoll - Vertrag RS-4092755",
            when(6, 2, 20, 13))
    m.set_content(B("""
Guten Abend,

wie am Telefon besprochen schicke ich Ihnen mein Gedächtnisprotokoll
als Datei. Die Anwältin hat es auch schon.

Viele Grüße
Sabrina Lück
"""))
    attach(m, make_odt([
        ("h", "Gedächtnisprotokoll Sabrina Lück"),
        ("p", "Arbeitgeber: Autohaus Brenig GmbH, Frechen; ich bin dort seit 2019 Serviceassistentin."),
        ("p", "Seit dem Wechsel der Serviceleitung im Oktober 2025 werde ich von Herrn Kaiser regelmäßig vor Kunden "
              "angeschrien, meine Arbeit wird vor dem Team lächerlich gemacht, und ich bekomme als Einzige keine "
              "Frühschichten mehr."),
        ("p", "12.11.2025: Herr Kaiser wirft meinen Ordner auf den Boden und sagt vor zwei Kollegen, ich sei 'zu blöd zum "
              "Telefonieren'. Zeugin: Frau Nadine Reuter."),
        ("p", "03.02.2026: Nach einem weiteren Vorfall breche ich im Pausenraum zusammen. Meine Hausärztin schreibt mich "
              "krank, Diagnose laut AU: mittelgradige depressive Episode und Anpassungsstörung."),
        ("p", "Seit Februar 2026 bin ich in psychotherapeutischer Behandlung (Verhaltenstherapie, 25 Stunden bewilligt) "
              "und nehme Sertralin. Ich bin bis heute krankgeschrieben; im April lief die Entgeltfortzahlung aus, "
              "ich bekomme Krankengeld."),
        ("p", "Ich möchte, dass das aufhört, und Schmerzensgeld vom Arbeitgeber."),
    ]), "Gedaechtnisprotokoll_Lueck.odt", "application/vnd.oasis.opendocument.text")
    return m


# ---------------------------------------------------------------- 0160
@mail(160, "CONFIDENTIAL", "de", "insurer-to-customer",
      "advice cover in a community of heirs disputing the sale of a house; named customer and siblings, values, no health")
def m0160():
    m = new(160, "Sven Mattke <sven.mattke@lexvia-rs.example>",
            "Carsten Dreesen <carsten.dreesen@netmail-rhein.example>",
            "Erbengemeinschaft Dreesen - Beratungsrechtsschutz",
            when(5, 11, 9, 36))
    m.set_content(B("""
Sehr geehrter Herr Dreesen,

Sie haben uns geschildert, dass Sie und Ihre Schwestern Petra
Dreesen-Lang und Ulrike Kaiser das Mietshaus Ihrer verstorbenen
Eltern in Münster gemeinsam geerbt haben. Sie möchten es verkaufen,
Ihre Schwestern wollen es behalten und die Mieteinnahmen (ca.
5.900 EUR monatlich) weiter aufteilen.

Aus Ihrem Vertrag RS-3120975 übernehmen wir die Kosten einer
anwaltlichen Beratung im Erbrecht bis 500 EUR, auch zur Frage der
Teilungsversteigerung. Schadennummer: S-2026-0461028.

Die Kanzlei Brandhorst in Münster kennt solche Fälle gut; Sie können
aber jede Anwältin und jeden Anwalt wählen.

Mit freundlichen Grüßen
Sven Mattke
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0161
@mail(161, "NORMAL", "de", "internal",
      "trap: HR announcement of the works agreement on occupational reintegration (BEM) for staff; health terms, no person")
def m0161():
    m = new(161, "Personalabteilung <personal@lexvia-rs.example>",
            "alle@lexvia-rs.example",
            "Neue Betriebsvereinbarung BEM ab 1. April",
            when(3, 18, 13, 0))
    m.set_content(B("""
Liebe Kolleginnen und Kollegen,

Personalabteilung und Betriebsrat haben eine neue Betriebs-
vereinbarung zum Betrieblichen Eingliederungsmanagement (BEM)
abgeschlossen. Sie gilt ab 1. April 2026.

Das Wichtigste:
- Wer innerhalb von zwölf Monaten länger als sechs Wochen
  arbeitsunfähig war, bekommt ein BEM-Angebot. Die Teilnahme ist
  freiwillig.
- Diagnosen werden im BEM nicht erfragt. Was Sie freiwillig
  erzählen, bleibt im BEM-Team und kommt nicht in die Personalakte.
- Das BEM-Team besteht aus einer Person der Personalabteilung,
  einem Betriebsratsmitglied und auf Wunsch der Betriebsärztin und
  der Schwerbehindertenvertretung.
- Mögliche Maßnahmen: stufenweise Wiedereingliederung, angepasster
  Arbeitsplatz, Hilfsmittel, andere Arbeitszeiten.

Die Betriebsvereinbarung und ein FAQ finden Sie im Intranet unter
"Personal > Gesundheit".

Ihre Personalabteilung und Ihr Betriebsrat
"""))
    return m


# ---------------------------------------------------------------- 0162
@mail(162, "CONFIDENTIAL", "de", "insurer-to-lawyer",
      "consent to a settlement with severance for a named client (dismissal for operational reasons); amounts")
def m0162():
    m = new(162, "Jana Albrecht <jana.albrecht@lexvia-rs.example>",
            "\"Dr. Katrin Brenner\" <k.brenner@brenner-oyelaran.example>",
            "Eickhoff ./. Hallmann Logistik - Vergleich / S-2026-0402218",
            when(3, 24, 15, 26))
    m.set_content(B("""
Sehr geehrte Frau Dr. Brenner,

danke für den Bericht aus dem Gütetermin vor dem Arbeitsgericht
Köln.

Wir sind mit dem Vergleich in der Sache Ihrer Mandantin Tamara
Eickhoff einverstanden:
- Beendigung zum 31.05.2026 (statt 30.04.)
- Abfindung 14.400 EUR brutto (0,5 Gehälter x 7,5 Jahre, gerundet)
- Freistellung ab 01.04. unter Fortzahlung der Vergütung
- Zeugnis mit der Note "gut"

Die Einigungsgebühr übernehmen wir. Die Kosten des Vergleichs
werden nach dem Verhältnis von Obsiegen und Unterliegen nicht
gequotelt, da in der ersten Instanz jede Seite ihre Kosten trägt.

Bitte senden Sie uns die Schlussrechnung nach Protokollierung.

Mit freundlichen Grüßen
Jana Albrecht
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0163
@mail(163, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
      "cover decision for a named client's dismissal and the criminal investigation for breach of trust and bribery")
def m0163():
    m = new(163, "Lucia Ferreira <lucia.ferreira@lexvia-rs.example>",
            "Fiona Kade <f.kade@morrisonkade.example>",
            "RE: Mr Anders Lindqvist ./. Velora Logistics GmbH - our decision",
            when(10, 30, 12, 14),
            irt=mid(72, "morrisonkade.example"))
    m.set_content(B("""
Dear Ms Kade,

thank you for your detailed request. Our decision for Mr Lindqvist
(policy RS-7730952, claim S-2026-0473018):

1. Labour court action against the summary dismissal: cover
   confirmed for the first instance, value three monthly salaries
   (EUR 28,200).

2. Criminal investigation (public prosecutor Frankfurt, breach of
   trust and bribery in business dealings): both offences can only
   be committed intentionally. Under our general conditions there is
   no cover for the defence against such charges. We therefore cannot
   grant cover at this stage.

   If the investigation is discontinued under section 170(2) of the
   Code of Criminal Procedure, or Mr Lindqvist is acquitted, we will
   reimburse the statutory defence fees retroactively. A
   discontinuance against a payment (section 153a) does not qualify.

We appreciate that the two proceedings are closely linked. Please
keep your time records for the criminal matter separate.

Kind regards,
Lucia Ferreira
International Desk, Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0164
@mail(164, "NORMAL", "en", "internal",
      "new e-mail signature template for all staff; no personal data")
def m0164():
    m = new(164, "Corporate Communications <kommunikation@lexvia-rs.example>",
            "alle@lexvia-rs.example",
            "New e-mail signature - please update by 15 January",
            when(1, 9, 11, 30))
    m.set_content(B("""
Dear colleagues,

with the new year our e-mail signature gets a small update (new
address line, no more fax number, new legal footer). Please update
yours in Outlook by 15 January:

  First name Last name
  Team / function
  Lexvia Rechtsschutzversicherung AG
  Hohenzollernring 88, 50672 Köln
  Phone +49 221 98870-[extension]

  Lexvia Rechtsschutzversicherung AG - Sitz Köln - Amtsgericht
  Köln HRB 99871 - Vorstand: Dr. Ingrid Sauerland (Vorsitzende),
  Matthias Oeljeklaus

No images, no quotes, no pronouns in the legal footer (you may add
them after your name if you like).

Thanks!
Corporate Communications
"""))
    return m


# ---------------------------------------------------------------- 0165
@mail(165, "CONFIDENTIAL", "de", "insurer-to-customer",
      "cover for a named customer's damages claim after a car accident; plate, opposing insurer, nobody hurt")
def m0165():
    m = new(165, "Murat Yıldız <murat.yildiz@lexvia-rs.example>",
            "Sandra Bockholt <sandra.bockholt@web-mail.example>",
            "Ihr Unfall vom 06.02.2026 - Schaden-Nr. S-2026-0413560",
            when(2, 11, 9, 22))
    m.set_content(B("""
Guten Morgen Frau Bockholt,

zu Ihrem Unfall am 06.02.2026 in Bergheim (Kreuzung Kölner Straße /
Zeppelinstraße, Vorfahrtsverstoß des Gegners, zum Glück ist niemand
verletzt worden): Für die Durchsetzung Ihrer Ansprüche gegen den
Haftpflichtversicherer des Unfallgegners (Kennzeichen BM-TK 88)
haben Sie Kostenschutz aus Ihrem Verkehrs-Rechtsschutz RS-4203381.

Ihr Fahrzeug BM-SB 1207 ist laut Werkstatt ein wirtschaftlicher
Totalschaden (Wiederbeschaffungswert 9.800 EUR, Restwert 1.900 EUR).
Bitte beauftragen Sie einen unabhängigen Sachverständigen; dessen
Kosten muss der gegnerische Versicherer tragen.

Viele Grüße
Murat Yıldız
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0166
@mail(166, "STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
      "medical malpractice: named client paraplegic after spine surgery; draft statement of claim as PDF")
def m0166():
    m = new(166, "Kanzlei Weyer Medizinrecht <kanzlei@weyer-medizinrecht.example>",
            "schaden@lexvia-rs.example",
            "Arzthaftung Dr. Faßbender ./. Wirbelsäulenzentrum Rhein-Ahr - Klageentwurf",
            when(6, 22, 17, 3))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

in der Arzthaftungssache Ihres Versicherungsnehmers Dr. Ulrich
Faßbender (Ihr Az. S-2026-0433982) übersenden wir den Entwurf der
Klageschrift an das Landgericht Koblenz mit der Bitte um Deckungs-
zusage für die erste Instanz.

Kurz: Nach einer geplanten Versteifungsoperation an der Lenden-
wirbelsäule im September 2025 ist unser Mandant inkomplett
querschnittgelähmt. Nach dem Gutachten der Gutachterkommission der
Ärztekammer lag ein Behandlungsfehler bei der Schraubenplatzierung
vor; die Aufklärung über das Lähmungsrisiko war unzureichend.

Mit freundlichen Grüßen
Dr. Sabine Weyer
Fachanwältin für Medizinrecht
"""))
    attach(m, make_pdf([
        "# Entwurf - Klage",
        "An das Landgericht Koblenz",
        "",
        "des Herrn Dr. Ulrich Faßbender, Rheinallee 14, 53424 Remagen, Kläger,",
        "gegen die Wirbelsäulenzentrum Rhein-Ahr GmbH, Beklagte zu 1, und Dr. med. Bernd Lichtenthäler, Beklagter zu 2,",
        "wegen Schadensersatz und Schmerzensgeld aus ärztlicher Behandlung. Streitwert: 650.000 EUR.",
        "",
        "Anträge: 1. Schmerzensgeld von mindestens 400.000 EUR; 2. Verdienstausfall 118.000 EUR; 3. Feststellung der Ersatzpflicht "
        "für alle künftigen Schäden.",
        "",
        "Sachverhalt: Der Kläger litt an einer degenerativen Spondylolisthese L4/L5. Am 17.09.2025 führte der Beklagte zu 2 eine "
        "dorsale Spondylodese L4-S1 durch. Dabei wurde die Pedikelschraube L5 links nach medial fehlplatziert und verletzte den "
        "Spinalkanal. Postoperativ bestand eine hochgradige Parese beider Beine sowie eine Blasen- und Mastdarmstörung. Die "
        "Revision erfolgte erst 31 Stunden später. Seitdem ist der Kläger auf einen Rollstuhl angewiesen (ASIA-Grad C).",
        "",
        "Der Kläger, Zahnarzt in eigener Praxis, kann seinen Beruf nicht mehr ausüben.",
    ], title="Klageentwurf Fassbender"), "Klageentwurf_Fassbender_LG_Koblenz.pdf", "application/pdf")
    return m


# ---------------------------------------------------------------- 0167
@mail(167, "NORMAL", "de", "insurer-to-supplier",
      "trap: framework agreement with a pool of medical experts (fee rates for psychiatric, orthopaedic and neurological opinions); no person")
def m0167():
    m = new(167, "Oliver Klasen <oliver.klasen@lexvia-rs.example>",
            "vertrag@gutachterpool-west.example",
            "Rahmenvertrag Sachverständige 2027 - Honorarsätze",
            when(11, 20, 10, 41))
    m.set_content(B("""
Sehr geehrte Frau Dr. Kretschmer,

für den Rahmenvertrag ab 01.01.2027 haben wir Ihre Honorarsätze
geprüft. Einverstanden sind wir mit:

  Psychiatrisches Gutachten (Aktenlage)          1.450 EUR
  Psychiatrisches Gutachten mit Untersuchung     2.600 EUR
  Orthopädisches Gutachten mit Untersuchung      1.900 EUR
  Neurologisches Zusatzgutachten                 1.350 EUR
  Ergänzende Stellungnahme                         420 EUR

Nicht einverstanden sind wir mit der Pauschale für Fahrtkosten
(180 EUR); wir bieten 0,42 EUR/km nach JVEG.

Die Bearbeitungszeit von acht Wochen ab Auftrag halten wir für
angemessen. Gutachten bitte ausschließlich über das Anwaltsportal
bzw. per verschlüsselter Übertragung senden.

Mit freundlichen Grüßen
Oliver Klasen
Einkauf
"""))
    return m


# ---------------------------------------------------------------- 0168
@mail(168, "CONFIDENTIAL", "mixed", "insurer-to-broker",
      "answer to a broker on his named client's service-charge dispute with claim number and lawyer; German with English")
def m0168():
    m = new(168, "Kai-Uwe Lindner <kai-uwe.lindner@lexvia-rs.example>",
            "Daniel Okafor <d.okafor@finanzkontor-rhein.example>",
            "AW: Client Nicole Brandl - tenancy dispute / Mietstreit Status?",
            when(6, 25, 11, 3),
            irt=mid(31, "finanzkontor-rhein.example"))
    m.set_content(B("""
Hallo Herr Okafor,

no problem with the languages :-)

Frau Brandl hat Deckung für den Streit über die Nebenkosten-
abrechnung 2025, Schaden-Nr. S-2026-0449190. Die Unterlagen waren
falsch zugeordnet, sorry dafür. Anwältin ist Frau Langenhorst in
Bonn; die Zusage ist heute an sie und an Frau Brandl rausgegangen.

In short: claim number above, lawyer appointed, the landlord's
claim of EUR 1,870 will be checked item by item.

Viele Grüße
Kai-Uwe Lindner
Maklerbetreuung West
"""))
    return m


# ---------------------------------------------------------------- 0169
@mail(169, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "youth office took the named customer's children into care; her psychiatric illness and clinic stay are described")
def m0169():
    m = new(169, "Jacqueline Behrendt <jacky.behrendt@t-mail.example>",
            "familienrecht@lexvia-rs.example",
            "Jugendamt hat meine Kinder mitgenommen - bitte dringend",
            when(11, 23, 7, 3))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

bitte helfen Sie mir. Ich habe bei Ihnen die Familienrechtsschutz-
Versicherung Nr. RS-5660921.

Ich hatte im Oktober eine schwere depressive Phase mit einer
Psychose und war vier Wochen in der LVR-Klinik Langenfeld. In der
Zeit waren meine Kinder Lea (6) und Ben (3) bei meiner Mutter. Seit
dem 10. November bin ich wieder zu Hause, nehme meine Medikamente
und gehe zur Tagesklinik.

Letzten Donnerstag kam das Jugendamt Solingen mit der Polizei und
hat die Kinder in Obhut genommen, weil eine Nachbarin angerufen hat.
Jetzt soll es einen Termin beim Familiengericht geben wegen
Sorgerecht. Ich habe keinen Anwalt und kein Geld.

Zahlen Sie einen Anwalt für das Familiengericht?

Jacqueline Behrendt
Kuller Str. 14, 42651 Solingen
0177 30 41 992
"""))
    return m


# ---------------------------------------------------------------- 0170
@mail(170, "NORMAL", "de", "newsletter",
      "trap: traffic-law firm newsletter on dashcams, leaving the scene and drug driving in general")
def m0170():
    m = new(170, "Kanzlei am Rathaus <newsletter@kanzlei-am-rathaus.example>",
            "verkehrsrecht@lexvia-rs.example",
            "Verkehrsrecht-Info Mai 2026: Dashcam, Unfallflucht, Cannabis",
            when(5, 8, 8, 5),
            extra=[("Precedence", "bulk")])
    m.set_content(B("""
VERKEHRSRECHT-INFO Mai 2026

Dashcam-Aufnahmen als Beweismittel
Permanente Aufzeichnung ist datenschutzwidrig, die Aufnahmen sind im
Zivilprozess aber regelmäßig verwertbar. Unser Tipp: Kameras mit
Loop-Funktion und Unfallsensor.

Unerlaubtes Entfernen vom Unfallort
Wer nach einem Parkrempler einen Zettel hinter den Scheibenwischer
klemmt und wegfährt, macht sich strafbar. Die Wartezeit richtet sich
nach der Schadenhöhe und der Tageszeit; 30 Minuten sind eine
Faustregel. Bei Sachschäden unter 1.300 EUR kann das Gericht von
Strafe absehen, wenn man sich binnen 24 Stunden meldet.

Cannabis im Straßenverkehr
Der Grenzwert von 3,5 ng/ml THC gilt als Ordnungswidrigkeit. Mischkonsum
mit Alkohol ist für alle verboten.

Kanzlei am Rathaus, Friedrich-Ebert-Platz 4, 51373 Leverkusen
Abmelden: newsletter@kanzlei-am-rathaus.example
"""))
    return m


# ---------------------------------------------------------------- 0171
@mail(171, "CONFIDENTIAL", "en", "lawyer-to-insurer",
      "Munich lawyer reports the improved severance of the named expat customer; salary figures; no special categories")
def m0171():
    m = new(171, "\"Dr. Lisa Hohenadl\" <office@hohenadl-arbeitsrecht.example>",
            "Jana Albrecht <jana.albrecht@lexvia-rs.example>",
            "Whitcombe / Quellbrook Analytics - outcome (your claim S-2026-0426650)",
            when(4, 24, 17, 18))
    m.set_content(B("""
Dear Ms Albrecht,

for your file: after two rounds of negotiation Quellbrook Analytics
GmbH has improved its offer to Mr Whitcombe as follows:

- end of employment 31 July 2026 instead of 30 June
- severance EUR 74,000 gross (previously EUR 58,000)
- garden leave from 15 May with full pay (EUR 9,333 per month)
- pro-rata bonus for 2026 of EUR 8,200
- an excellent reference letter, draft agreed

Mr Whitcombe signed the agreement today. I advised him on the
possible suspension of unemployment benefit; he has a new position
from 1 August, so this is not relevant for him.

Our fee note for the consultation was sent on 27 April. There will
be no further invoice.

Kind regards,
Lisa Hohenadl
Hohenadl Arbeitsrecht, München
"""))
    return m


# ---------------------------------------------------------------- 0172
@mail(172, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "claims handler asks the medical adviser about a named customer's below-knee amputation and walking ability")
def m0172():
    m = new(172, "Corinna Feldhaus <corinna.feldhaus@lexvia-rs.example>",
            "dr.menke.beratungsarzt@lexvia-rs.example",
            "Kurze Frage Akte Demirtaş - Merkzeichen G",
            when(10, 28, 10, 9))
    m.set_content(B("""
Hallo Herr Dr. Menke,

noch eine Nachfrage zu Herrn Yusuf Demirtaş (S-2026-0441907), den
wir am Donnerstag nur kurz besprochen haben:

Nach der Unterschenkelamputation links im Juni 2024 trägt er eine
Prothese, hat aber laut Orthopädietechniker immer wieder Druckstellen
am Stumpf und kann dann tagelang nur mit Unterarmgehstützen laufen.
Dazu kommt ein Diabetes mellitus Typ 2 mit Polyneuropathie an beiden
Füßen. Das Versorgungsamt hat GdB 50 anerkannt, das Merkzeichen G
aber abgelehnt (Gehstrecke "über 2 km in 30 Minuten möglich").

Reichen die wiederkehrenden Stumpfprobleme plus Polyneuropathie aus
Ihrer Sicht für eine hinreichende Erfolgsaussicht? Dann gebe ich die
Klage frei.

Danke und Gruß
Corinna Feldhaus
"""))
    return m


# ---------------------------------------------------------------- 0173
@mail(173, "NORMAL", "mixed", "internal",
      "bilingual team event invitation (Kölsch tasting and city walk)")
def m0173():
    m = new(173, "Lucia Ferreira <lucia.ferreira@lexvia-rs.example>",
            "international-desk@lexvia-rs.example",
            "Teamevent 18.09.: Altstadt-Führung & Kölsch-Tasting / city walk & beer tasting",
            when(8, 28, 15, 2))
    m.set_content(B("""
Hallo zusammen, hi everyone,

unser Teamevent steigt am Freitag, 18. September:

15:00  Treffpunkt Domplatte, Führung "Köln für Zugezogene" (DE/EN)
17:00  Kölsch-Tasting im Brauhaus am Malzmühlchen
19:00  Abendessen, wer mag

Alcohol-free options are available at the tasting, of course, and
nobody has to explain why they skip it. Partners are welcome for
dinner (own cost).

Bitte bis 4. September im Teams-Kanal zusagen.

Lucia
"""))
    return m


# ---------------------------------------------------------------- 0174
@mail(174, "CONFIDENTIAL", "de", "arbitration-board-to-insurer",
      "arbitration board for neighbour disputes sends its fee note naming both neighbours and the failed conciliation")
def m0174():
    m = new(174, "Schiedsamt Much <schiedsamt@gemeinde-much.example>",
            "nachbarrecht@lexvia-rs.example",
            "Schlichtungsverfahren Gerlach ./. Stommel - Gebühren / Erfolglosigkeitsbescheinigung",
            when(6, 10, 11, 27))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

Herr Michael Gerlach, Hauptstraße 61, 53804 Much, hat mir
mitgeteilt, dass Sie als sein Rechtsschutzversicherer die Kosten des
obligatorischen Schlichtungsverfahrens nach dem Gütestellen- und
Schlichtungsgesetz NRW übernehmen.

Im Verfahren gegen Herrn Heinz Stommel, Hauptstraße 59, wegen
Rückschnitt einer Hecke und Beseitigung eines Walnussbaums an der
Grundstücksgrenze fand am 08.06.2026 die Schlichtungsverhandlung
statt. Eine Einigung kam nicht zustande; die Erfolglosigkeits-
bescheinigung wurde beiden Parteien ausgehändigt.

Gebühren nach dem Schiedsamtsgesetz:
  Gebühr für das Schlichtungsverfahren     50,00 EUR
  Schreibauslagen und Porto                 12,40 EUR
  Summe                                     62,40 EUR

Bitte überweisen Sie den Betrag auf das Konto der Gemeindekasse
Much unter Angabe "Schiedsamt 14/2026".

Mit freundlichen Grüßen
Brigitte Hombach
Schiedsfrau des Schiedsamtsbezirks Much
"""))
    return m


# ---------------------------------------------------------------- 0175
@mail(175, "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "named customer after breast cancer surgery and chemotherapy asks cover for a disability-status appeal")
def m0175():
    m = new(175, "Karen O'Sullivan <karen.osullivan@me-mail.example>",
            "sozialrecht@lexvia-rs.example",
            "Appeal - degree of disability after cancer treatment (RS-7391006)",
            when(3, 6, 14, 49))
    m.set_content(B("""
Dear Lexvia team,

last year I was treated for breast cancer (left side): surgery in
May 2025, then chemotherapy until October and radiotherapy until
December. I am now on anti-hormone therapy for five years and still
suffer from fatigue and nerve pain in my hands and feet.

I applied to the Versorgungsamt in Cologne for a degree of
disability. They granted 40, but my oncologist says that during the
"period of healing" (Heilungsbewährung) it should be at least 50.
I would like to appeal and, if needed, go to court.

My policy is RS-7391006 and I believe I added the social-law
module in 2024. Could you confirm cover and recommend a lawyer who
can correspond in English?

With thanks,
Karen O'Sullivan
Dürener Straße 215, 50931 Köln
"""))
    return m


# ---------------------------------------------------------------- 0176
@mail(176, "NORMAL", "de", "internal",
      "trap: sickness-absence rates per department (aggregated, small teams merged) for the health report")
def m0176():
    m = new(176, "Personalcontrolling <personalcontrolling@lexvia-rs.example>",
            "Betriebsrat Lexvia <betriebsrat@lexvia-rs.example>",
            "Gesundheitsbericht 2025: Krankenstand nach Bereichen",
            when(2, 25, 14, 2))
    m.set_content(B("""
Liebe Kolleginnen und Kollegen des Betriebsrats,

wie vereinbart die Krankenstandsquoten 2025 für den Gesundheits-
bericht. Bereiche mit weniger als 15 Beschäftigten sind
zusammengefasst; Einzelpersonen lassen sich nicht erkennen.

  Bereich                       Köpfe   Krankenstand   Vorjahr
  Schaden Arbeitsrecht             48       6,1 %        5,8 %
  Schaden Verkehr/Strafrecht       41       5,4 %        5,9 %
  Schaden Sozial/Familie/Erbe      37       7,2 %        6,0 %
  Schaden Miete/Nachbar/Vertrag    44       5,9 %        6,3 %
  Kundenservice                    62       8,4 %        7,7 %
  IT                               39       3,2 %        3,5 %
  Übrige (zusammengefasst)         71       4,6 %        4,9 %
  Gesamt                          342       6,0 %        5,9 %

Langzeiterkrankungen über sechs Wochen: 23 Fälle (Vorjahr 19).
Psychische Erkrankungen sind nach Auskunft der Krankenkassen-
Auswertung (anonym, ab 50 Versicherten) weiterhin die häufigste
Ursache für lange Ausfallzeiten.

Viele Grüße
Personalcontrolling
"""))
    return m


# ---------------------------------------------------------------- 0177
@mail(177, "CONFIDENTIAL", "de", "insurer-to-customer",
      "premium certificate for the tax return with the named customer's tax ID, contract and premiums")
def m0177():
    m = new(177, "Lexvia Beitragsservice <beitragsservice@lexvia-rs.example>",
            '"Dr. Miriam Scholten" <m.scholten@online-post.example>',
            "Beitragsbescheinigung 2025 für Ihre Steuererklärung",
            when(2, 2, 10, 55))
    m.set_content(B("""
Sehr geehrte Frau Dr. Scholten,

wie gewünscht bestätigen wir Ihnen die im Jahr 2025 gezahlten
Beiträge:

  Versicherungsnehmerin:   Dr. Miriam Scholten
  Steuer-ID:               47 118 520 933
  Vertrag:                 RS-0592874
  Bausteine:               Privat-RS 142,80 EUR
                           Berufs-RS (nichtselbständig) 96,60 EUR
                           Verkehrs-RS 61,20 EUR
  Summe 2025:              300,60 EUR

Den Anteil für den Berufs-Rechtsschutz (96,60 EUR) können Sie in
der Regel als Werbungskosten geltend machen. Bitte stimmen Sie das
mit Ihrer Steuerberatung ab.

Mit freundlichen Grüßen
Beitragsservice
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0178
@mail(178, "NORMAL", "en", "insurer-to-partner",
      "trap: answer to a journalist with aggregated figures on criminal defence, care-grade and disability disputes")
def m0178():
    m = new(178, "Press Office Lexvia <presse@lexvia-rs.example>",
            "Hannah Meyer-Lund <h.meyerlund@finance-weekly.example>",
            "RE: Your questions on legal expenses claims trends",
            when(9, 11, 16, 30),
            irt="<fw-hml-0909-2026@finance-weekly.example>")
    m.set_content(B("""
Dear Ms Meyer-Lund,

thank you for your questions. Please find our answers below; you may
quote them attributed to "a spokesperson for Lexvia".

1. Criminal defence: claims rose by 8 % in 2025, mainly negligent
   bodily injury in traffic. Drink-driving cases stayed stable at
   about 200 a year.

2. Social security: disputes about care grades grew by about a third
   in two years. We see many families who challenge assessments made
   by telephone. Disputes about the degree of disability are stable.

3. Employment: dismissals in the automotive supply industry were the
   biggest driver in the first half of 2026.

We do not comment on individual cases. Our CEO, Dr. Ingrid
Sauerland, is available for a 20-minute phone interview next week.

Best regards,
Press Office, Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0179
@mail(179, "STRICTLY_CONFIDENTIAL", "mixed", "lawyer-to-insurer",
      "update on the named pregnant client's case: hospital admission for pregnancy complications; English with German terms")
def m0179():
    m = new(179, "Fiona Kade <f.kade@morrisonkade.example>",
            "Jana Albrecht <jana.albrecht@lexvia-rs.example>",
            "Osei-Bonsu ./. Halvorsen Marine Software - hearing postponed (Terminsverlegung)",
            when(7, 3, 10, 16),
            irt=mid(13, "lexvia-rs.example"))
    m.set_content(B("""
Dear Ms Albrecht,

a short update on Ms Amara Osei-Bonsu (your claim S-2026-0440217).

The Kammertermin before the Arbeitsgericht Frankfurt on 9 July has
been postponed (Terminsverlegung) at our request. Ms Osei-Bonsu was
admitted to the Bürgerhospital on 29 June with pre-eclampsia and
must stay on bed rest until the birth; her gynaecologist has issued
a complete work ban (Beschäftigungsverbot) under the Maternity
Protection Act.

The employer's lawyers have signalled interest in a settlement
(Vergleich): withdrawal of the notice, continued employment after
parental leave and a payment of EUR 6,000 for the distress caused.
We will discuss this with our client once she is able to.

Kind regards / Mit freundlichen Grüßen
Fiona Kade
Morrison Kade LLP
"""))
    return m


# ---------------------------------------------------------------- 0180
@mail(180, "NORMAL", "de", "supplier-to-insurer",
      "trap: archive supplier's invoice for storing criminal and medical file boxes, with the supplier's company IBAN")
def m0180():
    m = new(180, "AktenWolf Datenvernichtung GmbH <rechnung@aktenwolf-datenvernichtung.example>",
            "kreditoren@lexvia-rs.example",
            "Rechnung 2026-30417 - Vernichtung Archivbestände KW 12",
            when(3, 27, 6, 40),
            extra=[("Auto-Submitted", "auto-generated")])
    m.set_content(B("""
Sehr geehrte Damen und Herren,

für die Vernichtung gemäß Ihrer Bestellung vom 04.03.2026 berechnen
wir:

  68 Archivkartons Schadenakten Strafrecht/OWi     à 6,90    469,20 EUR
  41 Archivkartons Schadenakten Sozialrecht        à 6,90    282,90 EUR
  12 Festplatten, physische Zerstörung H-5         à 14,00   168,00 EUR
  Anfahrt Köln                                               45,00 EUR
  Nettobetrag                                               965,10 EUR
  19 % USt                                                  183,37 EUR
  Rechnungsbetrag                                         1.148,47 EUR

Das Vernichtungsprotokoll mit den Plombennummern liegt Ihrem
Hausdienst vor.

Zahlbar innerhalb von 14 Tagen ohne Abzug auf unser Konto:
AktenWolf Datenvernichtung GmbH, IBAN DE26 6403 7975 9876 0799 97

AktenWolf Datenvernichtung GmbH, Robert-Bosch-Str. 7, 50769 Köln
HRB 70112 Amtsgericht Köln, USt-IdNr. DE 318 447 205
"""))
    return m


# ---------------------------------------------------------------- 0181
@mail(181, "NORMAL", "de", "internal",
      "trap: a labour court's press release on dismissal and illness-related cases forwarded as an attached message; no persons")
def m0181():
    inner = new(181, "Pressestelle Arbeitsgericht Köln <pressestelle@arbg-koeln.justiz-nrw.example>",
                "presseverteiler@arbg-koeln.justiz-nrw.example",
                "Pressemitteilung 3/2026: Geschäftsentwicklung 2025",
                when(2, 13, 11, 0),
                msgid=mid(181, "arbg-koeln.justiz-nrw.example", "fwd"))
    inner.set_content(B("""
Pressemitteilung 3/2026 - Arbeitsgericht Köln

Geschäftsentwicklung 2025

Beim Arbeitsgericht Köln gingen im Jahr 2025 insgesamt 11.408 neue
Klagen ein (2024: 10.377). Den größten Anteil hatten wie in den
Vorjahren Kündigungsschutzklagen (5.204). Auffällig ist der Anstieg
bei Streitigkeiten über krankheitsbedingte Kündigungen und über die
Entgeltfortzahlung im Krankheitsfall (+14 %).

73 % der Verfahren wurden durch Vergleich erledigt, 9 % durch
streitiges Urteil. Die durchschnittliche Verfahrensdauer betrug
3,1 Monate.

Die Präsidentin des Arbeitsgerichts
"""))
    m = new(181, "\"Dr. Helene Brückner\" <helene.brueckner@lexvia-rs.example>",
            "team-arbeitsrecht@lexvia-rs.example",
            "WG: Pressemitteilung ArbG Köln - Zahlen 2025",
            when(2, 16, 8, 14))
    m.set_content(B("""
Zur Info, passt zu unserer Schulung nächste Woche. Die Zahlen zu den
krankheitsbedingten Kündigungen decken sich mit unserem Eingang.

Helene
"""))
    attach_mail(m, inner)
    return m


# ---------------------------------------------------------------- 0182
@mail(182, "STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
      "body is a bare cover note; the ZIP contains a DOCX statement of claim and a CSV of sick-leave periods with diagnoses")
def m0182():
    m = new(182, "RAin Selin Akgül <kanzlei@akguel-sozialrecht.example>",
            "sozialrecht@lexvia-rs.example",
            "Klage SG Dortmund - Entwurf zur Kenntnis",
            when(9, 3, 18, 2))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

anbei wie besprochen der Klageentwurf samt Anlage als ZIP-Datei zu
Ihrer Akte S-2026-0462905.

Mit freundlichen Grüßen
Selin Akgül
Rechtsanwältin
"""))
    klage = make_docx([
        ("h", "Klage"),
        ("p", "An das Sozialgericht Dortmund"),
        ("p", "In dem Rechtsstreit Karl-Heinz Pogorzelski, Mallinckrodtstraße 190, 44147 Dortmund, Kläger, gegen die "
              "Knappschaft-Bahn-See, Beklagte, wegen Krankengeld."),
        ("p", "Der Kläger ist seit dem 18.11.2025 wegen einer koronaren Herzkrankheit mit Zustand nach Stentimplantation und "
              "einer anschließenden Anpassungsstörung arbeitsunfähig. Die Beklagte hat die Krankengeldzahlung zum 31.05.2026 "
              "eingestellt, weil zwischen zwei Arbeitsunfähigkeitsbescheinigungen eine Lücke von einem Tag bestanden habe."),
        ("p", "Die Lücke beruht darauf, dass die Hausarztpraxis am Brückentag geschlossen war; der Kläger hat sich am "
              "nächsten Werktag vorgestellt. Nach der Rechtsprechung des BSG ist dies unschädlich."),
        ("p", "Anlage K1: Übersicht der Arbeitsunfähigkeitszeiten"),
    ], author="Kanzlei Akgül")
    au = B("""
von;bis;Arzt;Diagnose (ICD-10)
18.11.2025;05.12.2025;Klinikum Dortmund, Kardiologie;I21.4 NSTEMI, Stent RIVA
06.12.2025;31.01.2026;Dr. Tarnowski (Hausarzt);I25.11, Z95.5
01.02.2026;14.05.2026;Dr. Tarnowski (Hausarzt);I25.11, F43.2 Anpassungsstörung
16.05.2026;laufend;Dr. Tarnowski (Hausarzt);I25.11, F43.2
""")
    attach(m, make_zip([
        ("Klageentwurf_Pogorzelski.docx", klage),
        ("Anlage_K1_AU-Zeiten.csv", au),
    ]), "SG_Dortmund_Pogorzelski.zip", "application/zip")
    return m


# ---------------------------------------------------------------- 0183
@mail(183, "CONFIDENTIAL", "de", "insurer-to-customer",
      "cover for a named customer's dispute about a neighbour's garage on the boundary; iso-8859-1")
def m0183():
    m = new(183, "Tobias Reinholz <tobias.reinholz@lexvia-rs.example>",
            "Gregor Thelen <gregor.thelen@netmail-rhein.example>",
            "Grenzgarage Ihres Nachbarn - Kostenschutz S-2026-0442861",
            when(5, 15, 13, 12))
    m.set_content(B("""
Sehr geehrter Herr Thelen,

Ihr Nachbar, Herr Wolfgang Esser, hat auf dem Grundstück
Kirchstraße 23 in Erftstadt eine Doppelgarage mit 3,40 m Wandhöhe
direkt an die Grenze zu Ihrem Garten gebaut. Sie halten das für
unzulässig (§ 6 BauO NRW erlaubt 3 m) und möchten Beseitigung bzw.
Rückbau verlangen.

Aus Ihrem Vertrag RS-2870054 (Wohnungs- und Grundstücks-
Rechtsschutz) erteilen wir Kostenschutz für die außergerichtliche
Vertretung gegen Herrn Esser und für einen Antrag auf bauaufsicht-
liches Einschreiten beim Rhein-Erft-Kreis. Das vorgeschriebene
Schlichtungsverfahren vor dem Schiedsamt ist ebenfalls versichert.

Mit freundlichen Grüßen
Tobias Reinholz
Lexvia Rechtsschutzversicherung AG
"""), charset="iso-8859-1")
    return m


# ---------------------------------------------------------------- 0184
@mail(184, "NORMAL", "mixed", "internal",
      "bilingual change notice: enforced TLS and S/MIME for partner law firms' domains; no personal data")
def m0184():
    m = new(184, "IT Security <it-security@lexvia-rs.example>",
            "alle-schaden@lexvia-rs.example",
            "Change CHG-2211: verschlüsselte Mails an Kanzleien / encrypted mail to law firms",
            when(10, 12, 16, 48))
    m.set_content(B("""
[DE]
Ab Montag, 19.10., erzwingt unser Mail-Gateway TLS für alle
Partnerkanzleien. Für 142 Kanzleien mit Domänenzertifikat wird
zusätzlich automatisch S/MIME verwendet. Kanzleien ohne TLS erhalten
Mails mit sensiblen Inhalten nur noch über das Anwaltsportal
(Benachrichtigung per Mail, Inhalt im Portal). Sie müssen nichts tun.

[EN]
From Monday, 19 October, our mail gateway enforces TLS for all panel
law firms; 142 firms with a domain certificate get S/MIME
automatically. Firms without TLS will receive sensitive mail via the
lawyer portal only. No action needed on your side.

Fragen / questions: it-security@lexvia-rs.example
"""))
    return m


# ---------------------------------------------------------------- 0185
@mail(185, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "phone mail: driving licence withdrawn after an epileptic seizure at the wheel; medication and neurologist")
def m0185():
    m = new(185, "Patrick Sommerfeld <p.sommerfeld@mailwerk.example>",
            "verkehrsrecht@lexvia-rs.example",
            "führerschein weg - epilepsie",
            when(7, 24, 12, 58),
            extra=[("X-Mailer", "Android Mail")])
    m.set_content(B("""
hallo

ich hatte im april am steuer einen krampfanfall, bin in eine hecke gefahren, zum glück ist nichts weiter passiert. im krankenhaus wurde dann epilepsie festgestellt, ich nehme seitdem levetiracetam und bin seit 3 monaten anfallsfrei. jetzt hat mir die führerscheinstelle kreis mettmann die fahrerlaubnis entzogen und will erst nach einem jahr anfallsfreiheit und einem gutachten vom neurologen wieder reden. ich bin handwerker und brauche das auto

kann ich dagegen vorgehen und zahlt ihr das? vertrag RS-5148037

patrick sommerfeld, velbert
"""))
    return m


# ---------------------------------------------------------------- 0186
@mail(186, "NORMAL", "de", "insurer-to-lawyer",
      "trap: blank release-from-confidentiality form (DOCX) with empty fields for name, birth date and doctors, sent to all partner firms")
def m0186():
    m = new(186, "Lexvia Anwaltsnetzwerk <anwaltsnetzwerk@lexvia-rs.example>",
            "partnerkanzleien@lexvia-rs.example",
            "Neues Formular: Schweigepflichtentbindung für Sozialrechtsfälle (Blanko)",
            when(4, 6, 10, 20),
            extra=[("Precedence", "bulk")])
    m.set_content(B("""
Sehr geehrte Partnerkanzleien,

anbei das überarbeitete Blankoformular zur Schweigepflicht-
entbindung, das Sie Ihren Mandantinnen und Mandanten in
Sozialrechtsfällen vorlegen können, wenn wir für die Deckungs-
prüfung ausnahmsweise medizinische Unterlagen benötigen.

Neu ist die Möglichkeit, die Entbindung auf einzelne Ärztinnen und
Ärzte und einen Zeitraum zu beschränken.

Mit freundlichen Grüßen
Lexvia Anwaltsnetzwerk
"""))
    attach(m, make_docx([
        ("h", "Erklärung zur Entbindung von der Schweigepflicht"),
        ("p", "Versicherte Person: Name, Vorname ______________________  geb. am ____________"),
        ("p", "Versicherungsschein-Nr.: ____________  Schaden-Nr.: ____________"),
        ("p", "Ich entbinde die folgenden Ärztinnen/Ärzte, Krankenhäuser und Therapeutinnen/Therapeuten von ihrer "
              "Schweigepflicht gegenüber der Lexvia Rechtsschutzversicherung AG, soweit dies für die Prüfung der "
              "Erfolgsaussichten in dem oben genannten Rechtsschutzfall erforderlich ist:"),
        ("t", [["Name / Einrichtung", "Fachrichtung", "Zeitraum der Behandlung"],
               ["", "", ""], ["", "", ""], ["", "", ""]]),
        ("p", "Die Entbindung gilt nur für Unterlagen aus dem angegebenen Zeitraum. Ich kann sie jederzeit widerrufen."),
        ("p", "Ort, Datum ______________________   Unterschrift ______________________"),
    ], author="Lexvia Anwaltsnetzwerk"), "Schweigepflichtentbindung_Sozialrecht_blanko.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    return m


# ---------------------------------------------------------------- 0187
@mail(187, "CONFIDENTIAL", "en", "insurer-to-customer",
      "reply to the named customer on unpaid wages: cover, deadline; salary only in the quote")
def m0187():
    m = new(187, "Lucia Ferreira <lucia.ferreira@lexvia-rs.example>",
            "Tiago Martins <tiago.martins@fastpost.example>",
            "RE: Unpaid salary for two months - can you help? RS-2286041",
            when(7, 17, 14, 26),
            irt=mid(154, "fastpost.example"))
    m.set_content(B("""
Dear Mr Martins,

yes, a claim for unpaid salary is covered by your employment module.
Your claim number is S-2026-0459920.

Please take the deadline in your contract seriously: if it requires
you to claim in writing within three months of the due date, the
May salary (due 31 May) must be claimed in writing by 31 August. A
lawyer can send that letter this week. Because your employer may be
in financial difficulty, the lawyer may also advise you on
insolvency benefit from the employment agency.

Kind regards,
Lucia Ferreira
Lexvia Rechtsschutzversicherung AG

> I work as a sous-chef at Restaurant Goldener Anker (owner
> Mr Horst Wieland) in Düsseldorf-Oberkassel. My contract says
> EUR 3,250 gross per month. The salaries for May and June have not
> been paid
"""))
    return m


# ---------------------------------------------------------------- 0188
@mail(188, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "body mentions only 'repayment status'; the ODS lists named customers convicted of intentional offences and amounts reclaimed")
def m0188():
    m = new(188, "Frank Deppe <frank.deppe@lexvia-rs.example>",
            "Murat Yıldız <murat.yildiz@lexvia-rs.example>",
            "Stand Rückforderungen Q3",
            when(10, 7, 9, 50))
    m.set_content(B("""
Hi Murat,

anbei der Stand der Rückforderungen zum 30.09. Bei zwei Fällen
läuft die Ratenzahlung nicht; kannst du kurz draufschauen, bevor
die Akten ans Inkasso gehen?

Gruß Frank
"""))
    attach(m, make_ods([
        ("Rueckforderungen Q3", [
            ["Schaden-Nr.", "VN", "Urteil", "Delikt", "Rückforderung EUR", "gezahlt EUR", "Status"],
            ["S-2025-0371188", "Dennis Brückmann", "AG Köln 28.02.2026", "vorsätzliche Trunkenheit im Verkehr, 1,72 Promille", 2140.55, 2140.55, "erledigt"],
            ["S-2025-0380903", "Tanja Osterloh", "AG Bonn 11.03.2026", "vorsätzliche Körperverletzung", 1688.10, 600.0, "Raten 100 EUR"],
            ["S-2025-0392255", "Jürgen Maaßen", "AG Düren 02.06.2026", "Trunkenheit im Verkehr (Vorsatz), Fahrerlaubnis entzogen", 1974.30, 0.0, "Raten ausgesetzt"],
            ["S-2026-0401876", "Oksana Lewandowska", "AG Siegburg 15.07.2026", "Untreue", 3312.00, 0.0, "Mahnung 2"],
        ]),
    ]), "Rueckforderungen_Q3_2026.ods", "application/vnd.oasis.opendocument.spreadsheet")
    return m


# ---------------------------------------------------------------- 0189
@mail(189, "NORMAL", "de", "newsletter",
      "trap: invitation to a social-court conference on disability and care law with a calendar file")
def m0189():
    m = new(189, "Deutscher Sozialrechtstag <tagung@sozialrechtstag.example>",
            "corinna.feldhaus@lexvia-rs.example",
            "Einladung: 12. Sozialrechtstag - Schwerbehinderung, Pflege, Erwerbsminderung",
            when(8, 14, 9, 0),
            extra=[("Precedence", "bulk")])
    m.set_content(B("""
Sehr geehrte Damen und Herren,

wir laden Sie herzlich zum 12. Sozialrechtstag ein:

  Donnerstag, 12. November 2026, 9:30-17:00 Uhr
  Kongresszentrum Kassel, Holger-Börner-Platz 1

Foren:
  A  Grad der Behinderung bei psychischen Erkrankungen
  B  Pflegegrad: Begutachtung per Telefon und Video
  C  Erwerbsminderungsrente und Long-COVID
  D  Teilhabe und Eingliederungshilfe für Kinder mit Behinderung

Teilnahmebeitrag 190 EUR, für Mitglieder 140 EUR. Der
Kalendereintrag liegt bei.

Mit freundlichen Grüßen
Geschäftsstelle Sozialrechtstag e.V.
"""))
    attach(m, B("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Sozialrechtstag//Tagung//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:sozialrechtstag-2026@sozialrechtstag.example
DTSTAMP:20260814T070000Z
DTSTART;TZID=Europe/Berlin:20261112T093000
DTEND;TZID=Europe/Berlin:20261112T170000
SUMMARY:12. Sozialrechtstag
LOCATION:Kongresszentrum Kassel
END:VEVENT
END:VCALENDAR
"""), "Sozialrechtstag_2026.ics", "text/calendar")
    return m


# ---------------------------------------------------------------- 0190
@mail(190, "CONFIDENTIAL", "de", "lawyer-to-insurer",
      "condominium dispute of a named owner over a special levy; unit, amounts; no special categories")
def m0190():
    m = new(190, "\"RA Jörg Tiedemann\" <j.tiedemann@wtp-recht.example>",
            "mietrecht@lexvia-rs.example",
            "WEG-Beschlussanfechtung Hecker / Ihr Az. S-2026-0468344",
            when(9, 18, 15, 33))
    m.set_content(B("""
Sehr geehrte Damen und Herren,

unsere Mandantin, Ihre Versicherungsnehmerin Frau Annegret Hecker,
ist Eigentümerin der Wohnung Nr. 7 in der Wohnungseigentümer-
gemeinschaft Beethovenallee 41, 53173 Bonn (Miteigentumsanteil
84/1000).

Die Eigentümerversammlung vom 27.08.2026 hat eine Sonderumlage von
312.000 EUR für die Fassadensanierung beschlossen, ohne dass drei
Vergleichsangebote vorlagen. Auf unsere Mandantin entfallen
26.208 EUR, fällig in zwei Raten.

Wir bitten um Deckungszusage für die Anfechtungsklage vor dem
Amtsgericht Bonn (Frist: 27.09.2026).

Mit freundlichen Grüßen
Jörg Tiedemann
Rechtsanwalt, Fachanwalt für Miet- und WEG-Recht
"""))
    return m


# ---------------------------------------------------------------- 0191
@mail(191, "NORMAL", "mixed", "auto-reply",
      "bilingual out-of-office reply of a law firm; subject without names or file numbers")
def m0191():
    m = new(191, "Nadja Grünewald <ng@gruenewald-arbeitsrecht.example>",
            "arbeitsrecht@lexvia-rs.example",
            "Automatische Antwort: Deckungszusage",
            when(8, 10, 9, 31),
            extra=[("Auto-Submitted", "auto-replied"),
                   ("X-Auto-Response-Suppress", "All")])
    m.set_content(B("""
Vielen Dank für Ihre Nachricht. Ich bin bis 21. August im Urlaub.
Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden
Sie sich bitte an mein Sekretariat: 0211 55 40 19-0.

Thank you for your message. I am on holiday until 21 August. Your
e-mail will not be forwarded. For urgent matters please call my
office: +49 211 55 40 19-0.

Nadja Grünewald, Rechtsanwältin
"""))
    return m


# ---------------------------------------------------------------- 0192
@mail(192, "STRICTLY_CONFIDENTIAL", "en", "lawyer-to-insurer",
      "follow-up: penal order against the named customer for drunk driving with licence ban; asks cover for the objection")
def m0192():
    m = new(192, "Oliver Pembridge <o.pembridge@morrisonkade.example>",
            "strafrecht@lexvia-rs.example",
            "Mr Gareth Lloyd-Evans - penal order received, objection (Einspruch)",
            when(10, 21, 11, 48),
            irt=mid(30, "morrisonkade.example"))
    m.set_content(B("""
Dear Sirs,

further to our letter of 18 August: the Cologne local court has
issued a penal order (Strafbefehl) against our client, Mr Gareth
Lloyd-Evans, for negligent drunk driving (section 316(2) Criminal
Code): 40 daily units of EUR 85 and withdrawal of his licence with a
ban of nine months before a new licence may be issued.

We intend to lodge an objection, limited to the length of the ban.
Our client has since completed a traffic-psychology course and
abstinence checks (four negative urine tests) which we will submit.

Please confirm that your cover extends to the objection and a trial.
We note that the conviction is for negligence, so no repayment
would arise.

Yours faithfully,
Oliver Pembridge
Morrison Kade LLP
"""))
    return m


# ---------------------------------------------------------------- 0193
@mail(193, "CONFIDENTIAL", "de", "insurer-to-customer",
      "named customer's car damaged by an unknown hit-and-run driver: claim against the road accident victims' fund; no injuries")
def m0193():
    m = new(193, "Murat Yıldız <murat.yildiz@lexvia-rs.example>",
            "Vanessa Kürten <vanessa.kuerten@webpost.example>",
            "Parkschaden durch Unbekannt - Verkehrsopferhilfe",
            when(11, 26, 15, 4))
    m.set_content(B("""
Hallo Frau Kürten,

Ihr geparkter Wagen (K-VK 2904) wurde in der Nacht zum 21.11. in der
Lindenthaler Straße von einem unbekannten Fahrzeug gerammt; der
Verursacher ist geflüchtet, verletzt wurde niemand. Die Polizei hat
die Anzeige gegen Unbekannt aufgenommen, Zeugen gibt es keine.

Weil der Verursacher nicht ermittelt werden kann, kommt ein Anspruch
gegen die Verkehrsopferhilfe in Betracht. Sie zahlt bei reinen
Sachschäden am Fahrzeug allerdings nur eingeschränkt (Selbstbehalt
500 EUR). Bei einem Schaden von rund 2.300 EUR lohnt sich das
trotzdem.

Für die anwaltliche Geltendmachung haben Sie Kostenschutz aus Ihrem
Vertrag RS-3059216 (Schaden-Nr. S-2026-0476630). Ihre Vollkasko
wäre die Alternative; das hängt von Ihrer Schadenfreiheitsklasse ab.

Viele Grüße
Murat Yıldız
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0194
@mail(194, "NORMAL", "de", "internal",
      "works council invitation to the staff assembly; no personal data")
def m0194():
    m = new(194, "Betriebsrat Lexvia <betriebsrat@lexvia-rs.example>",
            "alle@lexvia-rs.example",
            "Einladung Betriebsversammlung 10. September",
            when(8, 27, 13, 15))
    m.set_content(B("""
Liebe Kolleginnen und Kollegen,

der Betriebsrat lädt ein zur Betriebsversammlung am

  Donnerstag, 10. September 2026, 10:00 Uhr, Saal "Rhein"
  (Stream für mobile Kolleginnen und Kollegen)

Tagesordnung:
1. Bericht des Betriebsrats
2. Bericht des Vorstands (Dr. Sauerland)
3. Portal 2.0 und Auswirkungen auf die Arbeitsplätze im Schaden
4. Mobiles Arbeiten: Evaluation der Betriebsvereinbarung
5. Verschiedenes

Die Teilnahme ist Arbeitszeit.

Euer Betriebsrat
"""))
    return m


# ---------------------------------------------------------------- 0195
@mail(195, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "victim cover for a named customer injured by a drunk driver: her injuries and the driver's criminal case")
def m0195():
    m = new(195, "Lukas Pfeiffer <lukas.pfeiffer@lexvia-rs.example>",
            "Ilse Marquardt <ilse.marquardt@t-mail.example>",
            "Nebenklage und Schmerzensgeld - Ihr Unfall vom 19.09.",
            when(10, 16, 10, 37))
    m.set_content(B("""
Sehr geehrte Frau Marquardt,

wir hoffen, es geht Ihnen inzwischen besser.

Sie wurden am 19.09.2026 als Fußgängerin auf dem Zebrastreifen an
der Neusser Straße von einem Pkw erfasst. Sie haben einen
Oberschenkelhalsbruch links und eine Gehirnerschütterung erlitten,
wurden im St.-Vinzenz-Hospital operiert (Hüftprothese) und sind
derzeit in der Anschlussheilbehandlung in Bad Honnef. Der Fahrer,
Herr Sven-Ole Rademacher, hatte nach dem Bericht der Polizei
1,4 Promille; die Staatsanwaltschaft hat Anklage wegen fahrlässiger
Körperverletzung und Gefährdung des Straßenverkehrs erhoben.

Aus Ihrem Vertrag RS-0712483 übernehmen wir:
- die Kosten Ihrer Anwältin als Nebenklagevertreterin im
  Strafverfahren (Opfer-Rechtsschutz),
- die Geltendmachung von Schmerzensgeld, Haushaltsführungsschaden
  und Zuzahlungen gegenüber dem Haftpflichtversicherer.

Schaden-Nr.: S-2026-0471299. Eine Selbstbeteiligung fällt nicht an.

Gute Besserung und freundliche Grüße
Lukas Pfeiffer
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0196
@mail(196, "NORMAL", "en", "newsletter",
      "trap: reinsurer's market report on mental-health-related employment disputes and criminal defence costs, aggregated")
def m0196():
    m = new(196, "Nordhafen Re Insights <insights@nordhafen-re.example>",
            "henrik.lauterbach@lexvia-rs.example",
            "Nordhafen Re Insights: Mental health is reshaping employment claims",
            when(11, 13, 8, 0),
            extra=[("Precedence", "bulk"),
                   ("List-Unsubscribe", "<https://nordhafen-re.example/insights/unsubscribe>")])
    m.set_content(B("""
NORDHAFEN RE INSIGHTS | Legal Expenses | November 2026

MENTAL HEALTH IS RESHAPING EMPLOYMENT CLAIMS
Across our German legal expenses portfolio, employment disputes in
which depression, burnout or anxiety disorders play a role have
grown from 9 % to 16 % of employment claims since 2021. They last
longer (median 7.4 vs. 4.1 months) and cost 38 % more, mainly
because of expert opinions and reintegration disputes.

CRIMINAL DEFENCE: THE COST OF EXPERTS
Accident reconstruction and toxicology reports now make up a third
of criminal defence costs in traffic cases.

WHAT WE RECOMMEND
- early mediation offers in reintegration conflicts
- panel-lawyer fee agreements with caps for expert-heavy cases

All figures are portfolio aggregates of six cedants; no
claim-level data is shared.

Nordhafen Re AG, Am Sandtorkai 50, 20457 Hamburg
Unsubscribe: https://nordhafen-re.example/insights/unsubscribe
"""))
    return m


# ---------------------------------------------------------------- 0197
@mail(197, "CONFIDENTIAL", "mixed", "customer-to-insurer",
      "customer asks to add her newborn to the family policy: child's name and birth date, policy number; no health content")
def m0197():
    m = new(197, "Sophie Marchetti <sophie.marchetti@me-mail.example>",
            "vertrag@lexvia-rs.example",
            "Baby mitversichern? / add our baby to the policy - RS-2018873",
            when(11, 30, 20, 41))
    m.set_content(B("""
Hallo Lexvia-Team,

wir haben Nachwuchs bekommen! Unsere Tochter Elena Marchetti-Brandt
ist am 08.11.2026 geboren. Bitte nehmt sie in unseren
Familien-Rechtsschutz RS-2018873 auf, falls das nicht automatisch
passiert.

Also, my partner Jonas Brandt (born 14.02.1990) moved in with us
in October - is he covered as well, or do we have to change the
policy to "family with partner"? Please let me know if the premium
changes.

Danke & liebe Grüße
Sophie Marchetti
Sülzburgstraße 148, 50937 Köln
"""))
    return m


# ---------------------------------------------------------------- 0198
@mail(198, "NORMAL", "de", "internal",
      "trap: minutes of a case conference with fully anonymised cases (illness-related dismissal, care grade), no names or numbers")
def m0198():
    m = new(198, "Jana Albrecht <jana.albrecht@lexvia-rs.example>",
            "team-arbeitsrecht@lexvia-rs.example",
            "Protokoll Fallkonferenz 19.11. (anonymisiert)",
            when(11, 20, 14, 18))
    m.set_content(B("""
Hallo zusammen,

hier das anonymisierte Protokoll der Fallkonferenz. Die Fälle sind
bewusst verfremdet und nicht in LexClaim verknüpft; bitte nicht
versuchen, sie zuzuordnen.

Fall A: Kündigung nach langer Krankheit, kein BEM angeboten.
Ergebnis: Erfolgsaussicht bejahen, Standardlinie.

Fall B: Arbeitgeber fragt im Personalgespräch nach der Diagnose.
Ergebnis: Anwältin soll auf Unzulässigkeit hinweisen; keine eigene
Deckung für eine Unterlassungsklage, solange keine Abmahnung o. Ä.
vorliegt.

Fall C: Streit mit der Pflegekasse eines Angehörigen, Kunde nicht
selbst Versicherter der Pflegekasse.
Ergebnis: keine Deckung aus dem Vertrag, Hinweis auf eigenen Vertrag
des Angehörigen oder Betreuer.

Fall D: Aufhebungsvertrag mit Sperrzeitrisiko.
Ergebnis: Beratung immer decken, auch wenn der Kunde schon
unterschrieben hat (Anfechtung prüfen).

Nächste Fallkonferenz: 17.12.

Jana
"""))
    return m


# ---------------------------------------------------------------- 0199
@mail(199, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "named applicant rejected for wearing a headscarf; discrimination on religious grounds (religion)")
def m0199():
    m = new(199, "Jana Albrecht <jana.albrecht@lexvia-rs.example>",
            "Nadja Grünewald <ng@gruenewald-arbeitsrecht.example>",
            "AGG-Entschädigung Frau Leyla Haddad - Deckungszusage S-2026-0464430",
            when(8, 26, 16, 5))
    m.set_content(B("""
Sehr geehrte Frau Grünewald,

für Ihre Mandantin Frau Leyla Haddad, Kölner Landstraße 311,
40589 Düsseldorf (RS-9052217), erteilen wir Kostenschutz für die
Geltendmachung einer Entschädigung nach § 15 Abs. 2 AGG gegen die
Praxisklinik am Hofgarten MVZ GmbH.

Nach Ihrer Schilderung wurde Frau Haddad, gläubige Muslimin, im
Vorstellungsgespräch für die Stelle als Medizinische Fachangestellte
gefragt, ob sie ihr Kopftuch bei der Arbeit ablegen würde. Als sie
verneinte, erhielt sie zwei Tage später eine Absage mit der
Begründung, man lege Wert auf "religiöse Neutralität gegenüber den
Patienten". Eine allgemeine Neutralitätsregel für alle Beschäftigten
gibt es nach Ihren Recherchen in der Praxis nicht.

Geltend gemacht werden drei Monatsgehälter (3 x 2.950 EUR). Die
Zusage umfasst die außergerichtliche Geltendmachung und die Klage vor
dem Arbeitsgericht Düsseldorf (erste Instanz).

Mit freundlichen Grüßen
Jana Albrecht
Lexvia Rechtsschutzversicherung AG
"""))
    return m


# ---------------------------------------------------------------- 0200
@mail(200, "CONFIDENTIAL", "de", "insurer-to-customer",
      "closing letter: named customer's tenancy case ended by settlement, deductible invoice with Lexvia's bank details")
def m0200():
    m = new(200, "Lexvia Schadenservice <schaden@lexvia-rs.example>",
            "Dennis Kowalski <d.kowalski87@mailwerk.example>",
            "Abschluss Ihres Rechtsschutzfalls S-2026-0421197",
            when(12, 3, 8, 30))
    m.set_content(B("""
Sehr geehrter Herr Kowalski,

Ihr Rechtsstreit mit der Rheinwohnen GmbH über die Mieterhöhung für die Wohnung Berrenrather Str. 214 in Köln wurde durch den Vergleich vom 17.11.2026 beendet: Die Miete steigt rückwirkend zum 01.05.2026 nur auf 829 EUR statt auf 897 EUR kalt. Die Anwalts- und Gerichtskosten haben wir mit Ihrer Anwältin abgerechnet.

Nach Ihrem Vertrag RS-4471902 tragen Sie eine Selbstbeteiligung von 150,00 EUR. Da wir die Kosten vollständig an die Kanzlei gezahlt haben, bitten wir Sie, diesen Betrag bis zum 18.12.2026 an uns zu überweisen:

  Empfänger: Lexvia Rechtsschutzversicherung AG
  IBAN: DE94 5834 6777 5898 2565 11
  Verwendungszweck: S-2026-0421197 Kowalski

Ihr Rechtsschutzfall ist damit abgeschlossen. Wir wünschen Ihnen alles Gute in der Wohnung.

Mit freundlichen Grüßen
Ihr Lexvia Schadenservice
Lexvia Rechtsschutzversicherung AG, Hohenzollernring 88, 50672 Köln
"""))
    return m


if __name__ == "__main__":
    main()
