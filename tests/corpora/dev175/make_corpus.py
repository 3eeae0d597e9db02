#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent labelled mail corpus dev175 for Siegel (issue 14).

Fictitious insurer: Rautenfels Versicherungsgruppe, Bamberg
(rautenfels-versicherung.example).  Standard library only, deterministic.

    python3 make_corpus.py           # writes mails/d175-NNNN.eml and labels.tsv
    python3 make_corpus.py --check   # rebuilds in a temp folder, compares bytes,
                                     # parses every mail and opens every attachment
"""
import os
import sys
import io
import re
import zlib
import math
import random
import hashlib
import zipfile
import shutil
import tempfile
import datetime
import unicodedata
import email
import email.policy
import email.utils
from email.message import EmailMessage
from xml.sax.saxutils import escape as xesc

PREFIX = "d175-"
HERE = os.path.dirname(os.path.abspath(__file__))
DOM = "rautenfels-versicherung.example"

# --------------------------------------------------------------------------
# small utilities
# --------------------------------------------------------------------------

def iban(cc, bban):
    """ISO 13616 IBAN with valid mod-97 check digits."""
    bban = bban.replace(" ", "").upper()
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def grp(ib):
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


def iban_ok(ib):
    ib = ib.replace(" ", "").upper()
    s = ib[4:] + ib[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def tz_offset(d):
    # CET/CEST 2026: summer time 29 Mar 2026 01:00 UTC .. 25 Oct 2026 01:00 UTC
    start = datetime.datetime(2026, 3, 29, 2, 0)
    end = datetime.datetime(2026, 10, 25, 3, 0)
    return 2 if start <= d < end else 1


def maildate(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    off = tz_offset(d)
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return email.utils.format_datetime(d.replace(tzinfo=tz, second=(d.minute * 7 + d.hour) % 60))


def pdfdate(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return "D:%s+0%d'00'" % (d.strftime("%Y%m%d%H%M%S"), tz_offset(d))


def isodate(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.strftime("%Y-%m-%dT%H:%M:00Z")


def zdt(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return (d.year, d.month, d.day, d.hour, d.minute, 0)


def quote(text, prefix="> "):
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out)


def make_zip(members, when="2026-01-05 08:00", stored=()):
    """members: list of (name, bytes).  Deterministic."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=zdt(when))
            zi.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return bio.getvalue()


# --------------------------------------------------------------------------
# PDF (hand-written, standard fonts, WinAnsiEncoding)
# --------------------------------------------------------------------------

_HELV = {' ': 278, '!': 278, '"': 355, '#': 556, '$': 556, '%': 889, '&': 667, "'": 191,
         '(': 333, ')': 333, '*': 389, '+': 584, ',': 278, '-': 333, '.': 278, '/': 278,
         ':': 278, ';': 278, '<': 584, '=': 584, '>': 584, '?': 556, '@': 1015,
         'A': 667, 'B': 667, 'C': 722, 'D': 722, 'E': 667, 'F': 611, 'G': 778, 'H': 722,
         'I': 278, 'J': 500, 'K': 667, 'L': 556, 'M': 833, 'N': 722, 'O': 778, 'P': 667,
         'Q': 778, 'R': 722, 'S': 667, 'T': 611, 'U': 722, 'V': 667, 'W': 944, 'X': 667,
         'Y': 667, 'Z': 611, '[': 278, '\\': 278, ']': 278, '_': 556,
         'a': 556, 'b': 556, 'c': 500, 'd': 556, 'e': 556, 'f': 278, 'g': 556, 'h': 556,
         'i': 222, 'j': 222, 'k': 500, 'l': 222, 'm': 833, 'n': 556, 'o': 556, 'p': 556,
         'q': 556, 'r': 333, 's': 500, 't': 278, 'u': 556, 'v': 500, 'w': 722, 'x': 500,
         'y': 500, 'z': 500, 'ß': 611, '€': 556, '§': 556, '–': 556, '—': 1000, '„': 333,
         '“': 333, '”': 333, '‚': 222, '‘': 222, '’': 222, '·': 278, '°': 400, '²': 333, '×': 584,
         '½': 834, '•': 350, '…': 1000, '|': 260, '½': 834}
for _d in "0123456789":
    _HELV[_d] = 556
_HELVB = dict(_HELV)
_HELVB.update({'!': 333, ':': 333, ';': 333, '?': 611, 'A': 722, 'B': 722, 'J': 556, 'K': 722,
               'L': 611, 'b': 611, 'c': 556, 'd': 611, 'f': 333, 'g': 611, 'h': 611, 'i': 278,
               'j': 278, 'k': 556, 'l': 278, 'm': 889, 'n': 611, 'o': 611, 'p': 611, 'q': 611,
               'r': 389, 's': 556, 't': 333, 'u': 611, 'v': 556, 'w': 778, 'x': 556, 'y': 556})
_TIMES = {' ': 250, ',': 250, '.': 250, ':': 278, ';': 278, '-': 333, '(': 333, ')': 333,
          '/': 278, "'": 180, '"': 408, '&': 778, '%': 833, '§': 500, '?': 444, '!': 333,
          'a': 444, 'b': 500, 'c': 444, 'd': 500, 'e': 444, 'f': 333, 'g': 500, 'h': 500,
          'i': 278, 'j': 278, 'k': 500, 'l': 278, 'm': 778, 'n': 500, 'o': 500, 'p': 500,
          'q': 500, 'r': 333, 's': 389, 't': 278, 'u': 500, 'v': 500, 'w': 722, 'x': 500,
          'y': 500, 'z': 444, 'A': 722, 'B': 667, 'C': 667, 'D': 722, 'E': 611, 'F': 556,
          'G': 722, 'H': 722, 'I': 333, 'J': 389, 'K': 722, 'L': 611, 'M': 889, 'N': 722,
          'O': 722, 'P': 556, 'Q': 722, 'R': 667, 'S': 556, 'T': 611, 'U': 722, 'V': 722,
          'W': 944, 'X': 722, 'Y': 722, 'Z': 611, 'ß': 500, '€': 500, '–': 500, '„': 444,
          '“': 444, '”': 444, '°': 400, '+': 564, '=': 564, '*': 500, '@': 921, '·': 250}
for _d in "0123456789":
    _TIMES[_d] = 500

FONTS = [("F1", "Helvetica"), ("F2", "Helvetica-Bold"), ("F3", "Times-Roman"),
         ("F4", "Times-Bold"), ("F5", "Courier"), ("F6", "Helvetica-Oblique"),
         ("F7", "Courier-Bold"), ("F8", "Times-Italic")]


def _cw(ch, font):
    if font in ("F5", "F7"):
        return 600
    table = {"F1": _HELV, "F6": _HELV, "F2": _HELVB, "F3": _TIMES, "F8": _TIMES}.get(font)
    if table is None:  # Times-Bold: approximate
        return int(_TIMES.get(ch, _TIMES.get(_base(ch), 500)) * 1.04)
    if ch in table:
        return table[ch]
    b = _base(ch)
    return table.get(b, 556 if table is not _TIMES else 500)


def _base(ch):
    d = unicodedata.decomposition(ch)
    if d and not d.startswith("<"):
        try:
            return chr(int(d.split()[0], 16))
        except ValueError:
            return ch
    return ch


def textwidth(s, font, size):
    return sum(_cw(c, font) for c in s) * size / 1000.0


def _winansi(s):
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            b = _base(ch)
            out.append(b if b != ch else {"ı": "i", "ł": "l", "đ": "d"}.get(ch, "?"))
    return "".join(out)


def _pdfstr(s):
    b = _winansi(s).encode("cp1252", errors="replace")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


_VOW = set("aeiouäöüyAEIOUÄÖÜ")
_ONSETS = {"bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "pl", "pr", "tr", "st", "sp", "schr", "zw"}


def _auto_hyph_points(word):
    """naive German hyphenation points (indices where a break may occur)."""
    pts = []
    core = word
    n = len(core)
    if n < 7 or not core.isalpha():
        return pts
    low = core.lower()
    for i in range(3, n - 2):
        a, b, c = low[i - 1], low[i], low[i + 1]
        if low[i - 1:i + 1] in ("ch", "ck", "ph", "th", "qu", "sc") or low[i:i + 2] in ("ch", "ck"):
            continue
        if low[i - 2:i + 1] == "sch" or low[i - 1:i + 2] == "sch":
            continue
        if a in _VOW and b not in _VOW and c in _VOW:
            pts.append(i)
        elif a not in _VOW and b not in _VOW and c in _VOW and low[i - 2] in _VOW:
            if low[i - 1:i + 1] in _ONSETS:
                if i - 1 >= 3:
                    pts.append(i - 1)   # be-grenzt, ge-plant, abge-stellt
            else:
                pts.append(i)
    return pts


def wrap(text, font, size, width, hyph="de"):
    """Greedy line breaking with hyphenation.  '~' in text marks a soft hyphen.
    Returns list of (line_text, is_last_line_of_paragraph)."""
    words = text.split()
    lines = []
    cur = []

    def curw(extra=None):
        ws = cur + ([extra] if extra is not None else [])
        return textwidth(" ".join(ws), font, size)

    i = 0
    while i < len(words):
        w = words[i]
        plain = w.replace("~", "")
        if curw(plain) <= width:
            cur.append(plain)
            i += 1
            continue
        # try to split the word
        marks = []
        pos = 0
        for ch in w:
            if ch == "~":
                marks.append(pos)
            else:
                pos += 1
        pts = sorted(set(marks))
        hy_pts = []
        if not pts and hyph == "de":
            m = re.match(r"^([\W]*)([A-Za-zÄÖÜäöüß]+)([\W]*)$", plain)
            if m:
                off = len(m.group(1))
                hy_pts = [off + p for p in _auto_hyph_points(m.group(2))]
        pts = pts or hy_pts
        dash_pts = [k + 1 for k, ch in enumerate(plain[:-2]) if ch == "-" and k > 1]
        best = None
        for p in pts:
            if curw(plain[:p] + "-") <= width:
                best = (p, plain[:p] + "-")
        for p in dash_pts:
            if curw(plain[:p]) <= width and (best is None or p > best[0]):
                best = (p, plain[:p])
        if best and (cur or True):
            cur.append(best[1])
            lines.append((" ".join(cur), False))
            cur = []
            rest = plain[best[0]:]
            # keep remaining soft-hyphen marks
            rmarks = [m - best[0] for m in marks if m > best[0]]
            r = ""
            for k, ch in enumerate(rest):
                if k in rmarks:
                    r += "~"
                r += ch
            words[i] = r
            continue
        if not cur:  # word longer than a line: force
            cur.append(plain)
            i += 1
            continue
        lines.append((" ".join(cur), False))
        cur = []
    if cur:
        lines.append((" ".join(cur), True))
    elif lines:
        lines[-1] = (lines[-1][0], True)
    return lines


class PDF:
    """Tiny PDF writer: A4 pages, standard-14 fonts, lines, rectangles,
    justified/hyphenated paragraphs, grayscale images (for scans)."""

    W, H = 595.28, 841.89

    def __init__(self, title="", author="", creator="Microsoft Word", producer=None,
                 date="2026-01-10 10:00", compress=True, hyph="de"):
        self.title, self.author, self.creator = title, author, creator
        self.hyph = hyph
        self.producer = producer or creator
        self.date = date
        self.compress = compress
        self.pages = []
        self.ops = None
        self.images = []  # (name, w, h, data, pageidx)
        self.header = None
        self.footer = None
        self.y = 0
        self.margin_l, self.margin_r, self.top, self.bottom = 70, 60, 780, 80

    # low level
    def new_page(self):
        self.ops = []
        self.pages.append({"ops": self.ops, "imgs": []})
        if self.header:
            self.header(self, len(self.pages))
        if self.footer:
            self.footer(self, len(self.pages))
        self.y = self.top
        return self

    def raw(self, s):
        self.ops.append(s)

    def text(self, x, y, s, font="F1", size=10, gray=None, render=None, rotate=None):
        pre = ""
        if gray is not None:
            pre += "%.2f g " % gray
        if render is not None:
            pre += "%d Tr " % render
        if rotate:
            a = math.radians(rotate)
            tm = "%.4f %.4f %.4f %.4f %.2f %.2f Tm" % (math.cos(a), math.sin(a), -math.sin(a), math.cos(a), x, y)
        else:
            tm = "1 0 0 1 %.2f %.2f Tm" % (x, y)
        self.ops.append("BT %s/%s %.1f Tf %s %s Tj ET%s" % (
            pre, font, size, tm, _pdfstr(s).decode("latin-1"), " 0 g" if gray is not None else ""))

    def text_r(self, xr, y, s, font="F1", size=10, gray=None):
        self.text(xr - textwidth(s, font, size), y, s, font, size, gray)

    def text_c(self, xc, y, s, font="F1", size=10, gray=None):
        self.text(xc - textwidth(s, font, size) / 2, y, s, font, size, gray)

    def line(self, x1, y1, x2, y2, w=0.5, gray=0):
        self.ops.append("%.2f G %.2f w %.2f %.2f m %.2f %.2f l S 0 G" % (gray, w, x1, y1, x2, y2))

    def rect(self, x, y, w, h, fill=None, stroke=0.5):
        s = ""
        if fill is not None:
            s += "%.2f g %.2f %.2f %.2f %.2f re f 0 g " % (fill, x, y, w, h)
        if stroke:
            s += "%.2f w %.2f %.2f %.2f %.2f re S" % (stroke, x, y, w, h)
        self.ops.append(s.strip())

    def image(self, w, h, data, x, y, dw, dh):
        name = "Im%d" % (len(self.images) + 1)
        self.images.append((name, w, h, data, len(self.pages) - 1))
        self.pages[-1]["imgs"].append(name)
        self.ops.append("q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q" % (dw, dh, x, y, name))

    # flow layout
    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def gap(self, h):
        self.y -= h

    def para(self, text, font="F1", size=10, leading=None, align="justify", hyph=None,
             x=None, width=None, indent=0, after=4):
        leading = leading or size * 1.35
        hyph = self.hyph if hyph is None else hyph
        x = self.margin_l if x is None else x
        width = (self.W - self.margin_r - x) if width is None else width
        for ln, last in wrap(text, font, size, width - indent, hyph):
            self.need(leading)
            self.y -= leading
            if align == "justify" and not last and ln.count(" "):
                nat = textwidth(ln, font, size)
                tw = (width - indent - nat) / ln.count(" ")
                if tw > 6:
                    tw = 0
                self.ops.append("BT /%s %.1f Tf %.3f Tw 1 0 0 1 %.2f %.2f Tm %s Tj 0 Tw ET" % (
                    font, size, tw, x + indent, self.y, _pdfstr(ln).decode("latin-1")))
            elif align == "right":
                self.text_r(x + width, self.y, ln, font, size)
            elif align == "center":
                self.text_c(x + width / 2, self.y, ln, font, size)
            else:
                self.text(x + indent, self.y, ln, font, size)
        self.y -= after

    def lines(self, txt, font="F1", size=10, leading=None, x=None):
        leading = leading or size * 1.35
        x = self.margin_l if x is None else x
        for ln in txt.split("\n"):
            self.need(leading)
            self.y -= leading
            if ln:
                self.text(x, self.y, ln, font, size)

    def table(self, rows, widths, size=8.5, head=True, x=None, pad=3, leading=None,
              align=None, grid=True, shade=0.88):
        leading = leading or size * 1.3
        x = self.margin_l if x is None else x
        align = align or ["l"] * len(widths)
        for ri, row in enumerate(rows):
            font = "F2" if (head and ri == 0) else "F1"
            cells = []
            for ci, cell in enumerate(row):
                cells.append([l for l, _ in wrap(str(cell), font, size, widths[ci] - 2 * pad, self.hyph)] or [""])
            h = max(len(c) for c in cells) * leading + 2 * pad
            self.need(h)
            top = self.y
            if head and ri == 0 and shade is not None:
                self.rect(x, top - h, sum(widths), h, fill=shade, stroke=0)
            cx = x
            for ci, c in enumerate(cells):
                yy = top - pad
                for ln in c:
                    yy -= leading
                    if align[ci] == "r":
                        self.text_r(cx + widths[ci] - pad, yy + 2, ln, font, size)
                    else:
                        self.text(cx + pad, yy + 2, ln, font, size)
                if grid:
                    self.rect(cx, top - h, widths[ci], h, stroke=0.4)
                cx += widths[ci]
            if not grid:
                self.line(x, top - h, x + sum(widths), top - h, 0.3, 0.5)
            self.y = top - h
        self.y -= 6

    # output
    def build(self):
        objs = []

        def add(b):
            objs.append(b)
            return len(objs)

        cat = add(None)
        pages_id = add(None)
        font_ids = {}
        for key, base in FONTS:
            enc = "" if base.startswith("Symbol") else " /Encoding /WinAnsiEncoding"
            font_ids[key] = add(("<< /Type /Font /Subtype /Type1 /BaseFont /%s%s >>" % (base, enc)).encode())
        fontres = " ".join("/%s %d 0 R" % (k, v) for k, v in font_ids.items())
        img_ids = {}
        for name, w, h, data, pi in self.images:
            comp = zlib.compress(data, 9)
            img_ids[name] = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                                b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(comp))
                                + comp + b"\nendstream")
        kids = []
        for p in self.pages:
            content = "\n".join(p["ops"]).encode("latin-1")
            if self.compress:
                c = zlib.compress(content, 6)
                cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(c) + c + b"\nendstream")
            else:
                cid = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
            xo = ""
            if p["imgs"]:
                xo = " /XObject << %s >>" % " ".join("/%s %d 0 R" % (n, img_ids[n]) for n in p["imgs"])
            kids.append(add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595.28 841.89] "
                             "/Resources << /Font << %s >>%s /ProcSet [/PDF /Text /ImageB] >> /Contents %d 0 R >>"
                             % (pages_id, fontres, xo, cid)).encode()))
        objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
            " ".join("%d 0 R" % k for k in kids), len(kids))).encode()
        objs[cat - 1] = ("<< /Type /Catalog /Pages %d 0 R >>" % pages_id).encode()

        def pstr(s):
            if all(ord(c) < 128 for c in s):
                return _pdfstr(s)
            u = b"\xfe\xff" + s.encode("utf-16-be")
            return b"<" + u.hex().upper().encode() + b">"
        info = b"<< /Title " + pstr(self.title) + b" /Author " + pstr(self.author) + \
               b" /Creator " + pstr(self.creator) + b" /Producer " + pstr(self.producer) + \
               b" /CreationDate " + pstr(pdfdate(self.date)) + b" /ModDate " + pstr(pdfdate(self.date)) + b" >>"
        info_id = add(info)
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offs = []
        for i, o in enumerate(objs, 1):
            offs.append(len(out))
            out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        for o in offs:
            out += b"%010d 00000 n \n" % o
        fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
        out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(objs) + 1, cat, info_id, fid, fid, xref)
        return bytes(out)


def scan_bitmap(w, h, seed, bars=None, dark_edge=True):
    """Grayscale 'scanner' background: off-white, speckles, shadowed edge.
    bars: list of (x0, y0, x1, y1, gray) rectangles drawn (fake text lines,
    stamps) - in bitmap coordinates, y from top."""
    rnd = random.Random(seed)
    rows = []
    for y in range(h):
        row = bytearray([236 + (y * 7 // h)] * w)
        if dark_edge:
            for x in range(6):
                row[x] = 120 + x * 18
                row[w - 1 - x] = 150 + x * 14
        rows.append(row)
    for _ in range(w * h // 220):
        x, y = rnd.randrange(w), rnd.randrange(h)
        rows[y][x] = rnd.choice((190, 205, 160, 120))
    for (x0, y0, x1, y1, g) in (bars or []):
        for yy in range(max(0, y0), min(h, y1)):
            for xx in range(max(0, x0), min(w, x1)):
                if rnd.random() < 0.82:
                    rows[yy][xx] = g + rnd.randrange(0, 30)
    return b"".join(bytes(r) for r in rows)


def scan_pdf(lines, seed, title="Scan", producer="Canon iR-ADV C5535 PDF", date="2026-01-10 10:00",
             rotate=0.6, font="F3", size=10.5, invisible=False, bars=None, pages=None):
    """Scanned-looking PDF: noisy bitmap background, text drawn slightly rotated
    (or invisible OCR text over fake text bars).  pages: list of line lists."""
    pdf = PDF(title=title, author="", creator=producer, producer=producer, date=date)
    allpages = pages or [lines]
    for pi, pl in enumerate(allpages):
        pdf.new_page()
        bw, bh = 298, 421
        fb = None
        if invisible:
            fb = []
            y = 38
            for ln in pl:
                if ln.strip():
                    ln_w = int(min(250, 2.2 * len(ln)))
                    fb.append((32, y, 32 + ln_w, y + 4, 40))
                y += 8
            fb += bars or []
        elif bars:
            fb = bars
        pdf.image(bw, bh, scan_bitmap(bw, bh, seed * 10 + pi, fb), 0, 0, PDF.W, PDF.H)
        y = PDF.H - 76
        x = 64
        for ln in pl:
            if ln:
                xx = x + (y - 400) * math.sin(math.radians(rotate)) * -1
                if invisible:
                    pdf.text(x, y, ln, font, size, render=3)
                else:
                    pdf.text(xx, y, ln, font, size, gray=0.18, rotate=rotate)
            y -= size * 1.52
    return pdf.build()


def image_only_scan(seed, n_lines=34, stamp=True, date="2026-01-10 10:00", producer="KONICA MINOLTA bizhub C300i"):
    bw, bh = 298, 421
    rnd = random.Random(seed)
    bars = [(30, 22, 140, 30, 30), (200, 22, 268, 27, 60)]
    y = 70
    for i in range(n_lines):
        if rnd.random() < 0.15:
            y += 9
            continue
        ln = rnd.randint(120, 236) if rnd.random() > 0.2 else rnd.randint(40, 110)
        bars.append((30, y, 30 + ln, y + 4, 35))
        y += 9
    if stamp:
        bars.append((190, y + 10, 262, y + 34, 110))
    pdf = PDF(title="", creator=producer, producer=producer, date=date)
    pdf.new_page()
    pdf.image(bw, bh, scan_bitmap(bw, bh, seed, bars), 0, 0, PDF.W, PDF.H)
    return pdf.build()


# --------------------------------------------------------------------------
# Office Open XML (DOCX, XLSX) and OpenDocument (ODT, ODS)
# --------------------------------------------------------------------------

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def _wrun(text, b=False, i=False, sz=None, color=None):
    props = ""
    if b:
        props += "<w:b/>"
    if i:
        props += "<w:i/>"
    if color:
        props += '<w:color w:val="%s"/>' % color
    if sz:
        props += '<w:sz w:val="%d"/>' % int(sz * 2)
    rpr = "<w:rPr>%s</w:rPr>" % props if props else ""
    out = []
    parts = text.split("\t")
    for k, part in enumerate(parts):
        if k:
            out.append("<w:r>%s<w:tab/></w:r>" % rpr)
        segs = part.split("~")
        for j, seg in enumerate(segs):
            if j:
                out.append("<w:r>%s<w:softHyphen/></w:r>" % rpr)
            if seg:
                out.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, xesc(seg)))
    return "".join(out)


def wp(text="", b=False, i=False, sz=None, jc=None, style=None, after=None, color=None, runs=None, tabs=None):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if tabs:
        ppr += "<w:tabs>%s</w:tabs>" % "".join('<w:tab w:val="%s" w:pos="%d"/>' % t for t in tabs)
    if after is not None:
        ppr += '<w:spacing w:after="%d"/>' % after
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    body = ""
    if runs:
        for r in runs:
            if isinstance(r, str):
                body += _wrun(r)
            else:
                body += _wrun(r[0], **r[1])
    else:
        lines = text.split("\n")
        for k, ln in enumerate(lines):
            if k:
                body += "<w:r><w:br/></w:r>"
            body += _wrun(ln, b=b, i=i, sz=sz, color=color)
    return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", body)


def wtable(rows, widths, head=True, sz=9, borders=True):
    tw = sum(widths)
    bd = ""
    if borders:
        bd = ("<w:tblBorders>" + "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="808080"/>' % s
                                         for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
              + "</w:tblBorders>")
    out = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/>%s</w:tblPr><w:tblGrid>%s</w:tblGrid>' % (
        tw, bd, "".join('<w:gridCol w:w="%d"/>' % w for w in widths))]
    for ri, row in enumerate(rows):
        out.append("<w:tr>")
        for ci, cell in enumerate(row):
            shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if head and ri == 0 else ""
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>' % (
                widths[ci], shade, wp(str(cell), b=(head and ri == 0), sz=sz, after=0)))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def docx(blocks, header=None, footer=None, title="", author="", company="",
         date="2026-01-10 10:00", app="Microsoft Office Word", hyphenate=True, margins=(1417, 1134, 1134, 1417)):
    """blocks: list of XML strings from wp()/wtable(); header/footer: lists of wp() strings."""
    rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>']
    sect = ""
    ct_extra = ""
    files = []
    if header:
        rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        sect += '<w:headerReference w:type="default" r:id="rId3"/>'
        files.append(("word/header1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr %s>%s</w:hdr>' % (W_NS, "".join(header))))
        ct_extra += '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    if footer:
        rels.append('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        sect += '<w:footerReference w:type="default" r:id="rId4"/>'
        files.append(("word/footer1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s>%s</w:ftr>' % (W_NS, "".join(footer))))
        ct_extra += '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    t, r_, b_, l_ = margins
    sect = ('<w:sectPr>%s<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" '
            'w:left="%d" w:header="567" w:footer="454" w:gutter="0"/></w:sectPr>' % (sect, t, r_, b_, l_))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>'
           % (W_NS, "".join(blocks), sect))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '%s'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>' % ct_extra)
    pkg_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(rels))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>'
              '<w:sz w:val="21"/><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/>'
              '<w:pPr><w:spacing w:before="240" w:after="120"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Standard"/>'
              '<w:rPr><w:b/><w:sz w:val="23"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Kopfzeile"><w:name w:val="header"/><w:basedOn w:val="Standard"/>'
              '<w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Fuzeile"><w:name w:val="footer"/><w:basedOn w:val="Standard"/>'
              '<w:rPr><w:sz w:val="14"/><w:color w:val="595959"/></w:rPr></w:style>'
              '</w:styles>' % W_NS)
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings %s>%s'
                '<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/></w:settings>'
                % (W_NS, "<w:autoHyphenation/>" if hyphenate else ""))
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<cp:revision>3</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (xesc(title), xesc(author), xesc(author), isodate(date), isodate(date)))
    appx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            '<Application>%s</Application><Company>%s</Company><DocSecurity>0</DocSecurity></Properties>'
            % (xesc(app), xesc(company)))
    members = [("[Content_Types].xml", ct), ("_rels/.rels", pkg_rels), ("word/document.xml", doc),
               ("word/_rels/document.xml.rels", doc_rels), ("word/styles.xml", styles),
               ("word/settings.xml", settings)] + files + [("docProps/core.xml", core), ("docProps/app.xml", appx)]
    return make_zip(members, when=date)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, author="", date="2026-01-10 10:00", app="Microsoft Excel"):
    """sheets: list of (name, rows); first row bold.  Numbers stay numbers."""
    wb_sheets, wb_rels, ct_over, members = [], [], [], []
    for k, (name, rows) in enumerate(sheets, 1):
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), k, k))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (k, k))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % k)
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri)
                st = ' s="1"' if ri == 1 else ""
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, st, repr(v) if isinstance(v, float) else v))
                else:
                    cells.append('<c r="%s" t="inlineStr"%s><is><t xml:space="preserve">%s</t></is></c>' % (ref, st, xesc(str(v))))
            xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        members.append(("xl/worksheets/sheet%d.xml" % k,
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                        '<sheetData>%s</sheetData></worksheet>' % "".join(xr)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '%s<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>' % "".join(ct_over))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>'
          % "".join(wb_sheets))
    n = len(sheets)
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
              '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              '</Relationships>' % ("".join(wb_rels), n + 1))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles>'
              '</styleSheet>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (xesc(author), isodate(date), isodate(date)))
    appx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            '<Application>%s</Application></Properties>' % xesc(app))
    return make_zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                     ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles)] + members +
                    [("docProps/core.xml", core), ("docProps/app.xml", appx)], when=date)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:office_ooo="http://openoffice.org/2009/office" office:version="1.3"')


def _otext(s):
    s = xesc(s.replace("~", "\u00ad"))
    s = s.replace("\t", "<text:tab/>")
    s = s.replace("\n", "<text:line-break/>")
    return re.sub(r"  +", lambda m: " <text:s text:c=\"%d\"/>" % (len(m.group(0)) - 1), s)


def op(text="", style="Text"):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, _otext(text))


def oh(text, level=1):
    return '<text:h text:style-name="H%d" text:outline-level="%d">%s</text:h>' % (level, level, _otext(text))


def otable(rows, name="Tabelle1", head=True):
    ncol = max(len(r) for r in rows)
    out = ['<table:table table:name="%s" table:style-name="Tab"><table:table-column table:number-columns-repeated="%d"/>' % (name, ncol)]
    for ri, row in enumerate(rows):
        out.append("<table:table-row>")
        for cell in row:
            st = "Head" if head and ri == 0 else "Cell"
            out.append('<table:table-cell table:style-name="TC" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>' % (st, _otext(str(cell))))
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def _odf_meta(title, author, date, gen):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s><office:meta>'
            '<meta:generator>%s</meta:generator><dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>'
            '<dc:creator>%s</dc:creator><meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date>'
            '</office:meta></office:document-meta>' % (ODF_NS, xesc(gen), xesc(title), xesc(author), xesc(author),
                                                        isodate(date)[:-1], isodate(date)[:-1]))


def _odf_pack(mime, content, styles, meta, date):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return make_zip([("mimetype", mime), ("content.xml", content), ("styles.xml", styles),
                     ("meta.xml", meta), ("META-INF/manifest.xml", manifest)], when=date, stored=("mimetype",))


def odt(blocks, header=None, footer=None, title="", author="", date="2026-01-10 10:00",
        gen="LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1"):
    """blocks from op()/oh()/otable(); header/footer: plain strings ('\n' = new paragraph)."""
    auto = ('<office:automatic-styles>'
            '<style:style style:name="Tab" style:family="table"><style:table-properties style:width="16cm" table:align="margins"/></style:style>'
            '<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #808080"/></style:style>'
            '</office:automatic-styles>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>%s<office:body><office:text>%s'
               '</office:text></office:body></office:document-content>' % (ODF_NS, auto, "".join(blocks)))
    hf = ""
    if header:
        hf += "<style:header>%s</style:header>" % "".join(op(h, "Header") for h in header.split("\n"))
    if footer:
        hf += "<style:footer>%s</style:footer>" % "".join(op(f, "Footer") for f in footer.split("\n"))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s><office:styles>'
              '<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="de" fo:country="DE" fo:hyphenate="true"/></style:default-style>'
              '<style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Text" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.21cm"/><style:text-properties fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/></style:style>'
              '<style:style style:name="Left" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start"/></style:style>'
              '<style:style style:name="Bold" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>'
              '<style:style style:name="H1" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="H2" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Head" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>'
              '<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt"/></style:style>'
              '<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="7pt" fo:color="#555555"/></style:style>'
              '</office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>'
              '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s</style:master-page></office:master-styles>'
              '</office:document-styles>' % (ODF_NS, hf))
    return _odf_pack("application/vnd.oasis.opendocument.text", content, styles, _odf_meta(title, author, date, gen), date)


def ods(sheets, title="", author="", date="2026-01-10 10:00",
        gen="LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1"):
    tabs = []
    for name, rows in sheets:
        t = ['<table:table table:name="%s">' % xesc(name)]
        for row in rows:
            t.append("<table:table-row>")
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    t.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    t.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _otext(str(v)))
            t.append("</table:table-row>")
        t.append("</table:table>")
        tabs.append("".join(t))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body><office:spreadsheet>%s'
               '</office:spreadsheet></office:body></office:document-content>' % (ODF_NS, "".join(tabs)))
    styles = '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s><office:styles/></office:document-styles>' % ODF_NS
    return _odf_pack("application/vnd.oasis.opendocument.spreadsheet", content, styles, _odf_meta(title, author, date, gen), date)


def ics(uid, start, end, summary, location, desc, organizer, attendees, stamp="2026-01-05 09:00", method="REQUEST"):
    def d(s):
        return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")

    def fold(line):
        out = []
        b = line.encode("utf-8")
        while len(b) > 73:
            cut = 73
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode("utf-8"))
            b = b[cut:]
        out.append(b.decode("utf-8"))
        return "\r\n ".join(out)

    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
         "METHOD:%s" % method, "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time", "BEGIN:STANDARD",
         "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0200",
         "TZOFFSETTO:+0100", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010325T020000",
         "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
         "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT", "UID:%s" % uid,
         "DTSTAMP:%sZ" % d(stamp), "DTSTART;TZID=W. Europe Standard Time:%s" % d(start),
         "DTEND;TZID=W. Europe Standard Time:%s" % d(end), "SUMMARY:%s" % esc(summary),
         "LOCATION:%s" % esc(location), "DESCRIPTION:%s" % esc(desc),
         "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, addr in attendees:
        L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (cn, addr))
    L += ["SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(l) for l in L) + "\r\n").encode("utf-8")


# --------------------------------------------------------------------------
# mail construction
# --------------------------------------------------------------------------

MAILERS = ["Microsoft Outlook 16.0", "Microsoft Outlook 16.0", "Microsoft Outlook 16.0",
           None, "Mozilla Thunderbird 128.5", None]

MIME = {"pdf": ("application", "pdf"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "odt": ("application", "vnd.oasis.opendocument.text"), "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
        "csv": ("text", "csv"), "ics": ("text", "calendar"), "zip": ("application", "zip"),
        "txt": ("text", "plain"), "bin": ("application", "octet-stream")}


class Mail:
    def __init__(self, frm, to, subject, date, body=None, html=None, cc=None, irt=None, mailer="outlook",
                 charset="utf-8", cte="quoted-printable", importance=None, extra=None, html_only=False):
        self.frm, self.to, self.subject, self.date = frm, to, subject, date
        self.body, self.html, self.cc, self.irt = body, html, cc, irt
        self.mailer, self.charset, self.cte = mailer, charset, cte
        self.importance, self.extra = importance, extra or []
        self.html_only = html_only
        self.atts = []

    def attach(self, filename, data, kind=None, ctype=None):
        self.atts.append((filename, data, kind or filename.rsplit(".", 1)[-1].lower(), ctype))
        return self

    def forward(self, inner):
        self.atts.append((None, inner, "rfc822", None))
        return self


def build_message(m, n):
    msg = EmailMessage(policy=email.policy.default)
    msg["From"] = m.frm
    msg["To"] = m.to
    if m.cc:
        msg["Cc"] = m.cc
    msg["Subject"] = m.subject
    msg["Date"] = maildate(m.date)
    h = hashlib.sha1(("%s|%d|%s" % (PREFIX, n, m.subject)).encode("utf-8")).hexdigest()
    msg["Message-ID"] = "<%s.%s@mail.%s>" % (h[:16].upper(), h[16:24], DOM)
    if m.irt:
        msg["In-Reply-To"] = m.irt
        msg["References"] = m.irt
    msg["MIME-Version"] = "1.0"
    if m.mailer == "outlook":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Content-Language"] = "de-DE"
    elif m.mailer == "outlook-en":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Content-Language"] = "en-GB"
    elif m.mailer == "tb":
        msg["User-Agent"] = "Mozilla Thunderbird 128.5.2"
    elif m.mailer == "system":
        msg["X-Mailer"] = "Rautenfels Korrespondenz 4.2 (rfkorr)"
        msg["Auto-Submitted"] = "auto-generated"
    elif m.mailer == "newsletter":
        msg["X-Mailer"] = "Rautenfels Newsletter-Versand"
        msg["List-Unsubscribe"] = "<https://newsletter.%s/abmelden>" % DOM
        msg["Precedence"] = "bulk"
    if m.importance:
        msg["Importance"] = m.importance
    for k, v in m.extra:
        msg[k] = v
    if m.html_only:
        msg.set_content(m.html, subtype="html", charset=m.charset, cte=m.cte)
    else:
        msg.set_content(m.body, subtype="plain", charset=m.charset, cte=m.cte)
        if m.html is not None:
            msg.add_alternative(m.html, subtype="html", charset=m.charset, cte="quoted-printable")
    for fn, data, kind, ctype in m.atts:
        if kind == "rfc822":
            inner = data if isinstance(data, EmailMessage) else email.message_from_bytes(data, policy=email.policy.default)
            msg.add_attachment(inner)
            continue
        if ctype:
            mt, st = ctype.split("/")
        else:
            mt, st = MIME.get(kind, ("application", "octet-stream"))
        if mt == "text" and isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fn, charset="utf-8", cte="quoted-printable")
        elif mt == "text":
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    k = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary("----=_NextPart_%s_%03d_%s" % (h[:8], k, h[24:32]))
    return msg


def inner_mail(frm, to, subject, date, body, n_hint, html=None, atts=(), cc=None, mailer=None, charset="utf-8"):
    """A mail written by someone else, to be forwarded as message/rfc822."""
    m = Mail(frm, to, subject, date, body, html=html, cc=cc, mailer=mailer, charset=charset)
    for a in atts:
        m.attach(*a)
    msg = build_message(m, 90000 + n_hint)
    h = hashlib.sha1(("inner|%s|%s" % (subject, date)).encode("utf-8")).hexdigest()
    del msg["Message-ID"]
    host = frm.split("@")[-1].rstrip(">")
    msg["Message-ID"] = "<%s@%s>" % (h[:20], host)
    return msg


MAILS = []


def mail(label, lang, kind, reason):
    def deco(fn):
        MAILS.append((fn, label, lang, kind, reason))
        return fn
    return deco


# --------------------------------------------------------------------------
# the invented world: Rautenfels Versicherungsgruppe, Bamberg
# --------------------------------------------------------------------------

RF_IBAN = iban("DE", "770501200000482211")       # company account (premiums)
RF_IBAN_LEB = iban("DE", "770501200000482238")   # Rautenfels Leben
RF_ADDR = "Kunigundendamm 40 · 96050 Bamberg"

ENT = {
    "sach": ("Rautenfels Versicherung AG", "HRB 3380"),
    "kv": ("Rautenfels Krankenversicherung AG", "HRB 3382"),
    "leben": ("Rautenfels Lebensversicherung AG", "HRB 3381"),
    "rs": ("Rautenfels Rechtsschutz-Versicherung AG", "HRB 3519"),
}


def legal(ent="sach", lang="de"):
    name, hrb = ENT[ent]
    if lang == "en":
        return ("--\n%s · %s, Germany\nRegistered office Bamberg · Local Court Bamberg %s\n"
                "Management Board: Dr. Henrike Gossler (Chair), Ulrich Maar, Sabine Weyh\n"
                "Chair of the Supervisory Board: Prof. Dr. Egon Pfister" % (name, RF_ADDR, hrb))
    return ("--\n%s · %s\nSitz Bamberg · Amtsgericht Bamberg %s\n"
            "Vorstand: Dr. Henrike Gossler (Vors.), Ulrich Maar, Sabine Weyh\n"
            "Vorsitzender des Aufsichtsrats: Prof. Dr. Egon Pfister" % (name, RF_ADDR, hrb))


STAFF = {
    # key: (name, role_de, role_en, phone, mail local part, entity)
    "oberlaender": ("Katrin Oberländer", "Leistungsabteilung Krankenversicherung", "Health Claims", "-4417", "katrin.oberlaender", "kv"),
    "wetzstein": ("Dr. med. Jonas Wetzstein", "Gesellschaftsarzt", "Chief Medical Officer", "-4490", "jonas.wetzstein", "kv"),
    "ehrenreich": ("Miriam Ehrenreich", "BU-Leistungsprüfung", "Disability Claims", "-5231", "miriam.ehrenreich", "leben"),
    "grasmueck": ("Tobias Grasmück", "Kraftfahrt-Schaden", "Motor Claims", "-3120", "tobias.grasmueck", "sach"),
    "aydogan": ("Selin Aydoğan", "Schaden Sach/Haftpflicht", "Property & Liability Claims", "-3366", "selin.aydogan", "sach"),
    "hollerith": ("Bernd Hollerith", "Maklerbetreuung Nordbayern", "Broker Relations", "-2204", "bernd.hollerith", "sach"),
    "steigerwald": ("Anja Steigerwald", "Datenschutzbeauftragte", "Data Protection Officer", "-1090", "anja.steigerwald", "sach"),
    "nuesslein": ("Florian Nüßlein", "IT Kommunikationsdienste", "IT Communication Services", "-6612", "florian.nuesslein", "sach"),
    "pfadenhauer": ("Hannah Pfadenhauer", "Personalentwicklung", "Human Resources", "-1150", "hannah.pfadenhauer", "sach"),
    "zettelmeier": ("Maximilian Zettelmeier", "Einkauf und Beschaffung", "Procurement", "-1822", "maximilian.zettelmeier", "sach"),
    "whitcombe": ("Eleanor Whitcombe", "Internationale Rückversicherung", "International & Reinsurance", "-2870", "eleanor.whitcombe", "sach"),
    "dornberger": ("Rahel Dornberger", "Unternehmenskommunikation", "Corporate Communications", "-1010", "rahel.dornberger", "sach"),
    "schwemmlein": ("Lukas Schwemmlein", "Antragsprüfung Leben/BU", "Life & Disability Underwriting", "-5140", "lukas.schwemmlein", "leben"),
    "kovacevic": ("Ivana Kovačević", "Reiseversicherung und Assistance", "Travel Insurance & Assistance", "-3705", "ivana.kovacevic", "sach"),
    "hirschmann": ("Georg Hirschmann", "Rechtsschutz-Schaden", "Legal Expenses Claims", "-3902", "georg.hirschmann", "rs"),
    "leupold": ("Petra Leupold", "Pflegeversicherung", "Long-term Care", "-4602", "petra.leupold", "kv"),
    "roesch": ("Daniel Rösch", "Firmenkunden Underwriting", "Commercial Underwriting", "-2455", "daniel.roesch", "sach"),
    "landwehr": ("Sophie Landwehr", "Kundenservice", "Customer Service", "-1000", "sophie.landwehr", "sach"),
    "eckl": ("Martin Eckl", "Unfall-Leistung", "Accident Claims", "-5307", "martin.eckl", "leben"),
    "benz": ("Clara Benz-Ortega", "Betriebliche Altersversorgung", "Occupational Pensions", "-5560", "clara.benz-ortega", "leben"),
    "demir": ("Yusuf Demir", "Schadenaußendienst Oberfranken", "Field Loss Adjuster", "-3377", "yusuf.demir", "sach"),
    "kraus": ("Verena Kraus", "Leistung Zahn", "Dental Claims", "-4433", "verena.kraus", "kv"),
}


def addr(key):
    s = STAFF[key]
    return "%s <%s@%s>" % (s[0].replace("Dr. med. ", ""), s[4], DOM)


def email_of(key):
    return "%s@%s" % (STAFF[key][4], DOM)


def sig(key, lang="de", footer=True, short=False):
    name, rde, ren, tel, local, ent = STAFF[key]
    if short:
        return name.replace("Dr. med. ", "")
    if lang == "en":
        s = "%s\n%s\nRautenfels Insurance Group\nphone +49 951 9340%s\n%s@%s" % (name, ren, tel, local, DOM)
    else:
        s = "%s\n%s\nRautenfels Versicherungsgruppe\nTelefon 0951 9340%s\n%s@%s" % (name, rde, tel, local, DOM)
    if footer:
        s += "\n\n" + legal(ent, lang)
    return s


# PDF letterheads ----------------------------------------------------------

def rf_letterhead(ent="kv", lang="de", ref=None, contact=None):
    name, hrb = ENT[ent]

    def head(pdf, pageno):
        pdf.text(70, 800, "RAUTENFELS", "F2", 17, gray=0.25)
        pdf.text(70, 786, "Versicherungsgruppe" if lang == "de" else "Insurance Group", "F1", 8.5, gray=0.35)
        pdf.rect(480, 784, 46, 28, fill=0.25, stroke=0)
        pdf.text(487, 794, "RF", "F2", 14, gray=1)
        if pageno > 1:
            pdf.text_r(535, 760, ("Seite %d" if lang == "de" else "Page %d") % pageno, "F1", 8)

    def foot(pdf, pageno):
        pdf.line(70, 62, 535, 62, 0.4, 0.5)
        cols = [
            "%s\n%s\nTelefon 0951 9340-0\nwww.%s" % (name, RF_ADDR.replace(" · ", ", "), DOM),
            "Sitz Bamberg\nAmtsgericht Bamberg %s\nUSt-IdNr. DE 813 440 297\nVersicherungsteuer-Nr. 807/V90412" % hrb,
            "Vorstand: Dr. Henrike Gossler (Vors.),\nUlrich Maar, Sabine Weyh\nAufsichtsrat: Prof. Dr. Egon Pfister (Vors.)",
            "Sparkasse Obermain-Regnitz\nIBAN %s\nBIC SOMRDEM1XXX" % grp(RF_IBAN if ent != "leben" else RF_IBAN_LEB),
        ]
        for i, c in enumerate(cols):
            y = 54
            for ln in c.split("\n"):
                pdf.text(70 + i * 118, y, ln, "F1", 5.6, gray=0.35)
                y -= 7
    return head, foot


def rf_letter(title, recipient_lines, date_line, subject, paras, ent="kv", lang="de", refs=None,
              closing=None, signer=None, date="2026-01-10 10:00", table=None, table_after=1, extra=None,
              creator="Rautenfels Korrespondenz 4.2", hyph="de"):
    """Insurer letter as PDF: letterhead, address window, info block, justified text."""
    head, foot = rf_letterhead(ent, lang)
    pdf = PDF(title=title, author="Rautenfels Versicherungsgruppe", creator=creator,
              producer="PDFlib+PDI 9.3.1 (Linux/x86_64)", date=date, hyph="en" if lang == "en" else "de")
    pdf.header, pdf.footer = head, foot
    pdf.bottom = 90
    pdf.new_page()
    pdf.text(70, 712, "%s · %s" % (ENT[ent][0], RF_ADDR), "F1", 6.5, gray=0.35)
    pdf.line(70, 709, 300, 709, 0.3, 0.5)
    y = 695
    for ln in recipient_lines:
        pdf.text(70, y, ln, "F1", 10)
        y -= 13
    y = 712
    for k, v in (refs or []):
        pdf.text(370, y, k, "F1", 7, gray=0.35)
        pdf.text(370, y - 9, v, "F1", 9)
        y -= 22
    pdf.text(370, y - 4, date_line, "F1", 9)
    pdf.y = 575
    pdf.para(subject, "F2", 10.5, align="left", after=10)
    pdf.margin_r = 60
    for i, p in enumerate(paras):
        pdf.para(p, "F1", 10, leading=13.5, hyph=hyph if hyph != "de" or lang != "en" else "en", after=6)
        if table and i == table_after:
            pdf.table(table[0], table[1], align=table[2] if len(table) > 2 else None)
        if extra and i == extra[0]:
            extra[1](pdf)
    pdf.gap(8)
    for ln in (closing or ("Mit freundlichen Grüßen" if lang == "de" else "Kind regards")).split("\n"):
        pdf.para(ln, "F1", 10, align="left", after=0)
    pdf.gap(20)
    if signer:
        for ln in signer.split("\n"):
            pdf.para(ln, "F1", 9.5, align="left", after=0)
    pdf.gap(10)
    pdf.para("Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig." if lang == "de"
             else "This letter was produced electronically and is valid without signature.", "F6", 7.5, align="left")
    return pdf.build()


def practice_letterhead(lines_left, lines_right, footer_lines, accent=0.2, font="F2"):
    """Letterhead of a doctor's practice / clinic / assessor."""
    def head(pdf, pageno):
        y = 800
        for i, ln in enumerate(lines_left):
            pdf.text(70, y, ln, font if i == 0 else "F1", 13 if i == 0 else 8.5, gray=accent if i == 0 else 0.3)
            y -= 15 if i == 0 else 10
        y = 800
        for ln in lines_right:
            pdf.text_r(535, y, ln, "F1", 7.5, gray=0.3)
            y -= 9
        pdf.line(70, 752, 535, 752, 0.8, accent)
        if pageno > 1:
            pdf.text_r(535, 740, "Seite %d" % pageno, "F1", 8)

    def foot(pdf, pageno):
        pdf.line(70, 56, 535, 56, 0.3, 0.6)
        y = 47
        for ln in footer_lines:
            pdf.text_c(302, y, ln, "F1", 6.5, gray=0.35)
            y -= 8
    return head, foot


def outlook_hdr(frm, sent, to, subject, cc=None, lang="de"):
    if lang == "en":
        s = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
        if cc:
            s += "Cc: %s\n" % cc
        return s + "Subject: %s\n" % subject
    s = "-----Ursprüngliche Nachricht-----\nVon: %s\nGesendet: %s\nAn: %s\n" % (frm, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Betreff: %s\n" % subject


# ==========================================================================
# MAILS
# ==========================================================================

# --- orthopaedic doctor's letter forwarded to the medical officer ----------
@mail("STRICTLY_CONFIDENTIAL", "de", "doctor",
      "Arztbrief (PDF mit Praxis-Briefkopf, Blocksatz, Silbentrennung) zu Rotatorenmanschettenruptur M75.1 von Herbert Lindemayr; Body nur 'Stellungnahme erbeten'")
def _():
    head, foot = practice_letterhead(
        ["Orthopädie am Hallstadter Tor", "Dr. med. Ilse Vogelsang · Dr. med. Till Aurnhammer",
         "Fachärzte für Orthopädie und Unfallchirurgie · Sportmedizin"],
        ["Lichtenfelser Str. 12", "96103 Hallstadt", "Tel. 0951 70 22 40", "Fax 0951 70 22 49", "praxis@ortho-hallstadt.example"],
        ["Orthopädie am Hallstadter Tor · Berufsausübungsgemeinschaft · BSNR 671234500",
         "Raiffeisenbank Obermain-Süd · IBAN %s" % grp(iban("DE", "770690440004418820"))])
    pdf = PDF(title="Arztbrief Lindemayr", author="Praxis Vogelsang", creator="MEDISTAR Arztbrief", producer="Microsoft: Print To PDF", date="2026-02-03 16:40")
    pdf.header, pdf.footer = head, foot
    pdf.top = 730
    pdf.new_page()
    pdf.lines("Rautenfels Krankenversicherung AG\nLeistungsabteilung\nKunigundendamm 40\n96050 Bamberg", size=10)
    pdf.text_r(535, 700, "Hallstadt, 03.02.2026", "F1", 9.5)
    pdf.gap(26)
    pdf.para("Patient: Herbert Lindemayr, geb. 17.09.1968, Am Sendelbach 7, 96110 Scheßlitz", "F2", 10, align="left")
    pdf.para("Versicherungsnummer: KV-208 55 31-02", "F1", 10, align="left", after=12)
    pdf.para("Sehr geehrte Damen und Herren,", after=6)
    pdf.para("auf Wunsch unseres gemeinsamen Patienten berichten wir über die Behandlung in unserer Praxis seit dem 14.11.2025.")
    pdf.para("Diagnosen:", "F2", 10, align="left", after=2)
    pdf.lines("- Rotatorenmanschettenruptur rechts (Supraspinatussehne, transmural), M75.1 R\n- Impingement-Syndrom der Schulter rechts, M75.4 R\n- Arterielle Hypertonie, medikamentös eingestellt, I10.90", size=10)
    pdf.gap(6)
    pdf.para("Anamnese: Herr Lindemayr stellte sich erstmals nach einem Sturz von der Leiter beim Obst~baum~schnitt am 09.11.2025 vor. Seitdem bestehen belastungs~abhängige Schmerzen sowie eine deutliche Kraft~minderung bei Abduktion und Außen~rotation. Nächtliche Beschwerden beim Liegen auf der rechten Seite. Eine konservative Therapie mit Physio~therapie (12 Einheiten) und Ibuprofen 600 mg bei Bedarf brachte keine ausreichende Besserung.")
    pdf.para("Befund: Schulter~beweglichkeit rechts aktiv Abduktion 80°, passiv 150°, Jobe-Test positiv, Drop-Arm-Zeichen angedeutet. Die MRT-Untersuchung vom 08.01.2026 (Radiologie Regnitz~aue) zeigt eine transmurale Ruptur der Supraspinatus~sehne mit Retraktion bis Patte-Stadium II, keine wesentliche fettige Degeneration (Goutallier 1).")
    pdf.para("Beurteilung und Empfehlung: Aufgrund des Alters, der beruflichen Belastung (Zimmerer~meister) und der erhaltenen Muskel~qualität empfehlen wir die arthroskopische Rekonstruktion der Rotatoren~manschette mit subakromialer Dekompression. Die Operation ist für den 24.02.2026 in der Praxisklinik Hallstadt geplant (ambulant, OPS 5-814.3 und 5-814.4). Anschließend ist eine Ruhigstellung im Abduktions~kissen für sechs Wochen und eine ambulante Rehabilitation erforderlich. Wir bitten um Bestätigung der Kosten~übernahme.")
    pdf.para("Mit freundlichen kollegialen Grüßen", after=24)
    pdf.para("Dr. med. Ilse Vogelsang", after=0, align="left")
    pdf.para("Fachärztin für Orthopädie und Unfallchirurgie", "F1", 8.5, align="left")
    body = ("Hallo Jonas,\n\nbitte um kurze Stellungnahme zur beigefügten Anfrage (Kostenzusage ambulante OP). "
            "Der Versicherte ist im Tarif RK-Komfort, Wartezeiten sind erfüllt. Eilt etwas, OP-Termin steht schon.\n\n"
            "Danke und Gruß\nKatrin\n\n" + sig("oberlaender", footer=False))
    m = Mail(addr("oberlaender"), addr("wetzstein"), "WG: Anfrage Kostenübernahme Arthroskopie - bitte Stellungnahme", "2026-02-04 08:52", body)
    m.attach("Arztbrief_Praxis_Vogelsang_03022026.pdf", pdf.build())
    return m


# --- discharge letter from the hospital, cardiology -------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "hospital",
      "Entlassungsbrief Kardiologie (NSTEMI I21.4, Stent, Medikation) von Gisela Hupfauer nur im PDF-Anhang; Body nur 'z.K. und Prüfung KHT'")
def _():
    head, foot = practice_letterhead(
        ["Klinikum Michelsberg", "Medizinische Klinik II – Kardiologie, Angiologie, Internistische Intensivmedizin",
         "Chefarzt Prof. Dr. med. Arnulf Strehle"],
        ["Michelsberger Allee 3", "96049 Bamberg", "Sekretariat 0951 503-2201", "kardiologie@klinikum-michelsberg.example"],
        ["Klinikum Michelsberg gGmbH · Geschäftsführung: Dipl.-Kfm. Reinhold Amon · Registergericht Bamberg HRB 2290",
         "Dieser Brief enthält vertrauliche medizinische Informationen. Weitergabe nur an Berechtigte."], accent=0.1)
    pdf = PDF(title="Entlassungsbrief", author="KIS Orbis", creator="ORBIS KIS Arztbriefschreibung", producer="Adobe PDF Library 17.0", date="2026-01-22 14:05")
    pdf.header, pdf.footer = head, foot
    pdf.top = 735
    pdf.new_page()
    pdf.lines("Herrn Dr. med. Wolfram Iglhaut\nFacharzt für Allgemeinmedizin\nHauptstraße 31\n96117 Memmelsdorf", size=10)
    pdf.text_r(535, 705, "Bamberg, 22.01.2026", "F1", 9)
    pdf.text_r(535, 694, "Fall-Nr. 2026004417", "F1", 8)
    pdf.gap(20)
    pdf.para("Entlassungsbrief", "F2", 12, align="left", after=4)
    pdf.para("Frau Gisela Hupfauer, geb. 02.05.1957, wohnhaft Seehofstraße 18, 96117 Memmelsdorf; stationär vom 15.01.2026 bis 22.01.2026", "F1", 9.5, align="left", after=10)
    pdf.para("Sehr geehrter Herr Kollege Iglhaut,", after=4)
    pdf.para("wir berichten über Ihre Patientin, die sich notfallmäßig mit seit dem Vorabend bestehenden links~thorakalen Schmerzen mit Ausstrahlung in den linken Arm vorstellte.")
    pdf.para("Diagnosen", "F2", 10, align="left", after=2)
    pdf.table([["ICD-10-GM", "Diagnose"],
               ["I21.4", "Akuter subendokardialer Myokardinfarkt (NSTEMI)"],
               ["I25.12", "Koronare Zwei-Gefäß-Erkrankung"],
               ["E11.90", "Diabetes mellitus Typ 2, nicht insulinpflichtig"],
               ["E78.0", "Hypercholesterinämie"]], [80, 385])
    pdf.para("Prozeduren: Koronarangiographie am 15.01.2026 (OPS 1-275.2), PTCA und Implantation eines medikamente~freisetzenden Stents in den RIVA (OPS 8-837.m0).", after=6)
    pdf.para("Verlauf: Unter dualer Plättchen~hemmung beschwerde~freier Verlauf. Echokardiographisch leicht eingeschränkte links~ventrikuläre Funktion (EF 48 %) mit Hypokinesie anteroseptal. Troponin T hs maximal 812 ng/l. Mobilisation ohne Komplikationen, die Punktions~stelle rechts radial ist reizlos.")
    pdf.para("Medikation bei Entlassung", "F2", 10, align="left", after=2)
    pdf.table([["Wirkstoff", "Dosis", "Schema", "Hinweis"],
               ["ASS", "100 mg", "1-0-0", "dauerhaft"],
               ["Ticagrelor", "90 mg", "1-0-1", "für 12 Monate bis 01/2027"],
               ["Atorvastatin", "80 mg", "0-0-1", "LDL-Ziel < 55 mg/dl"],
               ["Metoprololsuccinat", "47,5 mg", "1-0-1", ""],
               ["Ramipril", "5 mg", "1-0-0", "Kreatinin kontrollieren"],
               ["Metformin", "1000 mg", "1-0-1", "ab 17.01. wieder angesetzt"]], [120, 70, 70, 205])
    pdf.para("Empfehlung: Anschluss~heil~behandlung kardiologisch in der Fachklinik Obermain ist beantragt. Bitte Kontrolle von Blutbild und Nieren~werten in einer Woche.")
    pdf.para("Mit freundlichen Grüßen", after=20)
    pdf.para("Prof. Dr. med. A. Strehle          Dr. med. Sinem Yıldırım, Assistenzärztin".replace("ı", "i"), align="left")
    body = ("Hallo Frau Kraus,\n\nz.K. und Prüfung Krankenhaustagegeld; die Klinik hat den Brief auf Wunsch der Versicherten direkt an uns geschickt. "
            "Rechnung folgt separat über §301.\n\nViele Grüße\nKatrin Oberländer\n\n" + sig("oberlaender", footer=False))
    m = Mail(addr("oberlaender"), addr("kraus"), "WG: Unterlagen stationärer Aufenthalt 15.-22.01.", "2026-01-27 10:13", body)
    m.attach("Entlassbrief_2026004417.pdf", pdf.build())
    return m


# --- BU decision letter as PDF ---------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "BU-Leistungsentscheidung (rezidivierende depressive Störung F33.1, BU-Grad 60 %) für Sandra Wölfel nur im PDF-Schreiben; Body neutral")
def _():
    paras = [
        "Sehr geehrte Frau Wölfel,",
        "wir haben Ihren Antrag auf Leistungen aus der Berufs~unfähigkeits-Zusatz~versicherung vom 21.10.2025 geprüft. Grundlage unserer Entscheidung sind Ihre Angaben im Leistungs~fragebogen, die Berichte Ihrer behandelnden Ärztin Frau Dr. med. Antje Reul~bach (Psychiatrie und Psychotherapie, Bamberg) vom 12.11.2025 und 03.12.2025 sowie das fach~psychiatrische Gutachten von Herrn Prof. Dr. med. Lothar Kessel~ring vom 14.01.2026.",
        "Nach dem Ergebnis der Begutachtung leiden Sie an einer rezidivierenden depressiven Störung, gegenwärtig mittel~gradige Episode (ICD-10 F33.1), mit ausgeprägten Konzentrations- und Antriebs~störungen. Der Gutachter kommt zu dem Ergebnis, dass Sie Ihre zuletzt ausgeübte Tätigkeit als Filial~leiterin einer Drogerie~markt~filiale mit Personal~verantwortung für elf Mitarbeitende seit dem 01.09.2025 voraussichtlich dauerhaft nur noch zu etwa 40 % ausüben können.",
        "Damit ist der vertraglich vereinbarte Grad der Berufs~unfähigkeit von mindestens 50 % erreicht. Wir erkennen unsere Leistungs~pflicht ab dem 01.09.2025 an und zahlen:",
        "Die Nachzahlung für den Zeitraum September 2025 bis Januar 2026 in Höhe von 5.750,00 € überweisen wir in den nächsten Tagen auf Ihr bekanntes Konto. Ab Februar 2026 erhalten Sie die Rente monatlich im Voraus. Sie sind zugleich von der Beitrags~zahlung für die Haupt~versicherung befreit.",
        "Wir werden im Rahmen der Nach~prüfung (§ 13 der Bedingungen) voraussichtlich im Frühjahr 2027 erneut Kontakt mit Ihnen aufnehmen. Bitte teilen Sie uns mit, wenn Sie eine berufliche Tätigkeit wieder aufnehmen.",
    ]
    pdfb = rf_letter("Leistungsentscheidung BU", ["Frau", "Sandra Wölfel", "Egelseestraße 4", "96215 Lichtenfels"],
                     "Bamberg, 28. Januar 2026", "Ihre Berufsunfähigkeits-Zusatzversicherung zur Lebensversicherung LV 7 300 418 925 – Leistungsentscheidung",
                     paras, ent="leben", refs=[("Vertragsnummer", "LV 7 300 418 925"), ("Leistungsfall", "BU-2025-01877"), ("Ihre Ansprechpartnerin", "Miriam Ehrenreich, -5231")],
                     signer="Miriam Ehrenreich\nBU-Leistungsprüfung", date="2026-01-28 11:20",
                     table=([["Leistung", "ab", "Betrag"], ["BU-Rente monatlich", "01.09.2025", "1.150,00 €"],
                             ["Beitragsbefreiung monatlich", "01.09.2025", "86,42 €"]], [200, 120, 145], ["l", "l", "r"]), table_after=3)
    body = ("Sehr geehrte Frau Wölfel,\n\nwie telefonisch besprochen erhalten Sie unser Schreiben vom heutigen Tag vorab per E-Mail. "
            "Das Original geht Ihnen zusätzlich per Post zu.\n\nFür Rückfragen bin ich gerne für Sie da.\n\nMit freundlichen Grüßen\n\n" + sig("ehrenreich"))
    m = Mail(addr("ehrenreich"), "Sandra Wölfel <sandra.woelfel@mailbox-franken.example>", "Ihr Schreiben vom 28.01.2026", "2026-01-28 14:02", body)
    m.attach("Schreiben_Rautenfels_20260128.pdf", pdfb)
    return m


# --- guarantee of payment to Spanish hospital -------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "Guarantee of payment for inpatient treatment of Bernd Kaltschmidt (hip fracture S72.01) at a Spanish hospital, name/DOB/policy in body and PDF")
def _():
    paras = [
        "Dear Sir or Madam,",
        "We hereby confirm that Mr Bernd Kaltschmidt, born 11 March 1951, holds valid travel health cover with Rautenfels Krankenversicherung AG under policy RV-TK 5530 2291 for the period 01/01/2026 to 31/12/2026.",
        "Further to your medical report of 6 February 2026 (diagnosis: closed fracture of the right femoral neck, S72.01; planned procedure: cemented hemi-arthroplasty), we guarantee payment of the medically necessary inpatient treatment costs up to EUR 18,500.00, including surgery, implant, accommodation in a standard room and physiotherapy during the stay.",
        "Not covered: private room surcharges, telephone and TV, and any treatment that is not related to the above diagnosis. Please send the itemised invoice, the discharge report and the implant passport to our assistance partner Meridian Assist (claims@meridian-assist.example) quoting reference MA-26-01182.",
        "Repatriation to Germany will be arranged by Meridian Assist once the treating surgeon confirms fitness to fly.",
    ]
    pdfb = rf_letter("Guarantee of payment", ["Hospital Costa Blanca", "Admissions / Gestión de pacientes", "Avenida de Alfaz 122", "03503 Benidorm (Alicante)", "Spain"],
                     "Bamberg, 6 February 2026", "Guarantee of payment – Mr Bernd Kaltschmidt, DOB 11/03/1951", paras, ent="kv", lang="en",
                     refs=[("Policy", "RV-TK 5530 2291"), ("Assistance ref.", "MA-26-01182"), ("Contact", "Ivana Kovačević")],
                     signer="Ivana Kovačević\nTravel Insurance & Assistance", date="2026-02-06 17:31", hyph="en")
    body = ("Dear colleagues,\n\nplease find attached our guarantee of payment for your patient Mr Bernd Kaltschmidt "
            "(admitted 5 February 2026, room 314, right femoral neck fracture). The guarantee covers up to EUR 18,500.00 for the "
            "hemi-arthroplasty and the inpatient stay.\n\nPlease do not ask the patient or his wife for a deposit; all invoices go to "
            "Meridian Assist, reference MA-26-01182.\n\nKind regards\n\n" + sig("kovacevic", "en"))
    m = Mail(addr("kovacevic"), "Admisiones Hospital Costa Blanca <admisiones@hospital-costablanca.example>", "Guarantee of payment - KALTSCHMIDT Bernd - MA-26-01182", "2026-02-06 17:40", body,
             cc="Meridian Assist Claims <claims@meridian-assist.example>", mailer="outlook-en")
    m.attach("GOP_Kaltschmidt_MA-26-01182.pdf", pdfb)
    return m


# --- hospital cost estimate, English, forwarded in German (mixed) ----------
@mail("STRICTLY_CONFIDENTIAL", "mixed", "hospital",
      "Deutsche Weiterleitung einer englischen Kostenschätzung (cost estimate) einer Londoner Klinik für Knie-Arthroskopie von Nora Albrecht; Diagnose, Prozedur, Preise")
def _():
    pdf = PDF(title="Estimate of charges", author="St Aldhelm's Hospital", creator="Crystal Reports", producer="Crystal Reports", date="2026-03-10 09:12", hyph="en")
    head, foot = practice_letterhead(["St Aldhelm's Hospital", "Private Patients Unit · 40 Marlowe Road · London SE21 7QT",
                                      "Self-pay & international insurance office"], ["Tel +44 20 7946 0117", "selfpay@st-aldhelms.example"],
                                     ["St Aldhelm's Hospital Ltd · Registered in England No. 04418872 · VAT exempt medical services"], accent=0.15, font="F4")
    pdf.header, pdf.footer = head, foot
    pdf.top = 735
    pdf.new_page()
    pdf.para("ESTIMATE OF CHARGES – INSURED PATIENT", "F2", 12, align="left", after=8)
    pdf.table([["Patient", "Ms Nora Albrecht"], ["Date of birth", "29/08/1990"], ["Hospital no.", "SAH-0661940"],
               ["Insurer", "Rautenfels Krankenversicherung AG (Germany), policy KV-311 07 44-01"],
               ["Consultant", "Mr Alastair Greaves FRCS (Orth)"], ["Admission", "Day case, 24/03/2026"]], [120, 345], head=False)
    pdf.para("Clinical details: Symptomatic tear of the medial meniscus, left knee (ICD-10 S83.2), confirmed on MRI 02/03/2026. "
             "Planned procedure: arthroscopic partial medial meniscectomy (OPCS W82.2).", hyph="en")
    pdf.table([["Item", "Code", "GBP"], ["Theatre and day-case package", "PKG-DC2", "2,860.00"], ["Consultant surgeon fee", "W8220", "1,250.00"],
               ["Anaesthetist fee", "ANA-2", "520.00"], ["Physiotherapy (3 sessions)", "PHY-3", "285.00"], ["Total estimate", "", "4,915.00"]],
              [260, 90, 115], align=["l", "l", "r"])
    pdf.para("This estimate is valid for 60 days. Any additional treatment will be charged at our standard tariff. Please return the signed guarantee before the date of admission.", "F1", 9, hyph="en")
    body = ("Hallo Herr Wetzstein,\n\nanbei die Kostenschätzung aus London für Frau Albrecht (Expat-Tarif, wohnt seit 2024 in London). "
            "Knie-Arthroskopie, Innenmeniskus links. 4.915 GBP erscheinen mir für einen day case plausibel, die Vertragsärzte-Liste von Meridian "
            "nennt ca. 4.400 GBP. Können Sie kurz draufschauen, ob wir die Garantie so geben?\n\n"
            "Original von der Klinik unten.\n\nGruß\nIvana Kovačević\n\n"
            + outlook_hdr("Self-pay Office <selfpay@st-aldhelms.example>", "Tuesday, March 10, 2026 9:20 AM",
                          "Rautenfels International Desk <international@%s>" % DOM, "Estimate - ALBRECHT Nora - SAH-0661940", lang="en")
            + "\nDear Sir/Madam,\n\nplease find attached our estimate for your policyholder Ms Nora Albrecht, who is booked for a left knee "
              "arthroscopy on 24 March. We require a written guarantee of payment prior to admission.\n\nKind regards\nJoanne Pryce\nSelf-pay & International Office\n")
    m = Mail(addr("kovacevic"), addr("wetzstein"), "WG: Estimate - ALBRECHT Nora - SAH-0661940", "2026-03-10 10:47", body)
    m.attach("Estimate_SAH-0661940.pdf", pdf.build())
    return m


# --- dental treatment plan assessment as ODT --------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "Prüfergebnis Heil- und Kostenplan (Implantate 36/46, GOZ-Positionen, Erstattung) für Ramona Dippold im ODT-Brief mit Kopf-/Fußzeile")
def _():
    blocks = [
        op("Rautenfels Krankenversicherung AG · Kunigundendamm 40 · 96050 Bamberg", "Left"),
        op("Frau\nRamona Dippold\nLudwigstraße 52\n96052 Bamberg", "Left"),
        op("Bamberg, 19.02.2026", "Header"),
        oh("Ihr Heil- und Kostenplan vom 09.02.2026 – Zahnarztpraxis Dr. Nadia Farouk", 2),
        op("Versicherungsnummer KV-455 13 09-01 · Tarif RZ-Premium 90", "Left"),
        op("Sehr geehrte Frau Dippold,"),
        op("vielen Dank für die Zusendung des Heil- und Kostenplans. Ihre Zahnärztin plant im Unterkiefer die Versorgung der Lücken regio 36 und 46 mit je einem enossalen Implantat einschließlich Knochen~aufbau regio 46 sowie anschließend zwei implantat~getragene Vollkeramik~kronen. Die geplanten Gesamtkosten betragen 7.842,16 €."),
        op("Wir haben den Plan durch unseren beratenden Zahnarzt prüfen lassen. Die medizinische Notwendigkeit ist gegeben. Bei den Positionen zur Knochen~ersatz~material~menge (Material~kosten) weichen wir ab, weil nach dem Röntgen~befund nur ein geringer vertikaler Defekt vorliegt:"),
        otable([["Position", "Leistung", "Plan (€)", "erstattungsfähig (€)"],
                ["GOZ 9010 (2×)", "Implantatinsertion", "1.087,56", "1.087,56"],
                ["GOZ 9100", "Knochenaufbau regio 46", "498,12", "498,12"],
                ["Material", "Knochenersatzmaterial 2,0 g", "612,00", "306,00"],
                ["GOZ 2200i (2×)", "Implantatkrone vollkeramisch", "2.144,48", "2.144,48"],
                ["BEB/Labor", "Zahntechnik", "3.500,00", "3.500,00"],
                ["Summe", "", "7.842,16", "7.536,16"]]),
        op("Aus Ihrem Tarif erstatten wir 90 % der erstattungsfähigen Kosten, also voraussichtlich 6.782,54 €. Die Begrenzung in den ersten vier Versicherungs~jahren ist bei Ihnen nicht mehr zu beachten, da Ihr Vertrag seit 01.04.2019 besteht."),
        op("Bitte reichen Sie nach Abschluss der Behandlung die Rechnung und die Laborrechnung ein. Die Zusage gilt sechs Monate."),
        op("Mit freundlichen Grüßen\n\nVerena Kraus\nLeistung Zahn"),
    ]
    doc = odt(blocks, header="Rautenfels Krankenversicherung AG · Leistung Zahn",
              footer="Rautenfels Krankenversicherung AG · Sitz Bamberg · Amtsgericht Bamberg HRB 3382 · Vorstand: Dr. Henrike Gossler (Vors.), Ulrich Maar, Sabine Weyh\nSeite 1",
              title="HKP-Prüfung Dippold", author="Verena Kraus", date="2026-02-19 09:30")
    body = ("Guten Tag Frau Dippold,\n\nanbei erhalten Sie unser Prüfergebnis zu Ihrem Heil- und Kostenplan. Das Dokument können Sie mit "
            "jedem gängigen Textprogramm öffnen; wenn Sie lieber ein PDF möchten, geben Sie mir Bescheid.\n\nFreundliche Grüße\n\n" + sig("kraus"))
    m = Mail(addr("kraus"), "ramona.dippold@webpost.example", "Ihr Heil- und Kostenplan - unser Prüfergebnis", "2026-02-19 09:41", body, mailer="tb")
    m.attach("HKP_Pruefung_KV-4551309.odt", doc)
    return m


# --- scanned HKP from dentist, forwarded to dental consultant --------------
@mail("STRICTLY_CONFIDENTIAL", "de", "doctor",
      "Gescannter Heil- und Kostenplan (Befund, Parodontitis, Brücke 14-16) von Kerstin Ruckdeschel als Scan-PDF mit OCR-Text; Body knapp")
def _():
    lines = ["Zahnarztpraxis Dr. med. dent. Nadia Farouk",
             "Grüner Markt 9 · 96047 Bamberg · Tel. 0951 2 08 44",
             "",
             "HEIL- UND KOSTENPLAN (Privatbehandlung)            Datum: 11.03.2026",
             "",
             "Patientin:  Kerstin Ruckdeschel     geb. 06.12.1979",
             "Anschrift:  Zollnerstraße 101, 96052 Bamberg",
             "Kostenträger: Rautenfels Krankenversicherung, KV-330 81 17-03",
             "",
             "Befund:  14 f, 15 f, 16 ww, 17 kw   Parodontitis Stadium II Grad B",
             "Diagnose: Zahnverlust 15 nach Extraktion (K08.1), Karies profunda 16",
             "",
             "Geplante Therapie:",
             "  GOZ 5010  Brückenanker 14 (Vollguss verblendet)      1x   234,29",
             "  GOZ 5010  Brückenanker 16                            1x   234,29",
             "  GOZ 5070  Brückenglied 15                            1x    98,45",
             "  GOZ 2197  adhäsive Befestigung                       2x    33,62",
             "  GOZ 0090  Infiltrationsanästhesie                     4x    30,28",
             "  Material- und Laborkosten (geschätzt)                   1.480,00",
             "",
             "Voraussichtliche Gesamtkosten:                            2.110,93 EUR",
             "",
             "Die Patientin wurde über Alternativen (Implantat) aufgeklärt.",
             "",
             "_________________________          _________________________",
             "Unterschrift Zahnärztin              Unterschrift Patientin"]
    pdfb = scan_pdf(lines, 77, title="SCAN_20260312_0931", producer="RICOH IM C3000 / OCR", date="2026-03-12 09:31", rotate=0.9, font="F5", size=9.2, invisible=True)
    body = ("Hallo Herr Dr. Sauerteig,\n\nim Anhang ein HKP, der heute per Post kam (Scan). Bitte um Prüfung, v.a. Laborkosten. "
            "Versicherte Frau Ruckdeschel, KV-330 81 17-03.\n\nDanke!\nVerena Kraus\n\n" + sig("kraus", footer=False))
    m = Mail(addr("kraus"), "Dr. Hagen Sauerteig <beratung@zahngutachten-sauerteig.example>", "HKP zur Prüfung - Ruckdeschel", "2026-03-12 10:05", body)
    m.attach("SCAN_20260312_0931.pdf", pdfb)
    return m


# --- questionnaire (spine) sent to an applicant ----------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-applicant",
      "Zusatzfragebogen Wirbelsäule (DOCX, Tabellen, Kopf-/Fußzeile) an Antragsteller Jannik Körber wegen angegebenem Bandscheibenvorfall; Gesundheitsbezug im Body")
def _():
    hdr = [wp("Rautenfels Lebensversicherung AG · Antragsprüfung Leben/BU", sz=8, jc="right"),
           wp("Antrag-Nr. A-BU-2026-044193 · Antragsteller: Jannik Körber, geb. 23.07.1994", sz=8, jc="right")]
    ftr = [wp("Rautenfels Lebensversicherung AG · Kunigundendamm 40 · 96050 Bamberg · Amtsgericht Bamberg HRB 3381 · Formular FB-WS 03/2025", sz=7, jc="center")]
    blocks = [
        wp("Zusatzfragebogen Wirbelsäule / Rücken", b=True, sz=14),
        wp("Bitte beantworten Sie die folgenden Fragen vollständig und wahrheits~gemäß. Unvollständige oder unrichtige Angaben können uns berechtigen, vom Vertrag zurückzutreten oder ihn anzufechten (§§ 19 ff. VVG). Sie haben in Ihrem Antrag vom 02.03.2026 angegeben, im Jahr 2023 wegen eines Bandscheiben~vorfalls behandelt worden zu sein.", jc="both"),
        wtable([["Nr.", "Frage", "Antwort"],
                ["1", "Welcher Wirbelsäulenabschnitt war betroffen (HWS/BWS/LWS)? Welche Segmente?", ""],
                ["2", "Wann traten die Beschwerden erstmals auf, wann zuletzt?", ""],
                ["3", "Wurde eine Bildgebung (MRT, CT) durchgeführt? Bitte Befund beifügen.", ""],
                ["4", "Welche Behandlungen erfolgten (Physiotherapie, Injektionen, Operation)?", ""],
                ["5", "Bestanden Arbeitsunfähigkeitszeiten? Wenn ja: von – bis", ""],
                ["6", "Bestehen heute noch Beschwerden, Bewegungseinschränkungen oder Taubheitsgefühle?", ""],
                ["7", "Behandelnde Ärzte (Name, Anschrift)", ""]], [600, 5200, 3400]),
        wp(""),
        wp("Ich entbinde die oben genannten Ärzte insoweit von der Schweigepflicht, als dies zur Prüfung meines Antrags erforderlich ist (siehe gesonderte Einwilligungs- und Schweige~pflicht~entbindungs~erklärung).", jc="both", sz=9),
        wp("\n______________________________\t______________________________", tabs=[("left", 5200)]),
        wp("Ort, Datum\tUnterschrift Antragsteller", sz=8, tabs=[("left", 5200)]),
    ]
    d = docx(blocks, hdr, ftr, title="Zusatzfragebogen Wirbelsäule", author="Lukas Schwemmlein", company="Rautenfels Versicherungsgruppe", date="2026-03-05 13:10")
    body = ("Sehr geehrter Herr Körber,\n\nvielen Dank für Ihren Antrag auf eine selbständige Berufsunfähigkeitsversicherung. "
            "Zu dem von Ihnen angegebenen Bandscheibenvorfall (2023) benötigen wir noch einige Angaben. Bitte füllen Sie den beigefügten "
            "Zusatzfragebogen aus und senden Sie ihn uns unterschrieben zurück – gerne als Scan über unser Kundenportal oder per Post. "
            "Wenn vorhanden, legen Sie bitte den MRT-Befund und den Entlassungsbericht der Reha bei.\n\n"
            "Erst danach können wir über Ihren Antrag entscheiden. Ihr Makler, Herr Ammon, erhält eine Kopie dieser Nachricht.\n\n"
            "Mit freundlichen Grüßen\n\n" + sig("schwemmlein"))
    m = Mail(addr("schwemmlein"), "Jannik Körber <j.koerber@t-net.example>", "Ihr Antrag A-BU-2026-044193 - Rückfrage Gesundheit", "2026-03-05 13:24", body,
             cc="Versicherungsbüro Ammon <info@vb-ammon.example>")
    m.attach("Zusatzfragebogen_Wirbelsaeule_A-BU-2026-044193.docx", d)
    return m


# --- returned psychotherapy questionnaire, scanned, forwarded -------------
@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "Weitergeleitete Kundenmail mit ausgefülltem Fragebogen Psychotherapie (Angststörung F41.0, Sitzungen, Therapeutin) von Leonie Straub als schiefer Scan-PDF")
def _():
    lines = ["Rautenfels Lebensversicherung AG            Formular FB-PSY 01/2024",
             "Fragebogen zu psychischen Erkrankungen / Psychotherapie",
             "",
             "Antragsteller/in: Leonie Straub          geb.: 14.04.1998",
             "Antrag-Nr.: A-BU-2026-041870",
             "",
             "1. Diagnose(n):  Panikstörung (F41.0), Erstauftreten 2022",
             "2. Behandlung:   [x] ambulante Psychotherapie   [ ] stationär",
             "   Behandler:    Dipl.-Psych. Ruth Zeilinger, Forchheim",
             "   Zeitraum:     03/2022 bis 10/2023, 38 Sitzungen (Verhaltenstherapie)",
             "3. Medikamente:  Sertralin 50 mg von 04/2022 bis 02/2023",
             "4. Arbeitsunfähigkeit: [x] ja, 3 Wochen im Mai 2022",
             "5. Derzeit beschwerdefrei?  [x] ja   [ ] nein",
             "   seit: 11/2023, keine Behandlung mehr",
             "6. Suizidgedanken / -versuche:  [ ] ja   [x] nein",
             "",
             "Ich versichere die Richtigkeit meiner Angaben.",
             "",
             "Forchheim, 09.03.2026           L. Straub"]
    pdfb = scan_pdf(lines, 4410, title="Dokument1", producer="Apple iOS Notizen – Dokumentenscanner", date="2026-03-09 20:47", rotate=-1.4, font="F5", size=9.5)
    inner = ("Hallo,\n\nanbei wie gewünscht der ausgefüllte Fragebogen. Ich hab ihn mit dem Handy abfotografiert, ich hoffe das geht so. "
             "Den Brief von Frau Zeilinger schicke ich nach, sobald ich ihn habe.\n\nViele Grüße\nLeonie Straub\n\nVon meinem iPhone gesendet")
    body = ("Lukas,\n\nRücklauf zur Antragsprüfung Straub, leider nur als Handyfoto. Fragebogen ist vollständig, Therapeutenbericht fehlt noch. "
            "Lege ich Dir in den Vorgang.\n\nSophie\n\n"
            + outlook_hdr("Leonie Straub <leonie.straub@mailbox-franken.example>", "Montag, 9. März 2026 20:51", "service@%s" % DOM, "Fragebogen")
            + "\n" + inner)
    m = Mail(addr("landwehr"), addr("schwemmlein"), "WG: Fragebogen", "2026-03-10 08:15", body)
    m.attach("IMG_4471.pdf", pdfb)
    return m


# --- facultative submission to reinsurer -----------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "Facultative submission to reinsurer: applicant Dr. Matthias Eberlein, DOB, sum assured, BMI 33, hypertension, sleep apnoea, in DOCX summary with headers")
def _():
    hdr = [wp("Rautenfels Lebensversicherung AG – Facultative Submission FAC-L-2026-017", sz=8, jc="right"),
           wp("CONFIDENTIAL – MEDICAL-IN-CONFIDENCE", b=True, sz=8, jc="right", color="C00000")]
    ftr = [wp("Prepared by Life & Disability Underwriting, Bamberg · Page 1 of 1", sz=7, jc="center")]
    blocks = [
        wp("Underwriting summary", b=True, sz=14),
        wtable([["Field", "Detail"], ["Life assured", "Dr. Matthias Eberlein (dentist, self-employed)"], ["Date of birth", "04/11/1971 (age 54)"],
                ["Product", "Term life, level, 20 years, joint with disability rider"], ["Sum assured", "EUR 2,400,000 (retention EUR 750,000)"],
                ["Purpose", "Practice loan security, Sparkasse Obermain-Regnitz"], ["Height / weight", "181 cm / 108 kg, BMI 33.0"]], [2800, 6400]),
        wp(""),
        wp("Medical history", b=True),
        wp("Essential hypertension since 2019, treated with candesartan 16 mg and amlodipine 5 mg; last readings 138/86 and 142/88 mmHg (GP report 12/02/2026). Obstructive sleep apnoea diagnosed 2023 (AHI 31/h), CPAP compliant, usage 6.4 h/night. Lipids: total cholesterol 236 mg/dl, HDL 41, LDL 158. HbA1c 5.9 %. ECG at rest unremarkable; exercise ECG to 200 W without ischaemic changes (cardiologist Dr. Lentner, 19/02/2026).", jc="both"),
        wp("Family history: father myocardial infarction at 61. Non-smoker since 2015 (15 pack years before).", jc="both"),
        wp("Our assessment", b=True),
        wp("Our manual debits: build +50, hypertension +25, OSA treated +25, lipids +25 → +125 %. We would accept at +100 % with a reduced disability rider (exclusion for spinal disorders not required). We ask for your facultative terms on the excess of EUR 1,650,000.", jc="both"),
    ]
    d = docx(blocks, hdr, ftr, title="FAC-L-2026-017", author="Lukas Schwemmlein", company="Rautenfels Versicherungsgruppe", date="2026-02-24 15:00", hyphenate=False)
    body = ("Dear Fiona,\n\nplease find attached a facultative submission for a term life case above our retention (FAC-L-2026-017, "
            "sum assured EUR 2.4m, life assured a 54-year-old dentist). The GP and cardiology reports are available on request via our "
            "secure data room; I have summarised them in the document.\n\nWe would appreciate your terms by 6 March, as the bank needs the "
            "cover before the practice purchase completes.\n\nBest regards\nLukas\n\n" + sig("schwemmlein", "en"))
    m = Mail(addr("schwemmlein"), "Fiona MacLeod <fiona.macleod@nordkap-re.example>", "FAC-L-2026-017 - term life EUR 2.4m - request for terms", "2026-02-24 15:18", body,
             cc=addr("whitcombe"), mailer="outlook-en")
    m.attach("FAC-L-2026-017_underwriting_summary.docx", d)
    return m


# --- medical officer's statement DOCX, internal -----------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "Stellungnahme des Gesellschaftsarztes (psychosomatische Reha, F32.2, Klinikaufenthalt) zu Tobias Reißig als DOCX mit Vertraulichkeits-Kopfzeile")
def _():
    hdr = [wp("Gesellschaftsarzt · vertraulich · nur für die Leistungsabteilung", sz=8, jc="right", color="7F7F7F")]
    ftr = [wp("Rautenfels Krankenversicherung AG · interne ärztliche Stellungnahme · nicht an Dritte weitergeben", sz=7, jc="center")]
    blocks = [
        wp("Ärztliche Stellungnahme", b=True, sz=13),
        wp("Versicherter: Tobias Reißig, geb. 30.06.1985, KV-612 04 98-01, Tarif RK-Top", sz=10),
        wp("Anlass: Antrag auf Kostenübernahme stationäre psychosomatische Behandlung, Klinik am Staffelberg, geplant 6 Wochen ab 16.03.2026", sz=10),
        wp("Vorliegende Unterlagen: Einweisung Dr. med. Ralf Güttler (Hausarzt) vom 20.02.2026; Bericht Psychiaterin Dr. Reulbach vom 24.02.2026; AU-Bescheinigungen seit 05.01.2026.", jc="both"),
        wp("Beurteilung", b=True),
        wp("Beim Versicherten besteht eine schwere depressive Episode ohne psychotische Symptome (F32.2) bei anhaltender Arbeits~platz~belastung, begleitet von Schlaf~störungen und sozialem Rückzug. Eine ambulante Psycho~therapie (seit 11/2025, wöchentlich) und eine medikamentöse Behandlung mit Escitalopram 15 mg haben bislang nicht zu einer ausreichenden Stabilisierung geführt. Akute Suizidalität wird im Bericht verneint.", jc="both"),
        wp("Die Voraussetzungen für eine medizinisch notwendige stationäre Heil~behandlung sind aus meiner Sicht erfüllt. Die Klinik am Staffelberg ist eine gemischte Anstalt; eine vorherige schriftliche Zusage ist nach den Bedingungen erforderlich. Ich empfehle die Zusage zunächst für 42 Tage mit Verlängerung nach ärztlichem Zwischen~bericht.", jc="both"),
        wp("Bamberg, 03.03.2026\nDr. med. Jonas Wetzstein"),
    ]
    d = docx(blocks, hdr, ftr, title="Stellungnahme Reißig", author="Dr. med. Jonas Wetzstein", company="Rautenfels Versicherungsgruppe", date="2026-03-03 16:12")
    body = "Hallo Katrin,\n\nmeine Stellungnahme zum Fall Reißig anbei. Kurz: Zusage für 42 Tage empfohlen.\n\nGruß Jonas\n\n" + sig("wetzstein", footer=False)
    m = Mail(addr("wetzstein"), addr("oberlaender"), "Stellungnahme Reißig KV-6120498", "2026-03-03 16:20", body)
    m.attach("Stellungnahme_Reissig_20260303.docx", d)
    return m


# --- care level assessment outcome -------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "Pflegegrad-Bescheid mit Gutachtenergebnis (Module, Punktwerte, Demenz) für Elfriede Schmittlein an die bevollmächtigte Tochter, PDF mit Tabelle")
def _():
    paras = [
        "Sehr geehrte Frau Braun-Schmittlein,",
        "als Bevollmächtigte Ihrer Mutter, Frau Elfriede Schmittlein, geb. 08.10.1939, teilen wir Ihnen das Ergebnis der Pflege~begutachtung mit. Die Gutachterin der Pflege~begutachtung Süd GmbH hat Ihre Mutter am 26.01.2026 in ihrer Wohnung in Hirschaid besucht.",
        "Das Gutachten stellt eine Alzheimer-Demenz mit mittel~gradiger Ausprägung, eine Gang~unsicherheit nach Oberschenkel~hals~fraktur (2024) und eine Harn~inkontinenz fest. Die gewichteten Punkte je Modul:",
        "Mit insgesamt 64,5 gewichteten Punkten liegt Pflegegrad 3 vor (47,5 bis unter 70 Punkte). Wir zahlen ab 01.01.2026 (Antrags~monat) das Pflegegeld von monatlich 599,00 € bzw. bei Inanspruch~nahme des Pflege~dienstes Regnitztal Pflege~sach~leistungen bis 1.497,00 €. Aus dem Pflege~tagegeld~tarif PTG-Plus leisten wir zusätzlich 60 % des vereinbarten Tagessatzes.",
        "Das vollständige Gutachten senden wir Ihnen auf Wunsch zu. Gegen diese Entscheidung können Sie innerhalb von vier Wochen Widerspruch einlegen.",
    ]
    tab = ([["Modul", "Bereich", "gewichtete Punkte"], ["1", "Mobilität", "7,5"], ["2/3", "Kognitive Fähigkeiten / Verhaltensweisen", "15,0"],
            ["4", "Selbstversorgung", "20,0"], ["5", "Umgang mit krankheitsbedingten Anforderungen", "10,0"], ["6", "Gestaltung des Alltagslebens", "12,0"],
            ["", "Summe", "64,5"]], [60, 290, 115], ["l", "l", "r"])
    pdfb = rf_letter("Pflegegrad", ["Frau", "Doris Braun-Schmittlein", "Am Kreuzberg 2a", "96114 Hirschaid"], "Bamberg, 04.02.2026",
                     "Private Pflegepflichtversicherung – Einstufung Ihrer Mutter Elfriede Schmittlein", paras, ent="kv",
                     refs=[("Versicherungsnummer", "PPV-118 22 07-01"), ("Ansprechpartnerin", "Petra Leupold")], signer="Petra Leupold\nPflegeversicherung",
                     table=tab, table_after=2, date="2026-02-04 10:05")
    body = ("Sehr geehrte Frau Braun-Schmittlein,\n\nwie besprochen vorab per Mail unser Bescheid zur Einstufung Ihrer Mutter. "
            "Wenn Sie die Pflegesachleistung über den Pflegedienst abrechnen möchten, schicken Sie uns bitte den Pflegevertrag.\n\n"
            "Herzliche Grüße\n\n" + sig("leupold"))
    m = Mail(addr("leupold"), "Doris Braun-Schmittlein <doris.braun@mailbox-franken.example>", "Bescheid Pflegegrad Ihrer Mutter", "2026-02-04 10:22", body)
    m.attach("Bescheid_Pflegegrad_PPV-1182207.pdf", pdfb)
    return m


# --- expat claim settlement, HTML ---------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "Expat health claim statement for Samuel Okafor-Brandt in an HTML table: physiotherapy, orthopaedic consultation, MRI lumbar spine, amounts paid")
def _():
    rows = [("12/01/2026", "Dr R. Mensah, orthopaedic consultation", "180.00", "180.00"),
            ("19/01/2026", "Imaging Lagos Island, MRI lumbar spine", "410.00", "369.00"),
            ("26/01/2026", "Physiotherapy x6 (lumbar radiculopathy)", "390.00", "312.00"),
            ("02/02/2026", "Pharmacy: pregabalin 75 mg, 56 caps", "64.50", "64.50")]
    tr = "".join("<tr><td>%s</td><td>%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td></tr>" % r for r in rows)
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:10pt\"><p>Dear Mr Okafor-Brandt,</p>"
            "<p>we have processed your claim submitted on 4 February 2026 (claim no. EXP-26-00931, policy KV-EX 704 118).</p>"
            "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse:collapse\"><tr style=\"background:#dde4ee\">"
            "<th>Date</th><th>Treatment</th><th>Invoiced (USD)</th><th>Paid (USD)</th></tr>" + tr +
            "<tr><td colspan=\"2\"><b>Total</b></td><td align=\"right\"><b>1,044.50</b></td><td align=\"right\"><b>925.50</b></td></tr></table>"
            "<p>The MRI was reimbursed at 90&nbsp;% because no referral was attached; physiotherapy is limited to 80&nbsp;% under your Expat Silver plan. "
            "The payment of USD 925.50 will reach your account ending 4471 within five working days.</p>"
            "<p>Kind regards<br>Katrin Oberl&auml;nder<br>Health Claims<br>Rautenfels Insurance Group</p></body></html>")
    text = ("Dear Mr Okafor-Brandt,\n\nwe have processed your claim submitted on 4 February 2026 (claim no. EXP-26-00931, policy KV-EX 704 118).\n\n"
            + "\n".join("%s | %s | %s | %s" % r for r in rows) +
            "\nTotal invoiced USD 1,044.50, paid USD 925.50\n\nThe MRI was reimbursed at 90 % because no referral was attached; physiotherapy is limited "
            "to 80 % under your Expat Silver plan. The payment of USD 925.50 will reach your account ending 4471 within five working days.\n\n"
            "Kind regards\n" + sig("oberlaender", "en"))
    return Mail(addr("oberlaender"), "Samuel Okafor-Brandt <s.okafor-brandt@lagosmail.example>", "Your claim EXP-26-00931 - settlement", "2026-02-10 11:03",
                text, html=html, mailer="outlook-en")


# --- request for a medical report from a GP (BU) --------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "Anforderung eines ärztlichen Befundberichts zur BU-Leistungsprüfung (Gonarthrose, Dachdecker) für Reinhard Fößel mit vorausgefülltem DOCX-Formular")
def _():
    hdr = [wp("Rautenfels Lebensversicherung AG · BU-Leistungsprüfung · Leistungsfall BU-2026-00214", sz=8, jc="right")]
    ftr = [wp("Rautenfels Lebensversicherung AG · Kunigundendamm 40 · 96050 Bamberg · Telefon 0951 9340-5231 · Formular ÄB-BU 2/2025", sz=7, jc="center")]
    blocks = [
        wp("Ärztlicher Befundbericht", b=True, sz=14),
        wp("zur Prüfung von Leistungen wegen Berufsunfähigkeit", sz=10),
        wtable([["Angaben zur versicherten Person", ""], ["Name, Vorname", "Fößel, Reinhard"], ["Geburtsdatum", "12.02.1969"],
                ["Anschrift", "Hauptstraße 44, 96199 Zapfendorf"], ["Beruf", "Dachdecker (angestellt), zuletzt Vorarbeiter"]], [3600, 5600]),
        wp(""),
        wp("1. Welche Erkrankungen liegen vor (Diagnosen mit ICD-10)? Der Versicherte gibt eine beidseitige Gonarthrose und Meniskusschäden an.", jc="both"),
        wp("2. Seit wann behandeln Sie den Versicherten, wie häufig?", jc="both"),
        wp("3. Welche Befunde (Röntgen, MRT, Labor) liegen vor? Bitte Kopien beifügen.", jc="both"),
        wp("4. Welche Funktions~einschränkungen bestehen (Gehstrecke, Knien, Hocken, Leitern und Gerüste besteigen, Heben und Tragen über 20 kg)?", jc="both"),
        wp("5. Wie beurteilen Sie die Prognose? Sind operative Maßnahmen (z. B. Knie~gelenk~ersatz) geplant?", jc="both"),
        wp("Für die Erstellung des Berichts vergüten wir 65,00 € zzgl. Auslagen nach JVEG-Sätzen gegen Rechnung. Eine Schweige~pflicht~entbindungs~erklärung des Versicherten vom 14.01.2026 liegt bei.", jc="both", sz=9),
    ]
    d = docx(blocks, hdr, ftr, title="Befundbericht BU-2026-00214", author="Miriam Ehrenreich", company="Rautenfels Versicherungsgruppe", date="2026-01-20 09:00")
    body = ("Sehr geehrte Frau Dr. Kellermann,\n\nIhr Patient Herr Reinhard Fößel (geb. 12.02.1969) hat bei uns Leistungen aus seiner "
            "Berufsunfähigkeitsversicherung beantragt. Er hat uns Sie als behandelnde Hausärztin genannt und uns von der Schweigepflicht "
            "entbunden (Erklärung anbei als Scan im Formular erwähnt, Original liegt in der Akte).\n\nWir bitten Sie, den beigefügten "
            "Befundbericht auszufüllen und uns mit Kopien der Röntgen-/MRT-Befunde der Kniegelenke zurückzusenden – am liebsten über unser "
            "sicheres Portal, der Zugang kommt in einer separaten Nachricht.\n\nVielen Dank für Ihre Unterstützung.\n\nMit freundlichen Grüßen\n\n" + sig("ehrenreich"))
    m = Mail(addr("ehrenreich"), "Praxis Dr. Kellermann <praxis@praxis-kellermann.example>", "Befundbericht BU - Ihr Patient Reinhard Fößel, geb. 12.02.1969", "2026-01-20 09:14", body)
    m.attach("Befundbericht_BU-2026-00214.docx", d)
    return m


# --- doctor's invoice forwarded from customer mail ----------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "Kundenmail mit Arztrechnung (GOÄ-Positionen, akute Bronchitis J20.9, Lungenfunktion) für Tochter Mia Hönig als PDF, intern weitergeleitet")
def _():
    head, foot = practice_letterhead(["Hausarztpraxis Dr. med. Beate Kellermann", "Fachärztin für Allgemeinmedizin · Naturheilverfahren",
                                      "Sattlertorstraße 6 · 91301 Forchheim"], ["Tel. 09191 6 33 10", "praxis@praxis-kellermann.example"],
                                     ["Bankverbindung: VR Bank Bamberg-Forchheim · IBAN %s" % grp(iban("DE", "763910000006612080")),
                                      "Steuer-Nr. 216/288/40117 · Umsatzsteuerfrei nach § 4 Nr. 14 UStG"])
    pdf = PDF(title="Rechnung 2026-0318", author="Praxis Kellermann", creator="CGM TURBOMED", producer="CGM TURBOMED PDF", date="2026-02-27 12:00")
    pdf.header, pdf.footer = head, foot
    pdf.top = 735
    pdf.new_page()
    pdf.lines("Herrn\nStefan Hönig\nPaul-Keller-Straße 19\n91301 Forchheim", size=10)
    pdf.text_r(535, 705, "Rechnung Nr. 2026-0318 · 27.02.2026", "F1", 9)
    pdf.gap(16)
    pdf.para("Privatliquidation für: Mia Hönig, geb. 21.07.2016", "F2", 10, align="left")
    pdf.para("Diagnose: akute Bronchitis (J20.9), Verdacht auf Asthma bronchiale (J45.9 V)", "F1", 9.5, align="left", after=8)
    pdf.table([["Datum", "GOÄ", "Leistung", "Faktor", "Betrag"],
               ["16.02.2026", "1", "Beratung", "2,3", "10,72"], ["16.02.2026", "7", "Untersuchung Organsystem", "2,3", "21,45"],
               ["16.02.2026", "605", "Ruhespirographie", "1,8", "25,81"], ["16.02.2026", "3511", "Blutbild (Labor)", "1,15", "5,36"],
               ["23.02.2026", "1", "Beratung (Kontrolle)", "2,3", "10,72"], ["23.02.2026", "605", "Ruhespirographie", "1,8", "25,81"],
               ["", "", "Rechnungsbetrag", "", "99,87 €"]], [70, 45, 220, 55, 75], align=["l", "l", "l", "r", "r"])
    pdf.para("Bitte überweisen Sie den Betrag innerhalb von 30 Tagen unter Angabe der Rechnungsnummer.", "F1", 9)
    inner = ("Hallo liebes Rautenfels-Team,\n\nanbei die Rechnung von Frau Dr. Kellermann für unsere Tochter Mia (mitversichert bei mir, "
             "KV-502 66 12-02). Mia hatte im Februar ne hartnäckige Bronchitis, jetzt wird noch abgeklärt ob Asthma. Bitte auf unser bekanntes Konto.\n\n"
             "Danke + Gruß\nStefan Hönig")
    body = ("Zur Erfassung, Beleg hängt an. Tarif Kinder-Komfort.\n\n"
            + outlook_hdr("Stefan Hönig <stefan.hoenig@gmx-post.example>", "Freitag, 27. Februar 2026 18:02", "leistung@%s" % DOM, "Rechnung Mia")
            + "\n" + inner + "\n\n" + sig("landwehr", footer=False))
    m = Mail(addr("landwehr"), "Leistung KV Posteingang <leistung-erfassung@%s>" % DOM, "WG: Rechnung Mia", "2026-03-02 07:58", body)
    m.attach("Rechnung_Kellermann_2026-0318.pdf", pdf.build())
    return m


# --- accident disability assessment (Gliedertaxe), plain text -------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "Unfallversicherung: Invaliditätsbemessung nach Gliedertaxe (Daumenverletzung, Sehnenruptur, Gutachten) für Patrick Sauer mit Auszahlungsbetrag")
def _():
    body = ("Sehr geehrter Herr Sauer,\n\n"
            "das Gutachten von Herrn Dr. med. Konrad Bärnreuther (Handchirurgie, Klinikum Michelsberg) vom 09.03.2026 liegt uns jetzt vor. "
            "Vielen Dank, dass Sie den Untersuchungstermin so kurzfristig wahrgenommen haben.\n\n"
            "Zum Ergebnis:\n"
            "Bei dem Unfall am 21.06.2025 (Sturz mit dem Mountainbike am Staffelberg) haben Sie sich eine Ruptur der langen Daumenstrecksehne "
            "links mit knöchernem Ausriss am Endglied zugezogen. Trotz operativer Versorgung am 23.06.2025 und anschließender Handtherapie "
            "verbleibt eine Bewegungseinschränkung im Daumenendgelenk und eine Minderung der Grobkraft.\n\n"
            "Der Gutachter bemisst die dauerhafte Funktionsbeeinträchtigung mit 3/10 Daumenwert. Nach der Gliedertaxe Ihres Tarifs "
            "(UV-Aktiv, verbesserte Gliedertaxe) beträgt der Daumenwert 25 %. Daraus ergibt sich ein Invaliditätsgrad von 7,5 %.\n\n"
            "Grundsumme:            120.000,00 EUR\n"
            "Invaliditätsgrad:        7,5 %\n"
            "Progression:           keine (erst ab 25 %)\n"
            "Invaliditätsleistung:    9.000,00 EUR\n"
            "abzüglich Vorschuss vom 12.11.2025: 2.000,00 EUR\n"
            "Auszahlung:              7.000,00 EUR\n\n"
            "Die Gutachterkosten übernehmen wir. Sie und wir können den Invaliditätsgrad bis drei Jahre nach dem Unfall jährlich neu bemessen lassen.\n\n"
            "Mit freundlichen Grüßen\n\n" + sig("eckl"))
    return Mail(addr("eckl"), "Patrick Sauer <patrick.sauer@webpost.example>", "Ihre Unfallversicherung UV 55 018 334 - Invaliditätsleistung", "2026-03-16 11:40", body)


# --- death claim, English -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "Life death claim: condolence and request for death certificate and cause-of-death statement for the late Margaret Holloway-Stein, policy and beneficiary named")
def _():
    body = ("Dear Mr Holloway,\n\nplease accept our sincere condolences on the death of your mother, Mrs Margaret Holloway-Stein.\n\n"
            "Thank you for notifying us by telephone this morning. Your mother held an endowment policy with us (LV 7 200 116 048, "
            "sum insured EUR 40,000 plus bonuses). You are named as the sole beneficiary.\n\n"
            "To settle the claim we need:\n"
            "1. a certified copy of the death certificate (an international extract is fine if she died in England);\n"
            "2. a statement from the treating doctor or the hospital on the cause of death, using the enclosed form or an informal letter, "
            "because the policy began less than three years ago after the 2023 reinstatement;\n"
            "3. a copy of your passport and your bank details (IBAN) for the payment.\n\n"
            "You mentioned she had been treated at the Royal Sussex for some months; the hospital can send the statement to us directly "
            "if you sign the consent on the form.\n\n"
            "Please do not hesitate to call me if anything is unclear.\n\nWith kind regards\n\n" + sig("ehrenreich", "en"))
    return Mail(addr("ehrenreich"), "Robert Holloway <rob.holloway@brightonmail.example>", "Policy LV 7 200 116 048 - Mrs Margaret Holloway-Stein", "2026-04-07 12:15", body, mailer="outlook-en")


# --- policy loan, internal, short --------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "Interne Rückfrage zum Policendarlehen aus der Lebensversicherung von Walter Engelhardt (Rückkaufswert, Darlehenshöhe) – Lebensvertrag einer Person")
def _():
    body = ("Hi Clara,\n\nkurze Frage zu Herrn Walter Engelhardt, LV 7 100 377 210: er möchte ein Policendarlehen über 15.000 EUR, "
            "Rückkaufswert laut System 41.380 EUR. Darf ich das bis 60 % ohne Freigabe machen oder brauche ich Dich als Zweitunterschrift? "
            "Zinssatz wäre aktuell 4,25 %.\nEr hat's eilig, will ein Auto kaufen.\n\nDanke, Sophie")
    return Mail(addr("landwehr"), addr("benz"), "Policendarlehen Engelhardt", "2026-02-12 14:33", body, mailer="tb", cte="8bit")


# --- assistance partner, English quoting German discharge text (mixed) -------------------
@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-partner",
      "English mail to assistance partner quoting German discharge-letter excerpt (stroke I63.5, aphasia) of Hannelore Gebhardt for repatriation planning")
def _():
    body = ("Dear Marco,\n\nregarding case MA-26-02210 (Mrs Hannelore Gebhardt, DOB 19/05/1948, currently in Clínica San Telmo, Palma), "
            "our medical officer has now received the German summary from the treating neurologist via the family. The relevant passage "
            "reads (original German, my translation below):\n\n"
            "> Diagnose: Ischämischer Hirninfarkt im Mediastromgebiet links (I63.5) am 02.04.2026,\n"
            "> Lysetherapie nicht möglich (Zeitfenster überschritten). Persistierende motorische\n"
            "> Aphasie, Hemiparese rechts KG 3/5. Patientin wach, orientiert, schluckt püriert.\n"
            "> Transportfähig liegend mit ärztlicher Begleitung ab ca. 10.04.2026.\n\n"
            "In short: left MCA stroke, no thrombolysis, persisting expressive aphasia and right-sided weakness, fit for stretcher "
            "transport with a physician from about 10 April.\n\nDr Wetzstein agrees to repatriation by scheduled flight with stretcher "
            "(no air ambulance needed) to Klinikum Michelsberg, stroke unit, where a bed has been requested for 11 April. Her husband "
            "Klaus Gebhardt will travel with her.\n\nPlease send us your quote and flight options.\n\nThanks and best regards\n\n" + sig("kovacevic", "en"))
    return Mail(addr("kovacevic"), "Marco Attard <marco.attard@meridian-assist.example>", "MA-26-02210 GEBHARDT - repatriation, medical summary", "2026-04-07 16:50", body,
                cc=addr("wetzstein"), mailer="outlook-en")


# --- physiotherapist asked for a therapy report ---------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
      "Anfrage an Physiotherapiepraxis nach Therapiebericht (Manuelle Lymphdrainage nach Mamma-Ca-OP, 3. Verordnung) für Sabine Eichhorn")
def _():
    body = ("Sehr geehrte Frau Laubender,\n\nIhre Patientin, Frau Sabine Eichhorn (geb. 30.01.1966), hat uns die dritte Folgeverordnung über "
            "20 × Manuelle Lymphdrainage 60 Min. (MLD 60) mit Kompressionsbandagierung eingereicht. Nach der Verordnung von "
            "Dr. med. Helga Pfaffenberger besteht ein sekundäres Armlymphödem links nach Ablatio mammae und Axilladissektion (2024).\n\n"
            "Da der Umfang die Richtwerte unseres Tarifs überschreitet, bitten wir um einen kurzen Therapiebericht:\n"
            "- Verlauf der Umfangsmessungen (Ober-/Unterarm),\n"
            "- erreichte Entstauung und Prognose,\n"
            "- ob eine Kompressionsversorgung (Flachstrick) bereits erfolgt ist.\n\n"
            "Eine Schweigepflichtentbindung von Frau Eichhorn liegt uns vor. Für den Bericht vergüten wir pauschal 25 EUR.\n\n"
            "Mit freundlichen Grüßen\n\n" + sig("oberlaender"))
    return Mail(addr("oberlaender"), "Physiotherapie Laubender <info@physio-laubender.example>", "Therapiebericht Frau Sabine Eichhorn - MLD-Verordnung", "2026-03-18 09:20", body)


# --- daily sickness allowance, HTML --------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "Krankentagegeld: fehlende AU-Bescheinigungen, Diagnose Anpassungsstörung F43.2 auf der Bescheinigung, Zahlungstabelle für Dominik Hager (HTML)")
def _():
    html = ("<html><body style=\"font-family:Calibri,Arial;font-size:11pt\"><p>Sehr geehrter Herr Hager,</p>"
            "<p>vielen Dank für die Übersendung der Arbeitsunfähigkeits&shy;bescheinigungen. Für die Zahlung Ihres Krankentagegelds haben wir bisher folgende Zeiträume abgerechnet:</p>"
            "<table border=\"1\" cellpadding=\"5\" style=\"border-collapse:collapse;font-size:10pt\">"
            "<tr style=\"background:#e8e8e8\"><th>Zeitraum</th><th>Tage</th><th>Tagessatz</th><th>Betrag</th><th>Status</th></tr>"
            "<tr><td>03.02.–28.02.2026</td><td>26</td><td>95,00 €</td><td>1.520,00 €*</td><td>ausgezahlt</td></tr>"
            "<tr><td>01.03.–15.03.2026</td><td>15</td><td>95,00 €</td><td>1.425,00 €</td><td>ausgezahlt</td></tr>"
            "<tr><td>16.03.–31.03.2026</td><td>16</td><td>95,00 €</td><td>–</td><td>Bescheinigung fehlt</td></tr></table>"
            "<p style=\"font-size:9pt\">* abzüglich Karenzzeit 10 Tage (Tarif KT43-Selbständige: Leistung ab dem 11. Tag)</p>"
            "<p>Auf der Bescheinigung vom 02.03.2026 ist als Diagnose eine Anpassungsstörung (F43.2) angegeben. Bei einer Arbeits&shy;unfähigkeit über acht Wochen "
            "benötigen wir zusätzlich einen kurzen Befundbericht Ihres behandelnden Arztes, Herrn Dr. Güttler, mit Angaben zum voraussichtlichen Ende der Arbeitsunfähigkeit.</p>"
            "<p>Bitte senden Sie uns die Folgebescheinigung ab 16.03.2026 zu.</p>"
            "<p>Mit freundlichen Grüßen<br>Katrin Oberländer<br>Leistungsabteilung Krankenversicherung</p></body></html>")
    text = ("Sehr geehrter Herr Hager,\n\nvielen Dank für die Übersendung der Arbeitsunfähigkeitsbescheinigungen. Für die Zahlung Ihres "
            "Krankentagegelds haben wir bisher folgende Zeiträume abgerechnet:\n\n"
            "03.02.-28.02.2026  26 Tage  95,00 EUR  1.520,00 EUR*  ausgezahlt\n"
            "01.03.-15.03.2026  15 Tage  95,00 EUR  1.425,00 EUR   ausgezahlt\n"
            "16.03.-31.03.2026  16 Tage  95,00 EUR  -              Bescheinigung fehlt\n"
            "* abzüglich Karenzzeit 10 Tage (Tarif KT43-Selbständige: Leistung ab dem 11. Tag)\n\n"
            "Auf der Bescheinigung vom 02.03.2026 ist als Diagnose eine Anpassungsstörung (F43.2) angegeben. Bei einer Arbeitsunfähigkeit über "
            "acht Wochen benötigen wir zusätzlich einen kurzen Befundbericht Ihres behandelnden Arztes, Herrn Dr. Güttler, mit Angaben zum "
            "voraussichtlichen Ende der Arbeitsunfähigkeit.\n\nBitte senden Sie uns die Folgebescheinigung ab 16.03.2026 zu.\n\n"
            "Mit freundlichen Grüßen\n" + sig("oberlaender"))
    return Mail(addr("oberlaender"), "Dominik Hager <info@hager-fliesen.example>", "Krankentagegeld KV-710 33 50 - Stand der Abrechnung", "2026-04-02 13:10", text, html=html)


# --- independent medical examination report (English), forwarded ---------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "assessor",
      "Independent medical examination report (DOCX, headers, justified) on BU claimant Daniel Whitfield-Roth: lumbar fusion, chronic pain, capacity 3-6 h")
def _():
    hdr = [wp("Harcourt Medico-Legal Ltd · Independent Medical Examination", sz=8, jc="right"),
           wp("Ref. HML/26/0417 · Claimant: Mr Daniel Whitfield-Roth · DOB 08/02/1982", sz=8, jc="right")]
    ftr = [wp("Harcourt Medico-Legal Ltd, 9 Albion Yard, Leeds LS1 6AP · Registered in England 08812233 · This report is confidential and prepared for the instructing party only.", sz=7, jc="center")]
    blocks = [
        wp("Report on disability claim", b=True, sz=14),
        wp("Instructed by Rautenfels Lebensversicherung AG, Bamberg (claim BU-2025-01544). Examination at our Leeds clinic on 17 February 2026 by Mr Peter Ashdown FRCS (Tr & Orth).", jc="both"),
        wp("History", b=True),
        wp("Mr Whitfield-Roth, a 44-year-old software test engineer, reports low back pain since a lifting injury in 2021. He underwent L4/5 posterior lumbar interbody fusion in March 2024 at Leeds General Infirmary. Since then he describes constant axial pain (VAS 6/10), radiating to the left buttock, and reduced sitting tolerance of about 40 minutes. Medication: pregabalin 150 mg twice daily, codeine 30 mg as needed. He has been off work since 1 June 2025.", jc="both"),
        wp("Examination", b=True),
        wp("Guarded gait, lumbar flexion to the knees, straight leg raise 70° bilaterally without root signs. No neurological deficit. Waddell signs 1/5. Recent CT (11/2025) shows solid fusion and no hardware failure.", jc="both"),
        wp("Opinion", b=True),
        wp("The claimant has a genuine chronic post-surgical pain syndrome (ICD-10 M96.1, G89.29). In my opinion he is capable of sedentary work with the opportunity to change position every 30–40 minutes for three to six hours per day. His previous occupation, which includes extended desk work, can be adapted accordingly; I would estimate his capacity for it at 60 % at present, with a realistic prospect of improvement after a pain-management programme.", jc="both"),
        wp("Statement of truth: I confirm that the facts stated in this report are true to the best of my knowledge.\n\nPeter Ashdown FRCS (Tr & Orth)\n24 February 2026", sz=9),
    ]
    d = docx(blocks, hdr, ftr, title="IME HML-26-0417", author="Peter Ashdown", company="Harcourt Medico-Legal Ltd", date="2026-02-24 18:00")
    body = ("Miriam,\n\nthe IME report from Leeds arrived this morning (below). Key point: capacity for his own occupation about 60 %, so below "
            "our 50 % threshold for BU is not reached at the moment. Dr Wetzstein should still have a look before we write to the claimant.\n\n"
            "Eleanor\n\n"
            + outlook_hdr("Reports Team <reports@harcourt-medicolegal.example>", "Tuesday, 24 February 2026 18:04", email_of("whitcombe"),
                          "HML/26/0417 - report - Whitfield-Roth", lang="en")
            + "\nDear Ms Whitcombe,\n\nplease find attached the report of Mr Ashdown. Our invoice will follow under separate cover.\n\n"
              "Kind regards\nHarcourt Medico-Legal Ltd\n\n" + sig("whitcombe", "en", footer=False))
    m = Mail(addr("whitcombe"), addr("ehrenreich"), "FW: HML/26/0417 - report - Whitfield-Roth", "2026-02-25 08:37", body, mailer="outlook-en")
    m.attach("HML-26-0417_Report_Whitfield-Roth.docx", d)
    return m


# --- claims statement PDF, harmless body -----------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "Leistungsabrechnung als PDF (MRT Knie, Labor, Radiologie, Krankengymnastik, Selbstbehalt) für Jürgen Raab; Body sagt nur 'Ihre Abrechnung'")
def _():
    paras = ["Sehr geehrter Herr Raab,",
             "wir haben die von Ihnen am 12.03.2026 eingereichten Belege abgerechnet:",
             "Von den erstattungs~fähigen Kosten haben wir Ihren tariflichen Selbstbehalt für 2026 (noch offen: 180,00 €) abgezogen. Die Kranken~gymnastik erstatten wir nach Ihrem Tarif bis zu den Höchstsätzen des Leistungsverzeichnisses; der darüber liegende Betrag von 21,60 € ist nicht erstattungsfähig.",
             "Den Betrag von 487,96 € überweisen wir auf Ihr Konto bei der Sparkasse Obermain-Regnitz (IBAN endet auf 7713).",
             "Bitte bewahren Sie die Original~belege noch sechs Monate auf."]
    tab = ([["Beleg", "Leistungserbringer", "Leistung", "Betrag"],
            ["1", "Radiologie Regnitzaue", "MRT Kniegelenk rechts (GOÄ 5729)", "398,21 €"],
            ["2", "Dr. med. T. Aurnhammer", "Beratung, Untersuchung, Punktion", "86,35 €"],
            ["3", "Labor Dr. Limbach-Franken", "Entzündungswerte, Harnsäure", "42,00 €"],
            ["4", "Physio Laubender", "Krankengymnastik 6x", "163,00 €"],
            ["", "", "Summe eingereicht", "689,56 €"], ["", "", "nicht erstattungsfähig", "-21,60 €"],
            ["", "", "Selbstbehalt", "-180,00 €"], ["", "", "Erstattung", "487,96 €"]], [35, 140, 195, 95], ["l", "l", "l", "r"])
    pdfb = rf_letter("Leistungsabrechnung", ["Herrn", "Jürgen Raab", "Hainstraße 27", "96047 Bamberg"], "Bamberg, 19.03.2026",
                     "Leistungsabrechnung vom 19.03.2026", paras, ent="kv",
                     refs=[("Versicherungsnummer", "KV-118 90 23-01"), ("Abrechnungsnummer", "LA 2026 031 9447")], signer="Ihre Leistungsabteilung",
                     table=tab, table_after=1, date="2026-03-19 04:12")
    body = ("Guten Tag Herr Raab,\n\nin Ihrem Kundenportal liegt ein neues Dokument für Sie bereit. Wie gewünscht senden wir es Ihnen "
            "zusätzlich als Anhang.\n\nDokument: Leistungsabrechnung vom 19.03.2026\n\nIhre Rautenfels Krankenversicherung\n\n" + legal("kv"))
    m = Mail("Rautenfels Kundenpost <kundenpost@%s>" % DOM, "juergen.raab@mailbox-franken.example", "Ihre Abrechnung", "2026-03-19 06:30", body, mailer="system")
    m.attach("Leistungsabrechnung_2026-03-19.pdf", pdfb)
    return m


# --- lawyer's letter with injured party's health details -------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "lawyer",
      "Anwaltsschreiben zum Kfz-Haftpflichtschaden: Verletzungen der Geschädigten Anja Lösch (HWS-Distorsion, Schädelprellung, AU), Schmerzensgeldforderung")
def _():
    inner = ("Sehr geehrte Damen und Herren,\n\n"
             "in der Verkehrsunfallsache Lösch ./. Ihren Versicherungsnehmer (Unfall vom 14.01.2026, Schadennummer KH-26-0033871) "
             "zeigen wir an, dass wir Frau Anja Lösch anwaltlich vertreten. Vollmacht liegt an.\n\n"
             "Unsere Mandantin erlitt bei dem Auffahrunfall eine HWS-Distorsion Grad II (S13.4), eine Schädelprellung (S00.05) sowie eine "
             "Thoraxprellung durch den Gurt. Sie war vom 14.01. bis 27.02.2026 arbeitsunfähig, erhielt 18 Physiotherapie-Einheiten und "
             "leidet weiterhin unter Kopfschmerzen und Schlafstörungen. Die Befundberichte der Notaufnahme des Klinikums Michelsberg und "
             "ihres Orthopäden Dr. Aurnhammer fügen wir bei.\n\n"
             "Wir beziffern:\n- Schmerzensgeld: 3.500,00 EUR\n- Verdienstausfall (netto, Aufstellung Arbeitgeber): 1.212,40 EUR\n"
             "- Zuzahlungen, Fahrtkosten: 146,70 EUR\n- Haushaltsführungsschaden: 640,00 EUR\n\n"
             "Wir haben uns eine Frist bis 10.04.2026 notiert.\n\nMit freundlichen Grüßen\nDr. Carola Raab\nRechtsanwältin")
    body = ("Hallo Tobias,\n\nder Personenschadenteil zu KH-26-0033871 kam bei mir an, gehört aber zu Dir. Anlagen (Befundberichte) "
            "sind im Dokumentenmanagement unter der Schadennummer abgelegt.\n\nGruß Selin\n\n"
            + outlook_hdr("Kanzlei Schuster Raab <sekretariat@kanzlei-schuster-raab.example>", "Mittwoch, 18. März 2026 11:07",
                          "schaden@%s" % DOM, "Lösch ./. Rautenfels - KH-26-0033871 - Az. 26/0141")
            + "\n" + inner)
    return Mail(addr("aydogan"), addr("grasmueck"), "WG: Lösch ./. Rautenfels - KH-26-0033871 - Az. 26/0141", "2026-03-18 13:30", body)


# --- response to lawyer with medical expert summary --------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "Antwort an Anwältin mit Zusammenfassung eines unfallchirurgischen Gutachtens (Vorschaden HWS, degenerative Veränderungen) zur Geschädigten Anja Lösch")
def _():
    body = ("Sehr geehrte Frau Dr. Raab,\n\nin der Sache Lösch ./. Rautenfels (Ihr Az. 26/0141, unsere Schadennummer KH-26-0033871) danken wir für "
            "Ihre Geduld.\n\nWir haben die übersandten Befundberichte durch Herrn Prof. Dr. med. Gerd Hoffahrt, Facharzt für Unfallchirurgie, "
            "auswerten lassen. Er bestätigt die HWS-Distorsion und die Prellungen als unfallbedingt. Die fortbestehenden Kopfschmerzen führt er "
            "jedoch überwiegend auf die im MRT vom 20.01.2026 beschriebenen degenerativen Veränderungen C5/6 und C6/7 sowie die in der "
            "Kassenauskunft dokumentierte Vorbehandlung wegen Spannungskopfschmerz (2023) zurück; eine unfallbedingte Arbeitsunfähigkeit hält er "
            "bis etwa 13.02.2026 für nachvollziehbar.\n\n"
            "Wir bieten zur Abgeltung aller Ansprüche aus dem Unfallereignis an:\n"
            "- Schmerzensgeld 2.200,00 EUR\n- Verdienstausfall bis 13.02.2026: 812,00 EUR\n- Zuzahlungen/Fahrtkosten 146,70 EUR\n"
            "- Haushaltsführungsschaden 320,00 EUR\n- Ihre Gebühren nach RVG aus dem Vergleichswert\n\n"
            "Eine Kopie des Gutachtens stellen wir Ihnen über unser Portal zur Verfügung.\n\nMit freundlichen Grüßen\n\n" + sig("grasmueck"))
    return Mail(addr("grasmueck"), "Dr. Carola Raab <c.raab@kanzlei-schuster-raab.example>", "Lösch ./. Rautenfels - Ihr Az. 26/0141 - Regulierungsangebot", "2026-04-08 15:02", body)


# --- travel cancellation due to pregnancy complications ------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "Travel cancellation claim of Chloé Martin-Vogt because of pregnancy complication (threatened preterm labour): request for attestation form")
def _():
    body = ("Dear Ms Martin-Vogt,\n\nthank you for your cancellation notice for the trip to Zanzibar (departure 2 May 2026, booking "
            "TUI-88120447, travel cancellation policy RR 903 4471).\n\nYou wrote that your gynaecologist advised you not to travel because of "
            "signs of threatened preterm labour in the 27th week of pregnancy and that you are on bed rest. We are very sorry and hope "
            "everything goes well.\n\nA pregnancy itself is not an insured event, but an unexpected complication is. To assess your claim, "
            "please ask your gynaecologist to complete the attached attestation (\"Ärztliches Attest zur Reiseunfähigkeit\" – the form is "
            "bilingual) stating the date of diagnosis and that the complication was not foreseeable when you booked on 14 January.\n\n"
            "The cancellation fee charged by the tour operator (EUR 2,946.00 for two persons) will be reimbursed less the excess of 20 % "
            "if the claim is accepted. Your partner's cancellation is covered as a co-insured travelling companion.\n\n"
            "Kind regards\n\n" + sig("kovacevic", "en"))
    form = rf_letter("Attest Reiseunfähigkeit", ["Form RR-AT 04/2025", "Ärztliches Attest zur Reiseunfähigkeit /", "Medical certificate of inability to travel"],
                     "", "Patient: Chloé Martin-Vogt, DOB 03/09/1993 – Claim RR-26-01274",
                     ["1. Diagnosis / Diagnose (ICD-10): ______________________________________________",
                      "2. Date of first consultation for this condition / Datum der Erstbehandlung: ______________",
                      "3. Was the condition known or foreseeable on 14/01/2026 (booking date)? [ ] yes  [ ] no",
                      "4. Since when is the patient unable to travel? / Reiseunfähig seit: ____________________",
                      "5. Expected duration / voraussichtliche Dauer: _______________________________",
                      "Stamp and signature of the physician / Stempel und Unterschrift des Arztes:"],
                     ent="sach", lang="en", refs=[("Claim", "RR-26-01274")], closing=" ", signer=None, date="2026-04-09 10:00", hyph=None)
    m = Mail(addr("kovacevic"), "Chloé Martin-Vogt <chloe.mv@posteo-mail.example>", "Your cancellation claim RR-26-01274 - Zanzibar", "2026-04-09 10:24", body, mailer="outlook-en")
    m.attach("Attest_Reiseunfaehigkeit_RR-26-01274.pdf", form)
    return m


# --- ZIP export of a claim file to internal audit ---------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "ZIP mit Leistungsakte (Arztbrief Hüft-TEP, Krankenhausrechnung, Leistungsvermerk) von Rosemarie Bickel an die Revision; Body nennt nur die Vorgangsnummer")
def _():
    head, foot = practice_letterhead(["Klinikum Michelsberg", "Klinik für Orthopädie und Endoprothetik", "Chefarzt Dr. med. Veit Angerer"],
                                     ["Michelsberger Allee 3", "96049 Bamberg"], ["Klinikum Michelsberg gGmbH · Registergericht Bamberg HRB 2290"], accent=0.1)
    p1 = PDF(title="Arztbrief", creator="ORBIS KIS Arztbriefschreibung", producer="Adobe PDF Library 17.0", date="2025-11-28 15:00")
    p1.header, p1.footer = head, foot
    p1.top = 735
    p1.new_page()
    p1.para("Kurzarztbrief – Frau Rosemarie Bickel, geb. 14.08.1952", "F2", 11, align="left")
    p1.para("Aufenthalt 17.11.2025 – 28.11.2025. Diagnose: primäre Coxarthrose rechts (M16.1). Operation 18.11.2025: zementfreie Hüft-Total~endo~prothese rechts (OPS 5-820.00). Post~operativ kurzzeitig Durchgangs~syndrom, unter Haloperidol 0,5 mg rückläufig. Wundverhältnisse reizlos. Thrombose~prophylaxe mit Enoxaparin 40 mg s.c. für 35 Tage. Übernahme in die Anschluss~heil~behandlung Fachklinik Obermain am 28.11.2025.")
    p2 = PDF(title="Rechnung", creator="SAP IS-H", producer="SAP NetWeaver", date="2025-12-04 09:00")
    p2.new_page()
    p2.para("Klinikum Michelsberg – Patientenabrechnung", "F2", 11, align="left")
    p2.para("Rechnung 900417732 · Patientin: Rosemarie Bickel · Versicherung: Rautenfels Krankenversicherung AG, KV-002 71 40-01", "F1", 9, align="left")
    p2.table([["Position", "Bezeichnung", "Betrag"], ["DRG I47B", "Revision oder Ersatz des Hüftgelenkes ohne komplizierende Diagnose", "7.812,44"],
              ["Wahlleistung", "Einbettzimmer 11 Tage", "1.485,00"], ["Wahlleistung", "Chefarztbehandlung (GOÄ, Anlage)", "2.204,16"],
              ["", "Gesamt", "11.501,60 EUR"]], [90, 280, 95], align=["l", "l", "r"])
    note = ("Leistungsvermerk KV-002 71 40-01 / Vorgang 2025-118844\n"
            "Stationär Hüft-TEP re. 17.-28.11.2025, Klinikum Michelsberg. DRG I47B, Wahlleistungen Tarif SK1.\n"
            "Chefarztrechnung: Steigerungsfaktor 3,5 bei GOÄ 2151 ohne Begründung -> gekürzt auf 2,3 (Diff. 318,40 EUR).\n"
            "Erstattet gesamt: 11.183,20 EUR am 15.12.2025. Sachbearbeitung: K. Oberländer. Freigabe 2. Person: V. Kraus.\n")
    z = make_zip([("2025-118844/01_Kurzarztbrief_Bickel.pdf", p1.build()), ("2025-118844/02_Rechnung_900417732.pdf", p2.build()),
                  ("2025-118844/03_Leistungsvermerk.txt", note.encode("cp1252"))], when="2026-04-14 08:40")
    body = ("Hallo Herr Rudloff,\n\nfür die Stichprobe 2026-Q1 der Revision der Vorgang 2025-118844 als Export (ZIP). Passwort bekommen Sie "
            "nicht, die Datei geht nur intern - bitte nach Prüfung löschen.\n\nViele Grüße\nKatrin Oberländer\n\n" + sig("oberlaender", footer=False))
    m = Mail(addr("oberlaender"), "Hartmut Rudloff <hartmut.rudloff@%s>" % DOM, "Stichprobe Revision Q1 - Vorgang 2025-118844", "2026-04-14 08:52", body)
    m.attach("Export_2025-118844.zip", z)
    return m


# --- employer notifies group accident claim -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "company",
      "Unfallmeldung eines Arbeitgebers zur Gruppenunfallversicherung (Finger-Amputation D3, Kreissäge, Handchirurgie) für Mitarbeiter Kevin Seuberth, weitergeleitet")
def _():
    inner = ("Sehr geehrte Damen und Herren,\n\nwir melden einen Unfall unseres Mitarbeiters Kevin Seuberth (geb. 02.11.2001, Schreinergeselle) "
             "aus der Gruppenunfallversicherung GU 88 400 129.\n\nAm Dienstag, 10.03.2026, gegen 10:15 Uhr geriet Herr Seuberth beim "
             "Zuschnitt an der Formatkreissäge mit der linken Hand in das Sägeblatt. Dabei wurde das Endglied des linken Mittelfingers "
             "abgetrennt, Zeige- und Ringfinger wurden verletzt. Er wurde mit dem Rettungswagen in die Handchirurgie des Klinikums Michelsberg "
             "gebracht und dort noch am selben Tag operiert (Replantation nicht möglich). Er ist derzeit stationär.\n\n"
             "Die Meldung an die BG Holz und Metall ist erfolgt. Der Durchgangsarztbericht liegt uns noch nicht vor.\n\n"
             "Mit freundlichen Grüßen\nBarbara Dörfler\nPersonal / Buchhaltung\nSchreinerei Dörfler GmbH & Co. KG, Baunach")
    body = ("Hallo Martin,\n\nneue Meldung aus der Gruppen-UV Dörfler, bitte übernehmen. Ich habe die Schadennummer UV-26-00452 angelegt.\n\n"
            "Bernd\n\n" + outlook_hdr("Barbara Dörfler <b.doerfler@schreinerei-doerfler.example>", "Donnerstag, 12. März 2026 08:31",
                                      email_of("hollerith"), "Unfallmeldung Mitarbeiter Seuberth") + "\n" + inner)
    return Mail(addr("hollerith"), addr("eckl"), "WG: Unfallmeldung Mitarbeiter Seuberth", "2026-03-12 09:02", body)


# --- bAV: employee list with contracts, XLSX -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "bAV-Bestandsliste (Direktversicherungen) mit Namen, Geburtsdaten, Gehalt, Beiträgen und Vertragsnummern von Mitarbeitenden eines Arbeitgebers als XLSX")
def _():
    rows = [["Personalnr.", "Name", "Vorname", "Geburtsdatum", "Vertrag", "Beginn", "Entgeltumwandlung mtl.", "AG-Zuschuss mtl.", "Bruttojahresgehalt"],
            ["1004", "Stadelmann", "Jörg", "1974-03-11", "LV 7 500 220 114", "2012-01-01", 220.0, 33.0, 58400],
            ["1017", "Eberth", "Melanie", "1988-09-27", "LV 7 500 220 389", "2016-04-01", 150.0, 22.5, 41200],
            ["1022", "Krapp", "Sebastian", "1992-01-05", "LV 7 500 221 006", "2019-07-01", 100.0, 15.0, 39800],
            ["1031", "Nguyen", "Thi Lan", "1985-06-18", "LV 7 500 221 550", "2021-01-01", 248.0, 37.2, 52900],
            ["1040", "Hofmann", "Ralf", "1969-12-30", "LV 7 500 222 013", "2023-03-01", 300.0, 45.0, 67100]]
    x = xlsx([("Bestand 2026", rows)], author="Clara Benz-Ortega", date="2026-01-14 10:40")
    body = ("Sehr geehrte Frau Lorenz,\n\nwie besprochen erhalten Sie die aktuelle Bestandsliste der Direktversicherungen Ihrer Mitarbeitenden "
            "(Stand 01.01.2026) für die Lohnabrechnung. Bei Herrn Hofmann ist die Erhöhung auf 300 EUR ab März berücksichtigt.\n\n"
            "Bitte beachten Sie: Die Datei enthält Gehaltsangaben und sollte nur in der Personalabteilung gespeichert werden.\n\n"
            "Mit freundlichen Grüßen\n\n" + sig("benz"))
    m = Mail(addr("benz"), "Simone Lorenz <s.lorenz@maintal-logistik.example>", "bAV Bestandsliste 2026 - Maintal Logistik GmbH", "2026-01-14 10:52", body)
    m.attach("bAV_Bestand_Maintal_Logistik_2026.xlsx", x)
    return m


# --- underwriting decision to broker (exclusion) --------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "Underwriting decision to broker for PKV applicant Jonathan Price: exclusion clause for left knee meniscus tear and ACL reconstruction")
def _():
    body = ("Dear Mr Fichtner,\n\nregarding the private health insurance application of your client Mr Jonathan Price (application "
            "A-KV-2026-01933, tariff RK-Komfort with daily sickness benefit KT43):\n\n"
            "Based on the orthopaedic report of 3 March 2026, we can accept the application with the following special condition:\n\n"
            "  Exclusion: treatment of the left knee joint, including consequences of the medial meniscus tear (2024) and the anterior "
            "cruciate ligament reconstruction (2019), is not covered. The exclusion can be reviewed on request after three years "
            "without treatment.\n\n"
            "Alternatively, we can offer cover without exclusion against a risk surcharge of 18 % on the health tariff. The daily "
            "sickness benefit would then carry a 6-week waiting period for knee-related incapacity.\n\n"
            "Please let us know which option your client prefers. The offer is valid until 15 April 2026.\n\n"
            "Best regards\n\n" + sig("schwemmlein", "en"))
    return Mail(addr("schwemmlein"), "Rainer Fichtner <r.fichtner@fichtner-makler.example>", "A-KV-2026-01933 Price - underwriting decision", "2026-03-13 12:00", body, mailer="outlook-en")


# --- care allowance reply quoting customer's message -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "Antwort Pflegetagegeld mit zitierter Kundenmail über die Demenz und Sturzneigung des Vaters Ernst Zenglein; Pflegegrad-Antrag")
def _():
    quoted = ("Sehr geehrte Damen und Herren,\n\nmein Vater Ernst Zenglein (Pflegetagegeld bei Ihnen, PTG 40 118 227) hat seit dem Herbst "
              "stark abgebaut. Der Neurologe hat eine vaskuläre Demenz festgestellt, er findet sich in der eigenen Wohnung nicht mehr "
              "zurecht, ist nachts unruhig und ist im Januar zweimal gestürzt. Seit 3 Wochen ist er in der Kurzzeitpflege im Haus "
              "St. Otto. Was müssen wir tun, damit das Pflegetagegeld gezahlt wird? Eine Vollmacht habe ich.\n\n"
              "Mit freundlichen Grüßen\nMichael Zenglein")
    body = ("Sehr geehrter Herr Zenglein,\n\nes tut mir leid, dass sich der Zustand Ihres Vaters so verschlechtert hat.\n\n"
            "Für die Leistung aus dem Pflegetagegeld benötigen wir die Feststellung eines Pflegegrades. Da Ihr Vater in der privaten "
            "Pflegepflichtversicherung bei uns versichert ist, beauftragen wir die Begutachtung direkt – ein Formular ist nicht nötig, "
            "diese Mail genügt als Antrag (Antragsdatum 17.02.2026). Die Gutachterin meldet sich bei Ihnen, um einen Termin in der "
            "Kurzzeitpflege zu vereinbaren.\n\nBitte senden Sie uns noch eine Kopie der Vorsorgevollmacht und, wenn vorhanden, den Befund "
            "des Neurologen.\n\nFreundliche Grüße\n\n" + sig("leupold") + "\n\n"
            "-----Ursprüngliche Nachricht-----\nVon: Michael Zenglein <m.zenglein@mailbox-franken.example>\nGesendet: Dienstag, 17. Februar 2026 21:12\n"
            "An: pflege@%s\nBetreff: Pflegetagegeld für meinen Vater\n\n" % DOM + quoted)
    return Mail(addr("leupold"), "Michael Zenglein <m.zenglein@mailbox-franken.example>", "AW: Pflegetagegeld für meinen Vater", "2026-02-18 10:45", body,
                irt="<b81c2@mailbox-franken.example>")


# --- customer mail forwarded as message/rfc822 (child ADHD) -----------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "Kundenmail als message/rfc822-Anhang: ADHS-Diagnostik und Methylphenidat-Therapie des Sohnes Luca Amon, Frage zur Erstattung; Body nur 'zur Bearbeitung'")
def _():
    inner = inner_mail("Tanja Amon <tanja.amon@webpost.example>", "leistung@%s" % DOM, "Frage zu Kosten Diagnostik Luca", "2026-03-03 22:14",
                       "Guten Abend,\n\nunser Sohn Luca (9, bei Ihnen mitversichert unter KV-880 14 62-03) wurde jetzt im "
                       "Sozialpädiatrischen Zentrum auf ADHS getestet, die Diagnose ist bestätigt (F90.0). Die Kinderpsychiaterin "
                       "Dr. Mahlmeister möchte mit Methylphenidat (Medikinet retard 10 mg) anfangen und zusätzlich Ergotherapie verordnen.\n\n"
                       "Werden die Testung (Rechnung 612,40 EUR) und die Ergotherapie von Ihnen übernommen? Und brauchen wir für die "
                       "Ergotherapie vorher eine Genehmigung?\n\nVielen Dank\nTanja Amon", 1, mailer="tb")
    body = "Zur Bearbeitung, Kundin wartet auf Rückruf (Tel. steht im Vertrag).\n\nSophie Landwehr\nKundenservice"
    m = Mail(addr("landwehr"), addr("oberlaender"), "WG: Frage zu Kosten Diagnostik Luca", "2026-03-04 08:20", body)
    m.forward(inner)
    return m


# --- genetic test question, internal English ------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "Internal question on reimbursing an HFE gene test (hereditary haemochromatosis, ferritin values) for expat policyholder Liam O'Donoghue – genetic data")
def _():
    body = ("Jonas,\n\nquick one from the expat portfolio: Mr Liam O'Donoghue (KV-EX 704 552, Dublin office) submitted an invoice from "
            "a Dublin lab for an HFE gene test (C282Y/H63D). Result on the report: homozygous C282Y, ferritin 1,140 µg/l, transferrin "
            "saturation 78 %. His GP has started venesection every two weeks.\n\nOur expat conditions exclude \"genetic testing unless "
            "medically indicated by symptoms\". With that ferritin level I assume it was indicated, but I'd like your sign-off before I "
            "pay EUR 286.\n\nAlso: he asks whether we need to know about the result for his pending life cover application with us. "
            "I told him underwriting and claims are separate and we will not pass anything on without his consent - correct?\n\n"
            "Thanks,\nEleanor")
    return Mail(addr("whitcombe"), addr("wetzstein"), "HFE gene test - O'Donoghue - OK to pay?", "2026-03-20 09:41", body, mailer="outlook-en")


# --- cost approval to hospital, PDF letter ------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "Kostenzusage an Klinik für Hüft-TEP links (M16.1) mit Wahlleistungen für Helmut Pöhlmann, PDF-Brief mit Briefkopf; Body nennt Patient und Eingriff")
def _():
    paras = ["Sehr geehrte Damen und Herren,",
             "für unseren Versicherten Herrn Helmut Pöhlmann, geb. 25.06.1949, erteilen wir für den geplanten stationären Aufenthalt ab 13.04.2026 zur Implantation einer Hüft-Total~endo~prothese links bei primärer Coxarthrose (M16.1) folgende Kosten~zusage:",
             "Allgemeine Krankenhaus~leistungen nach Fallpauschale (voraussichtlich DRG I47C) in voller Höhe; Wahlleistung Unterkunft Zweibett~zimmer; Wahlleistung Arzt nach GOÄ bis zum 3,5-fachen Satz mit Begründung.",
             "Die Zusage gilt für einen Aufnahme~zeitraum bis 30.06.2026. Bitte rechnen Sie die allgemeinen Krankenhaus~leistungen direkt mit uns ab (Direktabrechnung, IK 168 141 347). Die Wahlarzt~rechnung ist an den Versicherten zu richten.",
             "Ein Anspruch auf Anschluss~heil~behandlung besteht nach Tarif RK-Senior 80 nur bei vorheriger Zusage; den Antrag stellen Sie bitte rechtzeitig über den Sozialdienst."]
    pdfb = rf_letter("Kostenzusage", ["Klinikum Michelsberg", "Patientenaufnahme / Kostensicherung", "Michelsberger Allee 3", "96049 Bamberg"],
                     "Bamberg, 31.03.2026", "Kostenzusage – Herr Helmut Pöhlmann, geb. 25.06.1949, KV-045 88 12-01", paras, ent="kv",
                     refs=[("Versicherungsnummer", "KV-045 88 12-01"), ("Zusage-Nr.", "KZ-2026-03-1187")], signer="Katrin Oberländer\nLeistungsabteilung", date="2026-03-31 11:00")
    body = ("Sehr geehrte Frau Wunder,\n\nanbei die Kostenzusage für Herrn Helmut Pöhlmann (Hüft-TEP links, Aufnahme 13.04.2026). "
            "Das Original geht nicht per Post.\n\nMit freundlichen Grüßen\n\n" + sig("oberlaender"))
    m = Mail(addr("oberlaender"), "Kostensicherung Klinikum Michelsberg <kostensicherung@klinikum-michelsberg.example>",
             "Kostenzusage KZ-2026-03-1187 Pöhlmann", "2026-03-31 11:15", body)
    m.attach("Kostenzusage_KZ-2026-03-1187.pdf", pdfb)
    return m


# --- hospital application psychiatry, DOCX, forwarded ----------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "hospital",
      "Kostenübernahmeantrag einer psychiatrischen Klinik (Alkoholabhängigkeit F10.2, qualifizierter Entzug) für Norbert Klinger als DOCX, intern weitergeleitet")
def _():
    hdr = [wp("Bezirksklinikum Obermain · Klinik für Psychiatrie, Psychotherapie und Psychosomatik", sz=8, jc="right")]
    ftr = [wp("Bezirksklinikum Obermain · Kutzenberg 1 · 96250 Ebensfeld · Sozialdienst Tel. 09547 81-2240 · Seite 1", sz=7, jc="center")]
    blocks = [wp("Antrag auf Kostenübernahme", b=True, sz=14),
              wtable([["Patient", "Norbert Klinger, geb. 17.01.1971"], ["Versicherung", "Rautenfels Krankenversicherung AG, KV-377 20 81-01"],
                      ["Aufnahme", "06.04.2026, 14:20 Uhr (Notaufnahme)"], ["Station", "P3 – Suchtmedizin"]], [2600, 6600], head=False),
              wp(""),
              wp("Aufnahmediagnosen: Psychische und Verhaltensstörungen durch Alkohol, Abhängigkeits~syndrom (F10.2); Alkohol~entzugs~syndrom mit Tremor und Tachykardie (F10.3); alkoholische Fettleber (K70.0).", jc="both"),
              wp("Geplante Behandlung: qualifizierte Entzugs~behandlung über voraussichtlich 21 Tage mit medikamentös gestütztem Entzug (Clomethiazol), suchtmedizinischer Gruppen~therapie und Vorbereitung einer Entwöhnungs~behandlung. Der Patient ist motiviert und hat einer Information an den Kostenträger schriftlich zugestimmt.", jc="both"),
              wp("Wir bitten um Kostenzusage für allgemeine Krankenhausleistungen nach PEPP.\n\ngez. Dr. med. Friederike Hahn, Oberärztin", jc="left")]
    d = docx(blocks, hdr, ftr, title="KÜ-Antrag", author="Sozialdienst", company="Bezirksklinikum Obermain", date="2026-04-07 08:30")
    body = ("Jonas, Kostenübernahmeantrag Suchtstation Bezirksklinikum für Herrn Klinger, Tarif RK-Basis. Stationäre Psychiatrie "
            "ist versichert, Entwöhnung (Reha) nicht. Kannst Du den Umfang (21 Tage) bestätigen?\n\nKatrin\n\n"
            + outlook_hdr("Sozialdienst Bezirksklinikum Obermain <sozialdienst@bkh-obermain.example>", "Dienstag, 7. April 2026 08:44",
                          "leistung@%s" % DOM, "Kostenübernahme Klinger, Norbert") + "\nSehr geehrte Damen und Herren,\nanbei unser Antrag.\nMfG Sozialdienst")
    m = Mail(addr("oberlaender"), addr("wetzstein"), "WG: Kostenübernahme Klinger, Norbert", "2026-04-07 10:02", body)
    m.attach("KUE_Klinger_20260406.docx", d)
    return m


# --- BU follow-up review questionnaire, ODT ----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "BU-Nachprüfung: vorausgefüllter Fragebogen (ODT, Kopf-/Fußzeile) mit bisheriger Diagnose Multiple Sklerose G35 und Rentenhöhe von Carina Weidner")
def _():
    blocks = [oh("Fragebogen zur Nachprüfung der Berufsunfähigkeit"),
              op("Leistungsfall BU-2022-00788 · Vertrag LV 7 300 255 104", "Left"),
              otable([["Angabe", "bei uns gespeichert", "Änderung?"],
                      ["Name", "Carina Weidner", ""], ["Geburtsdatum", "03.03.1987", ""], ["Anschrift", "Obere Königstraße 12, 96052 Bamberg", ""],
                      ["anerkannte Erkrankung", "Multiple Sklerose, schubförmig-remittierend (G35.1)", ""],
                      ["anerkannt seit", "01.05.2022", ""], ["monatliche BU-Rente", "1.480,00 €", ""],
                      ["zuletzt ausgeübter Beruf", "Grundschullehrerin (Teilzeit 60 %)", ""]], name="Stammdaten"),
              op("1. Wie hat sich Ihr Gesundheits~zustand seit unserer letzten Prüfung (2024) entwickelt? Hatten Sie weitere Schübe?"),
              op("2. Welche Behandlungen erhalten Sie derzeit (z. B. Immun~therapie, Physio~therapie, Reha)? Bitte nennen Sie die behandelnden Ärzte."),
              op("3. Üben Sie derzeit eine berufliche Tätigkeit aus? Wenn ja: welche, in welchem Umfang und mit welchem Einkommen?"),
              op("4. Haben sich Ihre Fähigkeiten in Bezug auf Stehen, Gehen, Konzentration oder Sprechen verändert?"),
              op("Bitte senden Sie uns den ausgefüllten Fragebogen bis 15.05.2026 zurück.")]
    d = odt(blocks, header="Rautenfels Lebensversicherung AG · BU-Leistungsprüfung · Formular NP-BU 01/2026",
            footer="Rautenfels Lebensversicherung AG · Kunigundendamm 40 · 96050 Bamberg · Amtsgericht Bamberg HRB 3381",
            title="Nachprüfung BU-2022-00788", author="Miriam Ehrenreich", date="2026-04-15 09:00")
    body = ("Sehr geehrte Frau Weidner,\n\nwie in den Versicherungsbedingungen vorgesehen, prüfen wir in regelmäßigen Abständen, ob die "
            "Voraussetzungen für Ihre Rente weiter vorliegen. Dies ist eine Routineprüfung und kein Anlass zur Sorge.\n\n"
            "Bitte ergänzen Sie den beigefügten Fragebogen. Sie können ihn am PC ausfüllen oder ausdrucken.\n\nMit freundlichen Grüßen\n\n" + sig("ehrenreich"))
    m = Mail(addr("ehrenreich"), "Carina Weidner <carina.weidner@webpost.example>", "Nachprüfung Ihrer BU-Rente - Fragebogen", "2026-04-15 09:18", body)
    m.attach("Nachpruefung_BU-2022-00788.odt", d)
    return m


# --- expat hospital cash, English quoting German certificate (mixed) --------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
      "English reply to expat customer Priya Raman with German hospital certificate quoted (appendectomy, K35.8, stay dates) for hospital cash benefit")
def _():
    body = ("Dear Ms Raman,\n\nthank you for sending the hospital certificate. I can confirm that the stay qualifies for your hospital "
            "cash benefit (EUR 50 per day, tariff KHT-50).\n\nFor your records, the certificate reads:\n\n"
            "  \"Aufenthaltsbescheinigung: Frau Priya Raman, geb. 12.12.1990, befand sich vom 23.03.2026 bis 27.03.2026 in\n"
            "  stationärer Behandlung in der Klinik für Allgemein- und Viszeralchirurgie. Diagnose: akute Appendizitis (K35.8),\n"
            "  laparoskopische Appendektomie am 23.03.2026.\"\n\n"
            "That is five days (admission and discharge days count), so EUR 250.00. The amount will be transferred to your account at "
            "Commerzbank within three working days.\n\nGet well soon!\n\nBest regards\n\n" + sig("oberlaender", "en") + "\n\n"
            "> On 31 Mar 2026, Priya Raman wrote:\n> Hi, I attach the Bescheinigung from Klinikum Michelsberg for my appendix operation.\n"
            "> Sorry it is in German only. Could you confirm what I will receive? Thanks, Priya")
    return Mail(addr("oberlaender"), "Priya Raman <priya.raman@inbox-mail.example>", "Re: Hospital cash claim - Bescheinigung", "2026-04-01 14:28", body,
                irt="<CAF7pr-2026-0331@inbox-mail.example>", mailer="outlook-en")


# --- criminal defence under legal expenses --------------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "Strafrechtsschutz: Deckungsanfrage zu Ermittlungsverfahren wegen fahrlässiger Körperverletzung gegen Versicherten Florian Dotterweich (Strafverfahren)")
def _():
    body = ("Sehr geehrter Herr Rechtsanwalt Schuster,\n\nIhre Deckungsanfrage für unseren Versicherungsnehmer Herrn Florian Dotterweich "
            "(Rechtsschutzvertrag RS 60 221 918, Verkehrs- und Berufsrechtsschutz) haben wir erhalten.\n\n"
            "Gegenstand ist das Ermittlungsverfahren der Staatsanwaltschaft Bamberg (Az. 1104 Js 2288/26) wegen fahrlässiger Körperverletzung "
            "nach § 229 StGB: Herr Dotterweich soll am 28.02.2026 als Fahrer eines Firmentransporters beim Abbiegen einen Radfahrer übersehen "
            "haben, der sich dabei einen Schlüsselbeinbruch zuzog.\n\n"
            "Für die Verteidigung in diesem Verfahren besteht Versicherungsschutz im Verkehrs-Rechtsschutz (Vergehen, das fahrlässig begangen "
            "werden kann). Wir erteilen Deckungszusage für die außergerichtliche Tätigkeit und das erstinstanzliche Verfahren nach den "
            "gesetzlichen Gebühren. Eine Vergütungsvereinbarung übernehmen wir nicht. Sollte dem Versicherten eine Vorsatztat vorgeworfen "
            "werden, entfällt der Schutz rückwirkend.\n\nUnsere Schadennummer: RS-26-014477.\n\nMit freundlichen Grüßen\n\n" + sig("hirschmann"))
    return Mail(addr("hirschmann"), "RA Matthias Schuster <m.schuster@kanzlei-schuster-raab.example>", "Dotterweich - Deckungszusage Strafverfahren - RS-26-014477", "2026-03-25 10:05", body)


# --- pharmacy: cannabis prescription query ------------------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-pharmacy",
      "Rückfrage an Apotheke zu Rezept über Medizinal-Cannabisblüten (Dosierung, chronische Schmerzen) für Versicherten Rüdiger Wachter")
def _():
    body = ("Sehr geehrte Damen und Herren,\n\nvon unserem Versicherten Herrn Rüdiger Wachter (KV-299 40 15-01) liegt uns Ihre Quittung "
            "vom 10.03.2026 über 30 g Cannabisblüten (Sorte Pedanios 22/1, Preis 389,70 EUR) vor. Verordnet hat Dr. med. Anselm Krug "
            "wegen chronischer neuropathischer Schmerzen nach Bandscheiben-OP.\n\n"
            "Auf dem Privatrezept ist als Gebrauchsanweisung nur \"nach Anweisung\" vermerkt. Können Sie uns bitte die auf dem Rezept "
            "angegebene Tageshöchstdosis und die Applikationsform (Vaporisation?) mitteilen? Eine Kopie der Verordnung im Anhang wäre "
            "ausreichend. Herr Wachter ist damit einverstanden, dass wir Sie anfragen.\n\nMit freundlichen Grüßen\n\n" + sig("oberlaender"))
    return Mail(addr("oberlaender"), "Hirsch-Apotheke Bamberg <info@hirsch-apotheke-bamberg.example>", "Rezept Cannabisblüten Herr Wachter - Rückfrage", "2026-03-17 15:40", body)


# --- premium arrears in health insurance, English -----------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "Premium arrears reminder in private health insurance for Thomas Kerrigan (arrears amount, emergency tariff warning) - health contract of a person")
def _():
    body = ("Dear Mr Kerrigan,\n\nour records show that the premiums for your private health insurance (policy KV-610 08 11-01) for "
            "February and March 2026 have not been paid. The outstanding amount is EUR 1,286.40 including the reminder fee.\n\n"
            "The direct debit from your account was returned by your bank on 3 February and 3 March with the reason \"account closed\". "
            "Please transfer the amount to our account " + grp(RF_IBAN) + " (Rautenfels Krankenversicherung AG), reference "
            "KV-6100811, or give us your new bank details.\n\n"
            "Please note: under German law (§ 193 VVG), if the arrears are not settled, your contract will be placed in the emergency "
            "tariff, which covers only acute illness, pain and pregnancy. Your cover cannot be cancelled, but benefits would be "
            "severely restricted.\n\nIf you are in financial difficulty, please call me; we can agree on instalments.\n\n"
            "Kind regards\n\n" + sig("landwehr", "en"))
    return Mail(addr("landwehr"), "Thomas Kerrigan <t.kerrigan@celticmail.example>", "Outstanding premiums - policy KV-610 08 11-01", "2026-03-16 10:00", body, mailer="outlook-en")


# --- image-only scan, body names the content --------------------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "Posteingang: Bild-PDF ohne Textebene; Body sagt 'Attest Kinderarzt für Leon Brückner (Kinderunfall, Unterarmfraktur)' – Zuordnung zur Kinder-UV")
def _():
    body = ("Moin Martin,\n\nim Posteingang lag ein Attest vom Kinderarzt (Dr. Sturm, Hallstadt) für Leon Brückner, 7 Jahre, "
            "Unterarmfraktur links nach Sturz vom Klettergerüst am 12.03. Müsste zur Kinderunfallversicherung der Eltern gehören "
            "(Mutter: Jana Brückner). Ich finde keine Schadennummer. Scan hängt an, bitte zuordnen.\n\nDanke\nPoststelle / Scanstraße, i.A. Sophie Landwehr")
    m = Mail(addr("landwehr"), addr("eckl"), "Posteingang ohne Zuordnung - Attest Brückner", "2026-03-24 11:12", body)
    m.attach("Scan_20260324_0412.pdf", image_only_scan(412, date="2026-03-24 10:58"))
    return m


# --- accident: expert report PDF sent to the customer --------------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "Kopie eines unfallchirurgischen Gutachtens (PDF, Briefkopf Gutachteninstitut, Blocksatz/Silbentrennung; Tibiakopffraktur, MdE) für Marion Deuerling")
def _():
    head, foot = practice_letterhead(["MedGutachten Franken GmbH", "Institut für medizinische Begutachtung",
                                      "Unfallchirurgie · Orthopädie · Neurologie · Psychiatrie"],
                                     ["Luitpoldstraße 51", "96052 Bamberg", "Tel. 0951 29 77 60", "gutachten@medgutachten-franken.example"],
                                     ["MedGutachten Franken GmbH · Geschäftsführer Dr. med. Heiner Kolb · Amtsgericht Bamberg HRB 7720"], accent=0.3)
    pdf = PDF(title="Gutachten Deuerling", author="Dr. Kolb", creator="Microsoft® Word für Microsoft 365", producer="Microsoft® Word für Microsoft 365", date="2026-03-26 17:00")
    pdf.header, pdf.footer = head, foot
    pdf.top = 735
    pdf.new_page()
    pdf.para("Unfallchirurgisches Gutachten zur privaten Unfallversicherung", "F2", 12, align="left", after=6)
    pdf.para("Auftraggeber: Rautenfels Lebensversicherung AG, Unfall-Leistung, Schaden UV-25-01190 · Versicherte: Marion Deuerling, geb. 09.09.1964 · Untersuchung am 19.03.2026", "F1", 9, align="left", after=10)
    for t in ["1. Unfallhergang: Die Versicherte stürzte am 07.02.2025 auf vereistem Gehweg vor ihrem Wohnhaus in Strullendorf. Sie zog sich eine Tibia~kopf~fraktur rechts (Schatzker II, S82.18) zu, die am 08.02.2025 im Klinikum Michelsberg mittels Platten~osteo~synthese versorgt wurde.",
              "2. Verlauf: Nach sechs Wochen Teil~belastung und ambulanter Rehabilitation erfolgte am 14.11.2025 die Metall~entfernung. Die Versicherte berichtet über belastungs~abhängige Schmerzen nach etwa 30 Minuten Gehen, ein Instabilitäts~gefühl beim Treppab~gehen und Wetter~fühligkeit.",
              "3. Befund: Kniegelenk rechts Beugung/Streckung 0-0-115° (links 0-0-140°), leichter Erguss, Umfangs~differenz Oberschenkel 2 cm zu Ungunsten rechts. Röntgen: knöchern konsolidierte Fraktur mit geringer Stufe der lateralen Gelenk~fläche (2 mm), beginnende posttraumatische Arthrose.",
              "4. Beurteilung: Es verbleibt eine dauerhafte Funktions~beeinträchtigung des rechten Beines, die nach der Gliedertaxe mit 2/10 Beinwert zu bemessen ist. Eine Vorinvalidität besteht nicht. Mitwirkende Krankheiten oder Gebrechen liegen nicht vor. Eine Nach~untersuchung nach Ablauf von drei Jahren wird wegen der zu erwartenden Arthrose~entwicklung empfohlen."]:
        pdf.para(t, after=6)
    pdf.para("Bamberg, 26.03.2026", after=18)
    pdf.para("Dr. med. Heiner Kolb, Facharzt für Orthopädie und Unfallchirurgie, Sozialmedizin", align="left")
    body = ("Sehr geehrte Frau Deuerling,\n\nSie hatten um eine Kopie des Gutachtens gebeten – anbei. Auf dieser Grundlage berechnen wir "
            "gerade die Invaliditätsleistung; unsere Abrechnung erhalten Sie in der kommenden Woche.\n\nMit freundlichen Grüßen\n\n" + sig("eckl"))
    m = Mail(addr("eckl"), "Marion Deuerling <marion.deuerling@t-net.example>", "Kopie Gutachten - Schaden UV-25-01190", "2026-03-30 09:10", body)
    m.attach("Gutachten_UV-25-01190.pdf", pdf.build())
    return m


# --- GP report request UK, English questionnaire ------------------------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
      "Request to a UK GP for a General Practitioner's Report on life applicant Oliver Brennan (DOB, asthma, alcohol questions) with DOCX questionnaire")
def _():
    hdr = [wp("Rautenfels Lebensversicherung AG · Life Underwriting · GPR request", sz=8, jc="right")]
    ftr = [wp("Please return via secure portal or to underwriting@%s. Fee: GBP 95 on receipt of invoice." % DOM, sz=7, jc="center")]
    blocks = [wp("General Practitioner's Report (GPR)", b=True, sz=14),
              wtable([["Patient", "Mr Oliver Brennan"], ["Date of birth", "21/06/1986"], ["Address", "14 Kestrel Close, Harrogate HG2 8QT"],
                      ["NHS number", "485 777 3456"], ["Application", "A-LV-2026-00812, term life EUR 500,000"]], [2600, 6600], head=False),
              wp(""),
              wp("1. Please list all conditions recorded in the last 10 years with dates and treatment.", jc="both"),
              wp("2. The applicant disclosed asthma since childhood. Please state current medication, number of exacerbations requiring oral steroids or hospital admission in the last 5 years, and latest peak flow/FEV1.", jc="both"),
              wp("3. Is there any record of alcohol consumption above 14 units/week, alcohol-related advice or abnormal liver function tests?", jc="both"),
              wp("4. Any history of mental health conditions, including anxiety or depression, and treatment given?", jc="both"),
              wp("5. Latest blood pressure, height, weight and smoking status with dates.", jc="both"),
              wp("Patient consent (Access to Medical Reports Act 1988) signed on 02/03/2026 is enclosed. The patient has asked to see the report before it is sent.", sz=9, jc="both")]
    d = docx(blocks, hdr, ftr, title="GPR Brennan", author="Lukas Schwemmlein", company="Rautenfels Versicherungsgruppe", date="2026-03-04 11:00", hyphenate=False)
    body = ("Dear Dr Sinclair,\n\nyour patient Mr Oliver Brennan (DOB 21/06/1986) has applied to us for life cover and has given consent for "
            "us to request a GP report. Please find our questionnaire attached together with his signed consent form (AMRA 1988; he wishes "
            "to see the report before it is released).\n\nWe would be grateful for your reply within 20 working days.\n\nYours sincerely\n\n" + sig("schwemmlein", "en"))
    m = Mail(addr("schwemmlein"), "Dr Isla Sinclair <reports.hg2@harrogate-surgery.example>", "GP report request - Oliver Brennan DOB 21/06/1986", "2026-03-04 11:22", body, mailer="outlook-en")
    m.attach("GPR_request_A-LV-2026-00812.docx", d)
    return m


# --- beneficiary change confirmation, life --------------------------------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "Confirmation of beneficiary change in the term life policy of Sebastian Kraußer in favour of his partner (name, DOB, address) – life contract of a person")
def _():
    body = ("Dear Mr Kraußer,\n\nwe confirm the change of beneficiary for your term life policy LV 7 410 083 366 (sum insured EUR 250,000).\n\n"
            "With effect from 2 February 2026 the revocable beneficiary in the event of death is:\n"
            "Ms Theresa Wunderlich, born 18/05/1991, Königstraße 8, 96052 Bamberg.\n\n"
            "The previous nomination in favour of your former wife has thereby lapsed. The endorsement to your policy document is "
            "available in your customer portal (German original with English courtesy translation).\n\nKind regards\n\n" + sig("benz", "en"))
    return Mail(addr("benz"), "Sebastian Kraußer <skrausser@mailbox-franken.example>", "Your term life policy - beneficiary changed", "2026-02-02 15:45", body, mailer="outlook-en")


# --- psychotherapy report from therapist, ODT -------------------------------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "therapist",
      "Bericht der Psychotherapeutin (ODT 'Vertraulich – nur für den Gutachter'; PTBS F43.1, Anamnese, Behandlungsplan) zu Lena Wiesheu, weitergeleitet an Gutachter")
def _():
    blocks = [oh("Bericht zum Antrag auf Verlängerung der Psychotherapie", 2),
              op("Patientin: Lena Wiesheu, geb. 11.11.1995 · Chiffre W-111195", "Left"),
              op("Diagnose: Posttraumatische Belastungsstörung (F43.1) nach Raubüberfall am Arbeitsplatz (Tankstelle) im August 2024; rezidivierende Albträume, Vermeidungsverhalten, Hypervigilanz."),
              op("Bisheriger Verlauf: 24 Sitzungen traumafokussierte kognitive Verhaltenstherapie seit 02/2025. Deutliche Reduktion der Intrusionen (PCL-5 von 58 auf 31). Die Patientin hat eine neue Tätigkeit im Büro aufgenommen, meidet jedoch weiterhin Nachtfahrten und Tankstellen."),
              op("Behandlungsplan: weitere 12 Sitzungen mit Schwerpunkt Expositionsübungen in vivo und Rückfallprophylaxe; Abschluss voraussichtlich 09/2026."),
              op("Forchheim, 20.03.2026\nDipl.-Psych. Ruth Zeilinger, Psychologische Psychotherapeutin")]
    d = odt(blocks, header="VERTRAULICH – nur für den Gutachter bestimmt", footer="Praxis für Psychotherapie Ruth Zeilinger · Bamberger Str. 3 · 91301 Forchheim",
            title="Bericht Gutachter", author="Ruth Zeilinger", date="2026-03-20 19:00")
    body = ("Sehr geehrter Herr Dr. Freytag,\n\nanbei der Bericht der Therapeutin zum Verlängerungsantrag (12 weitere Sitzungen VT) für unsere "
            "Versicherte mit der Chiffre W-111195. Bitte senden Sie Ihre Stellungnahme wie gewohnt über das Portal.\n\n"
            "Vielen Dank\n\n" + sig("oberlaender") + "\n\n"
            + outlook_hdr("Praxis Zeilinger <praxis@psychotherapie-zeilinger.example>", "Freitag, 20. März 2026 19:12", "leistung@%s" % DOM,
                          "Verlängerungsantrag Wiesheu") + "\nAnbei mein Bericht an den Gutachter im verschlossenen Umschlag – digital :-)\nR. Zeilinger")
    m = Mail(addr("oberlaender"), "Dr. Ansgar Freytag <gutachten@freytag-psychotherapie.example>", "WG: Verlängerungsantrag W-111195", "2026-03-23 08:55", body)
    m.attach("Bericht_Gutachter_W-111195.odt", d)
    return m


# ==========================================================================
# CONFIDENTIAL
# ==========================================================================

# --- motor assessor report PDF -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Kfz-Schadengutachten (PDF mit Briefkopf Sachverständigenbüro, Tabelle Reparaturkosten, FIN, Kennzeichen) für Halterin Nicole Gräbner; niemand verletzt")
def _():
    head, foot = practice_letterhead(["Kfz-Sachverständigenbüro Brandl", "Dipl.-Ing. (FH) Roland Brandl · öffentlich bestellt und vereidigt",
                                      "Fahrzeugschäden und -bewertung"], ["Gundelsheimer Str. 88", "96052 Bamberg", "Tel. 0951 9 17 17 0", "buero@sv-brandl.example"],
                                     ["Kfz-Sachverständigenbüro Brandl · Inh. Roland Brandl · USt-IdNr. DE 244 118 702",
                                      "Sparkasse Obermain-Regnitz · IBAN %s" % grp(iban("DE", "770501200000771934"))], accent=0.25)
    pdf = PDF(title="Gutachten 26-0311", author="SV Brandl", creator="DAT SilverDAT 3", producer="DAT SilverDAT 3 PDF", date="2026-03-12 15:30")
    pdf.header, pdf.footer = head, foot
    pdf.top = 735
    pdf.new_page()
    pdf.para("Schadengutachten Nr. 26-0311", "F2", 13, align="left", after=6)
    pdf.table([["Auftraggeber", "Rautenfels Versicherung AG, Schaden KF-26-0071452"], ["Anspruchstellerin / Halterin", "Nicole Gräbner, Pödeldorfer Str. 140, 96050 Bamberg"],
               ["Fahrzeug", "VW Golf VIII Variant 1.5 eTSI, Erstzulassung 04/2022"], ["Amtl. Kennzeichen", "BA-NG 412"], ["FIN", "WVWZZZCDZNW118442"],
               ["Laufleistung", "41.380 km"], ["Besichtigung", "11.03.2026, Autohaus Gaustadt"]], [150, 315], head=False)
    pdf.para("Schadenhergang laut Angaben: Beim Ausparken auf dem Parkplatz eines Baumarkts wurde das abgestellte Fahrzeug von einem rangierenden Transporter am Heck getroffen. Personen wurden nicht verletzt.")
    pdf.table([["Kalkulation", "netto €"], ["Ersatzteile (Stoßfänger, Heckklappe, Rückleuchte li.)", "2.144,80"], ["Arbeitslohn Karosserie 9,2 AW-Std.", "1.186,80"],
               ["Lackierung inkl. Material", "1.422,35"], ["Nebenkosten", "96,00"], ["Reparaturkosten gesamt netto", "4.849,95"],
               ["Wertminderung", "450,00"], ["Nutzungsausfall 5 Tage Gruppe D", "295,00"]], [340, 125], align=["l", "r"])
    pdf.para("Das Fahrzeug ist verkehrssicher. Reparaturdauer 4–5 Arbeitstage. Restwert und Wiederbeschaffungswert (22.500 €) zeigen keinen wirtschaftlichen Totalschaden.")
    pdf.para("Bamberg, 12.03.2026 – Roland Brandl", align="left")
    body = ("Sehr geehrte Frau Gräbner,\n\nanbei erhalten Sie das Gutachten zu Ihrem Fahrzeug BA-NG 412. Wir übernehmen als Haftpflichtversicherer "
            "des Unfallverursachers die Reparaturkosten von 4.849,95 EUR netto bzw. bei Reparatur in einer Fachwerkstatt brutto, die "
            "Wertminderung und den Nutzungsausfall. Bitte teilen Sie uns mit, ob Sie reparieren lassen oder fiktiv abrechnen möchten.\n\n"
            "Mit freundlichen Grüßen\n\n" + sig("grasmueck"))
    m = Mail(addr("grasmueck"), "Nicole Gräbner <nicole.graebner@webpost.example>", "Ihr Fahrzeugschaden BA-NG 412 - Gutachten", "2026-03-13 10:20", body)
    m.attach("Gutachten_26-0311_BA-NG412.pdf", pdf.build())
    return m


# --- building assessor report DOCX -------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "assessor",
      "Gutachten eines Bausachverständigen (DOCX mit Kopf-/Fußzeile, Tabelle) zu Leitungswasserschaden im Einfamilienhaus von Wolfgang und Ute Reinwald")
def _():
    hdr = [wp("Ingenieurbüro Trautner · Bausachverständige · Schadengutachten LW-2026-019", sz=8, jc="right")]
    ftr = [wp("Ingenieurbüro Trautner · Dipl.-Ing. Gudrun Trautner · Am Knöcklein 6 · 96049 Bamberg · Seite 1 von 1", sz=7, jc="center")]
    blocks = [wp("Gutachten zum Leitungswasserschaden", b=True, sz=14),
              wtable([["Objekt", "Einfamilienhaus, Brunnenweg 9, 96129 Strullendorf"], ["Eigentümer / VN", "Wolfgang und Ute Reinwald"],
                      ["Versicherung", "Rautenfels Wohngebäude WG 31 447 002, Schaden SA-26-0042231"], ["Ortstermin", "04.03.2026"]], [2600, 6600], head=False),
              wp(""),
              wp("Ursache: Korrosions~bedingter Lochfraß an der Kupfer~leitung (Warmwasser) in der Vorwand des Bades im Obergeschoss. Das austretende Wasser hat sich über die Estrich~dämm~schicht bis in den Flur ausgebreitet; an der Decke des darunter~liegenden Wohnzimmers zeigen sich Verfärbungen.", jc="both"),
              wtable([["Maßnahme", "Kosten netto €"], ["Leckortung und Öffnen der Vorwand", "640,00"], ["Technische Trocknung Estrich, 3 Wochen", "2.310,00"],
                      ["Erneuerung Leitungsabschnitt", "480,00"], ["Fliesenarbeiten Bad (Teilfläche)", "1.950,00"], ["Malerarbeiten Decke Wohnzimmer, Flur", "1.120,00"],
                      ["Summe", "6.500,00"]], [6400, 2800]),
              wp("Die Kosten sind angemessen und ortsüblich. Ein Vorschaden ist nicht erkennbar. Die Bewohnbarkeit ist gegeben.", jc="both")]
    d = docx(blocks, hdr, ftr, title="LW-2026-019", author="Gudrun Trautner", company="Ingenieurbüro Trautner", date="2026-03-09 17:20")
    body = ("Hallo Selin,\n\ndas Gutachten Trautner zum Fall Reinwald kam gerade rein. 6.500 netto, aus meiner Sicht passt das, "
            "ich hatte vor Ort ähnlich geschätzt. Freigabe?\n\nYusuf\n\n"
            + outlook_hdr("Gudrun Trautner <g.trautner@ib-trautner.example>", "Montag, 9. März 2026 17:25", email_of("demir"), "Gutachten Reinwald / SA-26-0042231")
            + "\nHallo Herr Demir,\nanbei wie besprochen. Rechnung folgt.\nGruß G. Trautner")
    m = Mail(addr("demir"), addr("aydogan"), "WG: Gutachten Reinwald / SA-26-0042231", "2026-03-10 07:40", body)
    m.attach("Gutachten_LW-2026-019_Reinwald.docx", d)
    return m


# --- craftsman's cost estimate PDF --------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Hausrat/Gebäude: Kostenvoranschlag Malerbetrieb (PDF mit Briefkopf, Kundenname, Anschrift) an Versicherungsnehmerin Gabriele Zirkelbach, Schadennummer")
def _():
    head, foot = practice_letterhead(["Malerbetrieb Hornung GmbH", "Maler · Lackierer · Fassaden · Bodenbeläge", ""],
                                     ["Industriestraße 4", "96106 Ebern", "Tel. 09531 42 08"],
                                     ["Malerbetrieb Hornung GmbH · Amtsgericht Bamberg HRB 5122 · GF Michael Hornung",
                                      "Raiffeisenbank Ebern · IBAN %s" % grp(iban("DE", "770695700000220814"))], accent=0.35)
    pdf = PDF(title="Kostenvoranschlag KV-26-088", creator="pds Handwerkersoftware", producer="pds", date="2026-02-16 11:00")
    pdf.header, pdf.footer = head, foot
    pdf.top = 735
    pdf.new_page()
    pdf.lines("Frau\nGabriele Zirkelbach\nRückertstraße 3\n96106 Ebern", size=10)
    pdf.gap(14)
    pdf.para("Kostenvoranschlag KV-26-088 vom 16.02.2026 – Rauchschaden Küche/Flur (Versicherungsschaden SA-26-0038114)", "F2", 10, align="left")
    pdf.table([["Pos.", "Leistung", "Menge", "EP €", "GP €"], ["1", "Abdecken, Schutzmaßnahmen", "1 psch", "180,00", "180,00"],
               ["2", "Decke und Wände Küche mit Isoliergrund vorstreichen", "62 m²", "6,80", "421,60"],
               ["3", "Dispersionsanstrich 2x Küche und Flur", "118 m²", "8,40", "991,20"], ["4", "Türzargen schleifen und lackieren", "3 St", "95,00", "285,00"],
               ["", "Summe netto", "", "", "1.877,80"], ["", "19 % MwSt.", "", "", "356,78"], ["", "Gesamt", "", "", "2.234,58"]],
              [35, 240, 60, 60, 70], align=["l", "l", "r", "r", "r"])
    pdf.para("Ausführung nach Absprache innerhalb von 2 Wochen. Angebot gültig 6 Wochen.")
    body = ("Sehr geehrte Frau Zirkelbach,\n\nden Kostenvoranschlag der Firma Hornung für die Malerarbeiten nach dem Fettbrand in Ihrer "
            "Küche haben wir geprüft. Die Positionen sind angemessen; wir übernehmen 2.234,58 EUR. Sie können den Auftrag erteilen. "
            "Bitte schicken Sie uns nach Abschluss die Rechnung; auf Wunsch zahlen wir direkt an den Betrieb.\n\nAnbei der KV mit unserem Prüfvermerk.\n\n"
            "Freundliche Grüße\n\n" + sig("aydogan"))
    m = Mail(addr("aydogan"), "Gabriele Zirkelbach <g.zirkelbach@t-net.example>", "Schaden SA-26-0038114 - Kostenvoranschlag Maler freigegeben", "2026-02-18 12:05", body)
    m.attach("KV-26-088_Hornung_geprueft.pdf", pdf.build())
    return m


# --- travel baggage settlement with IBAN, English ----------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "Baggage claim settlement for Aisha Rahman with her IBAN, policy and claim number; no health content")
def _():
    ib = iban("DE", "500105175402881633")
    body = ("Dear Ms Rahman,\n\nyour baggage claim RG-26-00318 (suitcase delayed by 3 days on your flight Frankfurt–Lisbon on 14 March) "
            "has been settled.\n\nEmergency purchases (clothing, toiletries): EUR 312.40\nLess excess: EUR 50.00\nPayment: EUR 262.40\n\n"
            "We will transfer the amount to the account you gave us:\nAccount holder: Aisha Rahman\nIBAN: " + grp(ib) + "\n\n"
            "Please check the IBAN and let us know immediately if it is not correct.\n\nKind regards\n\n" + sig("kovacevic", "en"))
    return Mail(addr("kovacevic"), "Aisha Rahman <aisha.rahman@inbox-mail.example>", "Baggage claim RG-26-00318 - payment", "2026-03-27 14:05", body, mailer="outlook-en")


# --- SEPA mandate change, forwarded customer mail -----------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "customer",
      "Weitergeleitete Kundenmail mit neuer Bankverbindung (IBAN, Kontoinhaber) für Hausrat- und Haftpflichtvertrag von Uwe Bittel")
def _():
    ib = iban("DE", "770622740003318902")
    inner = ("Hallo,\n\nbitte ab sofort die Beiträge für meine Hausrat (HR 20 118 447) und Privathaftpflicht (PH 20 118 448) "
             "von meinem neuen Konto abbuchen:\n\nUwe Bittel\nVR-Bank Bamberg-Forchheim\n" + ib + "\n\nDas alte Konto bei der Postbank wird "
             "Ende des Monats aufgelöst.\n\nGruß U. Bittel\nHeiligenstadt")
    body = ("Bitte SEPA-Mandat ändern, Kunde hat per Mail geschrieben (Unterschrift fehlt, Mandat-Formular ist raus).\n\n"
            + outlook_hdr("Uwe Bittel <uwe.bittel@gmx-post.example>", "Sonntag, 8. Februar 2026 16:22", "service@%s" % DOM, "neue Bankverbindung")
            + "\n" + inner + "\n\n" + sig("landwehr", footer=False))
    return Mail(addr("landwehr"), "Beitragsbuchhaltung <beitrag@%s>" % DOM, "WG: neue Bankverbindung", "2026-02-09 08:10", body)


# --- broker commission statement XLSX, sole trader -------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "Courtageabrechnung (XLSX) an Einzelmakler Jürgen Ammon e.K. mit seiner IBAN und Steuernummer sowie Kundennamen und Sach-Vertragsnummern")
def _():
    rows = [["Vertrag", "Kunde", "Sparte", "Beitrag netto", "Satz", "Courtage"],
            ["HR 20 118 901", "Brehm, Sandra", "Hausrat", 142.80, 0.2, 28.56], ["PH 20 119 022", "Brehm, Sandra", "Privathaftpflicht", 79.00, 0.25, 19.75],
            ["KF 44 802 117", "Dümlein, Otto", "Kfz", 688.20, 0.08, 55.06], ["WG 31 450 118", "Fleischmann, Karin", "Wohngebäude", 912.40, 0.15, 136.86],
            ["RS 60 223 004", "Gagel, Thorsten", "Rechtsschutz", 311.00, 0.15, 46.65], ["", "", "", "", "Summe", 286.88]]
    meta = [["Vermittler", "Versicherungsbüro Jürgen Ammon e.K."], ["Vermittlernummer", "V-2201-44"], ["Steuernummer", "207/233/50418"],
            ["Auszahlung an", grp(iban("DE", "770300800001244180"))], ["Abrechnungszeitraum", "Februar 2026"]]
    x = xlsx([("Courtage 02-2026", rows), ("Stammdaten", [["Feld", "Wert"]] + meta)], author="Provisionsabrechnung", date="2026-03-02 06:00")
    body = ("Sehr geehrter Herr Ammon,\n\nanbei Ihre Courtageabrechnung für Februar 2026 (286,88 EUR). Die Auszahlung erfolgt am 05.03. "
            "auf Ihr hinterlegtes Konto.\n\nFreundliche Grüße\n\n" + sig("hollerith"))
    m = Mail(addr("hollerith"), "Jürgen Ammon <info@vb-ammon.example>", "Courtageabrechnung 02/2026 - V-2201-44", "2026-03-02 07:30", body)
    m.attach("Courtage_V-2201-44_2026-02.xlsx", x)
    return m


# --- fleet renewal CSV, English ----------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-company",
      "Fleet renewal to a logistics company: named fleet manager, vehicle list CSV with plates, VINs and assigned drivers' names")
def _():
    csv = ("plate;make;model;vin;first_reg;driver;claims_3y\r\n"
           "BA-ML 101;Mercedes-Benz;Sprinter 317;W1V9076331P441208;2021-03;Krapp, Sebastian;0\r\n"
           "BA-ML 102;Mercedes-Benz;Sprinter 317;W1V9076331P441877;2021-03;Stadelmann, Jörg;1\r\n"
           "BA-ML 115;Ford;Transit Custom;WF0YXXTTGYMA38841;2022-08;pool;0\r\n"
           "BA-ML 120;VW;ID.Buzz Cargo;WV1ZZZEBZPH006613;2023-11;Nguyen, Thi Lan;0\r\n"
           "BA-ML 204;MAN;TGL 12.250;WMAN08ZZ6NY417702;2022-01;Hofmann, Ralf;2\r\n")
    body = ("Dear Mr Krüger,\n\nahead of the renewal on 1 April please find attached the vehicle list as we hold it. Could you check the "
            "assigned drivers and let me know about any changes? Two claims for BA-ML 204 (Mr Hofmann) in 2025 will lead to a slight "
            "increase on that vehicle; overall the fleet rate stays at 4.1 %.\n\nBest regards\n\n" + sig("roesch", "en"))
    m = Mail(addr("roesch"), "Henrik Krüger <h.krueger@maintal-logistik.example>", "Fleet renewal 01/04/2026 - vehicle list", "2026-02-20 11:30", body, mailer="outlook-en")
    m.attach("Fleet_Maintal_Logistik_2026.csv", csv.encode("utf-8"), ctype="text/csv")
    return m


# --- dog damaged neighbour's fence, liability ---------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "Dog owner's liability: dog damaged neighbour's fence; names of policyholder and neighbour, policy and claim number, nobody hurt")
def _():
    body = ("Hello Mr Wölfl,\n\nthank you for reporting the incident. To summarise: on 22 February your Labrador \"Bruno\" chewed through "
            "about three metres of the wooden fence of your neighbour, Mr Anton Kestler (Lindenstraße 11, Rattelsdorf), and dug up two "
            "plants. Nobody was hurt.\n\nYour dog owner's liability policy TH 20 330 118 covers the damage. Please ask Mr Kestler to send us "
            "a quote or photos and the invoice for the fence, quoting claim number HV-26-0011850.\n\nBest regards\n\n" + sig("aydogan", "en"))
    return Mail(addr("aydogan"), "Markus Wölfl <markus.woelfl@webpost.example>", "Your claim - neighbour's fence - HV-26-0011850", "2026-02-24 16:02", body, mailer="outlook-en")


# --- legal expenses tenancy coverage --------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Deckungszusage Mietrechtsschutz (Eigenbedarfskündigung) für Julia und Tim Backert, Vertragsnummer, Gegner Vermieter namentlich")
def _():
    body = ("Sehr geehrte Frau Backert, sehr geehrter Herr Backert,\n\nfür Ihre Auseinandersetzung mit Ihrem Vermieter, Herrn Dr. Gernot "
            "Haas, wegen der Eigenbedarfskündigung vom 30.01.2026 für die Wohnung Egelseestraße 41, 96050 Bamberg, besteht Versicherungsschutz "
            "im Rechtsschutzvertrag RS 60 219 550 (Wohnungs- und Grundstücks-Rechtsschutz für Mieter).\n\n"
            "Wir erteilen Deckungszusage für die außergerichtliche Interessenwahrnehmung durch Ihre Anwältin, Frau Rechtsanwältin Inga Stahl. "
            "Ihre Selbstbeteiligung beträgt 150 EUR. Sollte es zu einer Räumungsklage kommen, melden Sie sich bitte erneut, dann prüfen "
            "wir die gerichtliche Deckung.\n\nSchadennummer: RS-26-011204\n\nMit freundlichen Grüßen\n\n" + sig("hirschmann"))
    return Mail(addr("hirschmann"), "Julia Backert <julia.backert@mailbox-franken.example>", "Deckungszusage RS-26-011204 - Eigenbedarfskündigung", "2026-02-11 11:48", body)


# --- lawyer asking for coverage: employment dispute with salary ------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "lawyer",
      "Anwaltsanfrage Arbeitsrechtsschutz (Kündigungsschutzklage) mit Bruttomonatsgehalt des Mandanten Markus Eichenseer, intern weitergeleitet")
def _():
    inner = ("Sehr geehrte Damen und Herren,\n\nwir vertreten Herrn Markus Eichenseer, Ihren VN (RS 60 210 774), in einer "
             "Kündigungsschutzsache gegen die Frankenbau Wohnungsbau GmbH. Die betriebsbedingte Kündigung vom 26.02.2026 zum 31.05.2026 "
             "ist aus unserer Sicht sozial nicht gerechtfertigt (fehlerhafte Sozialauswahl). Klage wird fristwahrend zum Arbeitsgericht "
             "Bamberg erhoben.\n\nDas Bruttomonatsgehalt beträgt 4.380,00 EUR, der Gegenstandswert daher 13.140,00 EUR (Vierteljahresbezug).\n\n"
             "Wir bitten um Deckungszusage für die erste Instanz.\n\nMit freundlichen Grüßen\nInga Stahl\nRechtsanwältin, Fachanwältin für Arbeitsrecht")
    body = ("Georg, neuer Fall Arbeitsrecht für Dich, Wartezeit bei Eichenseer erfüllt (Vertrag seit 2019).\n\n"
            + outlook_hdr("RAin Inga Stahl <kanzlei@ra-stahl.example>", "Montag, 9. März 2026 10:11", "rechtsschutz@%s" % DOM,
                          "Deckungsanfrage Eichenseer ./. Frankenbau") + "\n" + inner + "\n\n" + sig("landwehr", footer=False))
    return Mail(addr("landwehr"), addr("hirschmann"), "WG: Deckungsanfrage Eichenseer ./. Frankenbau", "2026-03-09 11:02", body)


# --- home insurance policy schedule PDF, English ------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "Home contents policy schedule PDF (name, date of birth, address, sum insured, masked IBAN) for expat Martin O'Sullivan; body harmless")
def _():
    paras = ["Dear Mr O'Sullivan,",
             "thank you for choosing Rautenfels. This schedule confirms your home contents insurance as follows:",
             "Premiums are collected by direct debit from your account IBAN DE** **** **** **** **52 31 on the first working day of each quarter.",
             "Please check the details. If anything is incorrect, let us know within 14 days."]
    tab = ([["Item", "Details"], ["Policyholder", "Martin O'Sullivan, born 02/04/1983"], ["Insured address", "Schillerplatz 6, 2nd floor, 96047 Bamberg"],
            ["Policy number", "HR 20 120 336"], ["Start / renewal", "01/03/2026, annual"], ["Sum insured", "EUR 68,000 (living space 85 m²)"],
            ["Options", "Bicycle theft EUR 2,000; glass"], ["Annual premium", "EUR 148.60 incl. 19 % insurance tax"]], [150, 315])
    pdfb = rf_letter("Policy schedule", ["Mr Martin O'Sullivan", "Schillerplatz 6", "96047 Bamberg"], "Bamberg, 26 February 2026",
                     "Policy schedule – Home contents insurance HR 20 120 336", paras, ent="sach", lang="en",
                     refs=[("Policy", "HR 20 120 336")], signer="Customer Service", table=tab, table_after=1, date="2026-02-26 05:30", hyph="en")
    body = ("Dear Mr O'Sullivan,\n\nplease find your documents attached.\n\nKind regards\nRautenfels Customer Service\n\n" + legal("sach", "en"))
    m = Mail("Rautenfels Customer Service <service@%s>" % DOM, "martin.osullivan@inbox-mail.example", "Your documents", "2026-02-26 06:00", body, mailer="system")
    m.attach("Policy_schedule_HR20120336.pdf", pdfb)
    return m


# --- premium invoice buildings ODT -----------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Beitragsrechnung Wohngebäude als ODT (Kopf-/Fußzeile, Tabelle) mit Name, Objektadresse, Vertragsnummer, SEPA-IBAN von Heinrich Hümmer")
def _():
    ib = iban("DE", "770501200011442907")
    blocks = [op("Herrn\nHeinrich Hümmer\nAm Galgenberg 15\n96155 Buttenheim", "Left"),
              oh("Beitragsrechnung 2026 – Wohngebäudeversicherung WG 31 402 887", 2),
              op("Sehr geehrter Herr Hümmer,"),
              op("für Ihre Wohngebäude~versicherung des Zweifamilien~hauses Am Galgenberg 15 berechnen wir für das Versicherungs~jahr 01.04.2026 bis 31.03.2027:"),
              otable([["Baustein", "Jahresbeitrag €"], ["Feuer, Leitungswasser, Sturm/Hagel (gleitender Neuwert)", "684,20"],
                      ["Elementarschäden (Selbstbehalt 500 €)", "211,00"], ["Photovoltaikanlage 9,8 kWp", "62,40"],
                      ["Summe netto", "957,60"], ["Versicherungsteuer", "181,94"], ["Gesamt", "1.139,54"]]),
              op("Der Betrag wird am 01.04.2026 von Ihrem Konto %s (Mandatsreferenz RF-WG31402887) abgebucht." % grp(ib)),
              op("Die Anpassung um 7,4 % beruht auf dem gestiegenen Baupreis~index (Anpassungsfaktor 2026: 25,31)."),
              op("Mit freundlichen Grüßen\nRautenfels Versicherung AG")]
    d = odt(blocks, header="Rautenfels Versicherung AG · Beitragsrechnung", footer="Rautenfels Versicherung AG · Sitz Bamberg · HRB 3380 · IBAN %s" % grp(RF_IBAN),
            title="Beitragsrechnung WG 31 402 887", author="rfkorr", date="2026-02-27 04:00")
    body = ("Sehr geehrter Herr Hümmer,\n\nSie haben uns gebeten, Ihre Beitragsrechnung in einem Format zu schicken, das Sie mit LibreOffice "
            "bearbeiten können – bitte sehr. Die Anpassung erklären wir im Schreiben.\n\nMit freundlichen Grüßen\n\n" + sig("landwehr"))
    m = Mail(addr("landwehr"), "Heinrich Hümmer <h.huemmer@t-net.example>", "Beitragsrechnung 2026 Wohngebäude", "2026-03-02 09:40", body)
    m.attach("Beitragsrechnung_WG31402887.odt", d)
    return m


# --- returned mail, address research ---------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "Interne Mail zu Postrückläufer: neue Anschrift von Kfz-Kundin Svetlana Morozova ermittelt, Vertragsnummer und Kennzeichen")
def _():
    body = ("Hallo zusammen,\n\nRückläufer \"Empfänger unbekannt verzogen\" bei Frau Svetlana Morozova, Kfz-Vertrag KF 44 811 502 "
            "(BA-SM 77). Laut Einwohnermeldeamt-Auskunft (Gebühr 8 EUR) neue Anschrift seit 01.01.2026:\n\n"
            "Svetlana Morozova\nPestalozzistraße 22\n96052 Bamberg\n\nIch habe die Adresse im Bestand geändert und die Beitragsrechnung "
            "neu versendet. Mahnlauf bitte für diesen Vertrag aussetzen bis 15.03.\n\nViele Grüße\nSophie")
    return Mail(addr("landwehr"), "Team Bestand Kraftfahrt <bestand-kfz@%s>" % DOM, "Rückläufer Morozova KF 44 811 502 - neue Anschrift", "2026-02-13 13:50", body, mailer="tb", charset="windows-1252")


# --- subrogation demand to a UK insurer --------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "Subrogation demand to a UK motor insurer: British driver Gareth Pryce, German policyholder Frank Hemmerlein, plates, amounts; no injuries")
def _():
    body = ("Dear Sir or Madam,\n\nRe: Your insured Mr Gareth Pryce, vehicle GB plate LR71 KXP (Land Rover Discovery)\n"
            "Our insured Mr Frank Hemmerlein, vehicle BA-FH 660 (Skoda Octavia)\nAccident 17/02/2026, A73 near Forchheim-Süd, Germany\n"
            "Our claim ref. KF-26-0068315\n\n"
            "Your insured changed lanes without looking and collided with the side of our insured's car. The German police report "
            "(Polizeiinspektion Forchheim, ref. 4411-26) records that Mr Pryce admitted fault. Nobody was injured.\n\n"
            "We have indemnified our insured under his comprehensive cover:\nRepair costs EUR 5,812.40\nTowing EUR 260.00\n"
            "Assessor fee EUR 640.00\nTotal EUR 6,712.40\n\nPlease reimburse this amount to our account " + grp(RF_IBAN) + " quoting our "
            "reference within 30 days. Copies of the invoices and the police report are available via our secure portal.\n\n"
            "Yours faithfully\n\n" + sig("grasmueck", "en"))
    return Mail(addr("grasmueck"), "Claims Recoveries <recoveries@albion-motor.example>", "Recovery claim KF-26-0068315 - your insured G. Pryce LR71 KXP", "2026-03-19 12:22", body, mailer="outlook-en")


# --- eVB for new car -----------------------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "eVB number for registering a new car, with name, date of birth and VIN of expat customer Kübra Yılmaz")
def _():
    body = ("Hello Ms Yılmaz,\n\nhere is your electronic insurance confirmation (eVB) for registering your car at the Bamberg vehicle "
            "registration office:\n\neVB number: K7R4P2X\nPolicyholder: Kübra Yılmaz, born 06/01/1997\nVehicle: Opel Corsa F, VIN W0V7H9EB5N4112087\n"
            "Cover: third-party liability and partial comprehensive, no-claims class SF 3 (transferred from your previous insurer)\n\n"
            "The eVB is valid for six months. After registration you will receive the policy document showing the number plate.\n\n"
            "Drive safely!\n\n" + sig("landwehr", "en"))
    return Mail(addr("landwehr"), "Kübra Yılmaz <kuebra.yilmaz@webpost.example>", "Your eVB number for registration", "2026-01-21 10:15", body, mailer="outlook-en")


# --- forwarded customer mail, stolen e-bike ----------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "customer",
      "Kundenmail zu E-Bike-Diebstahl (Name, Adresse, Rahmennummer, Kaufpreis, Anzeige) als message/rfc822 weitergeleitet an Regulierer")
def _():
    inner = inner_mail("Ralf Baumgärtner <ralf.baumgaertner@t-net.example>", "schaden@%s" % DOM, "Diebstahl E-Bike", "2026-04-11 19:03",
                       "Sehr geehrte Damen und Herren,\n\nam Samstag, 11.04.2026, wurde zwischen 13 und 15 Uhr mein E-Bike vor dem "
                       "Freibad Gaustadt gestohlen, obwohl es mit einem Faltschloss angeschlossen war.\n\n"
                       "Marke: Cube Kathmandu Hybrid Pro 750, Farbe grau, Rahmennummer WAG31N4480K\nKaufpreis: 3.299 EUR (Rechnung Zweirad Fuchs, 05/2024)\n"
                       "Anzeige bei der PI Bamberg-Land, Vorgangsnummer 260411-1733\n\nIch bin bei Ihnen hausratversichert mit Fahrradschutz "
                       "(HR 20 117 033). Ich wohne Kapellenstraße 2, 96049 Bamberg.\n\nMit freundlichen Grüßen\nRalf Baumgärtner", 2)
    body = "Yusuf, Fahrraddiebstahl Baumgärtner, bitte Kaufbeleg und Schlossquittung anfordern. Neue Schadennummer SA-26-0051209.\n\nSelin"
    m = Mail(addr("aydogan"), addr("demir"), "WG: Diebstahl E-Bike", "2026-04-13 08:44", body)
    m.forward(inner)
    return m


# --- cyber questionnaire DOCX to sole trader ----------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "Cyber-Risikofragebogen (DOCX, Tabellen, Kopf-/Fußzeile) vorausgefüllt für Einzelunternehmer Stefan Gehring mit Umsatz und Inhaberangaben")
def _():
    hdr = [wp("Rautenfels Versicherung AG · Cyber-Risikofragebogen KMU · Formular CY-01/2026", sz=8, jc="right")]
    ftr = [wp("Bitte senden Sie den Fragebogen an firmenkunden@%s · Seite 1" % DOM, sz=7, jc="center")]
    blocks = [wp("Risikofragebogen Cyberversicherung", b=True, sz=14),
              wtable([["Antragsteller", "Schreinerei Stefan Gehring (Einzelunternehmen)"], ["Inhaber", "Stefan Gehring, geb. 19.08.1979"],
                      ["Anschrift", "Gewerbering 7, 96158 Frensdorf"], ["Umsatz 2025", "640.000 EUR"], ["Mitarbeiter", "6"],
                      ["Vermittler", "Versicherungsbüro Ammon e.K."]], [2800, 6400], head=False),
              wp(""),
              wtable([["Frage", "ja", "nein"], ["Werden Datensicherungen mindestens wöchentlich erstellt und getrennt aufbewahrt?", "", ""],
                      ["Ist auf allen Rechnern ein aktueller Virenschutz installiert?", "", ""], ["Werden Sicherheitsupdates innerhalb von 30 Tagen eingespielt?", "", ""],
                      ["Ist der Fernzugriff mit Zwei-Faktor-Authentifizierung gesichert?", "", ""], ["Gab es in den letzten 5 Jahren Cyber-Vorfälle?", "", ""]],
                     [6600, 1300, 1300]),
              wp("Mit meiner Unterschrift bestätige ich die Richtigkeit der Angaben.\n\n____________________________ Ort, Datum, Unterschrift", sz=9)]
    d = docx(blocks, hdr, ftr, title="Cyber-Fragebogen Gehring", author="Daniel Rösch", company="Rautenfels Versicherungsgruppe", date="2026-02-05 14:00")
    body = ("Sehr geehrter Herr Gehring,\n\nauf Anregung von Herrn Ammon schicke ich Ihnen unseren Fragebogen für die Cyberversicherung. "
            "Die Stammdaten habe ich bereits eingetragen, bitte prüfen und die fünf Sicherheitsfragen ankreuzen. Mit Ihren Angaben (Umsatz "
            "640 TEUR) liegt der Jahresbeitrag bei Versicherungssumme 250.000 EUR voraussichtlich bei 690 EUR netto.\n\nMit freundlichen Grüßen\n\n" + sig("roesch"))
    m = Mail(addr("roesch"), "Schreinerei Gehring <info@schreinerei-gehring.example>", "Cyberversicherung - Fragebogen", "2026-02-05 14:12", body, cc="Versicherungsbüro Ammon <info@vb-ammon.example>")
    m.attach("Risikofragebogen_Cyber_Gehring.docx", d)
    return m


# --- broker quote request D&O, English ---------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "broker",
      "Broker's D&O quote request forwarded: named managing directors of a GmbH with dates of birth and salaries")
def _():
    inner = ("Hello Daniel,\n\ncould you quote D&O for a client of ours, Regnitz Solar Systems GmbH (turnover EUR 14m, no claims)? "
             "Limit EUR 2m, retention none.\n\nManaging directors:\n- Dr. Konstantin Baier, born 03/07/1975, annual salary EUR 168,000\n"
             "- Lea Vogt, born 22/10/1988, annual salary EUR 121,000\n\nThe company wants cover to start 1 May. Financials for 2025 "
             "are on their way.\n\nCheers\nRainer Fichtner\nFichtner & Partner Versicherungsmakler GmbH")
    body = ("Bernd, FYI - I'll quote this one, please note the lead in the broker file.\n\nDaniel\n\n"
            + outlook_hdr("Rainer Fichtner <r.fichtner@fichtner-makler.example>", "Wednesday, 1 April 2026 16:50", email_of("roesch"),
                          "D&O quote - Regnitz Solar Systems GmbH", lang="en") + "\n" + inner)
    return Mail(addr("roesch"), addr("hollerith"), "FW: D&O quote - Regnitz Solar Systems GmbH", "2026-04-02 08:05", body, mailer="outlook-en")


# --- cancellation confirmation motor --------------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "Confirmation of cancellation of motor policy with name, policy number, number plate and no-claims class of Ludwig Pfister")
def _():
    body = ("Dear Mr Pfister,\n\nwe confirm the cancellation of your motor policy KF 44 790 661 for your BMW 318d (BA-LP 318). Because the "
            "car was deregistered before you move back to Vienna, the policy ends on the day of deregistration, 20 March 2026, not on "
            "31 December.\n\nYour no-claims bonus (SF 22 liability / SF 19 comprehensive) remains on record for seven years; we will send "
            "a certificate to your new insurer on request. Overpaid premiums (EUR 214.36) will be refunded to your account.\n\n"
            "Kind regards\n\n" + sig("landwehr", "en"))
    return Mail(addr("landwehr"), "Ludwig Pfister <ludwig.pfister@mailbox-franken.example>", "Cancellation confirmed - KF 44 790 661", "2026-03-23 15:30", body, mailer="outlook-en")


# --- rent deposit guarantee PDF ------------------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Mietkautionsbürgschaft: Bürgschaftsurkunde (PDF, Briefkopf) mit Mieterin Hatice Demirel, Vermieter, Wohnungsadresse und Betrag")
def _():
    paras = ["Bürgschaftsurkunde Nr. MKB-2026-00871",
             "Die Rautenfels Versicherung AG, Kunigundendamm 40, 96050 Bamberg (Bürgin), übernimmt gegenüber dem Vermieter Wohnbau Domberg eG, Hainstraße 2, 96047 Bamberg, für die Mieterin Frau Hatice Demirel, geb. 14.02.1994, die selbst~schuldnerische Bürgschaft für die Mietkaution aus dem Mietvertrag vom 10.02.2026 über die Wohnung Nürnberger Straße 71, 3. OG links, 96050 Bamberg.",
             "Die Bürgschaft ist auf den Betrag von 2.160,00 € (in Worten: zweitausendeinhundertsechzig Euro) begrenzt. Auf die Einreden der Anfechtung und der Aufrechnung wird verzichtet, soweit nicht die Forderung der Mieterin unbestritten oder rechtskräftig festgestellt ist. Die Einrede der Voraus~klage ist ausgeschlossen.",
             "Die Bürgschaft erlischt mit Rückgabe dieser Urkunde."]
    pdfb = rf_letter("Bürgschaftsurkunde", ["Wohnbau Domberg eG", "Vermietung", "Hainstraße 2", "96047 Bamberg"], "Bamberg, 12.02.2026",
                     "Mietkautionsbürgschaft", paras, ent="sach", refs=[("Bürgschaft-Nr.", "MKB-2026-00871")],
                     closing="Rautenfels Versicherung AG", signer="i.V. Daniel Rösch          i.A. Sophie Landwehr", date="2026-02-12 10:00")
    body = ("Liebe Frau Demirel,\n\nanbei Ihre Bürgschaftsurkunde für die Wohnung in der Nürnberger Straße. Bitte leiten Sie sie an die "
            "Wohnbau Domberg weiter; die Genossenschaft akzeptiert die PDF-Urkunde laut Ihrer Auskunft. Der Jahresbeitrag von 97,20 EUR "
            "wird im März abgebucht.\n\nAlles Gute im neuen Zuhause!\n\n" + sig("landwehr"))
    m = Mail(addr("landwehr"), "Hatice Demirel <hatice.demirel@inbox-mail.example>", "Ihre Mietkautionsbürgschaft MKB-2026-00871", "2026-02-12 10:30", body)
    m.attach("Buergschaftsurkunde_MKB-2026-00871.pdf", pdfb)
    return m


# --- pet insurance vet invoice scan, English --------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "Pet health claim for dog of Emily Carter-Hahn: vet invoice as scanned PDF (cruciate ligament surgery of the dog) – animal health, owner named")
def _():
    lines = ["Tierarztpraxis am Hain - Dr. med. vet. Olaf Reichenbach",
             "Hainstr. 60, 96047 Bamberg  Tel 0951 2 55 31",
             "",
             "RECHNUNG / INVOICE Nr. 26-1187          Datum 19.03.2026",
             "",
             "Tierhalterin: Emily Carter-Hahn, Kleberstr. 18, 96047 Bamberg",
             "Tier: Hund 'Juno', Border Collie, w, geb. 2019, Chip 276098106448120",
             "",
             "Diagnose: Kreuzbandriss hinten rechts",
             "",
             "GOT 1   Allg. Untersuchung                 2fach     47,30",
             "GOT     Narkose Inhalation 90 min                   212,40",
             "GOT     TPLO-Operation Kniegelenk                 1.480,00",
             "GOT     Röntgen 2 Aufnahmen                          96,26",
             "        Medikamente (Meloxicam, Cefalexin)           58,90",
             "                                   Netto         1.894,86",
             "                                   MwSt 19%        360,02",
             "                                   GESAMT        2.254,88",
             "",
             "Bezahlt per EC-Karte am 19.03.2026"]
    body = ("Dear Ms Carter-Hahn,\n\nwe have received the invoice for Juno's cruciate ligament surgery (scan attached again for your "
            "reference, as we annotated it). Under your Pet Surgery cover (TK 80 220 115) we reimburse 80 % of EUR 2,254.88, i.e. "
            "EUR 1,803.90, to your account.\n\nWe hope Juno recovers quickly!\n\nKind regards\n\n" + sig("aydogan", "en"))
    m = Mail(addr("aydogan"), "Emily Carter-Hahn <emily.ch@inbox-mail.example>", "Your pet claim TK-26-00411 - Juno", "2026-03-25 12:40", body, mailer="outlook-en")
    m.attach("Rechnung_Tierarzt_26-1187.pdf", scan_pdf(lines, 9911, title="scan0031", producer="HP Smart", date="2026-03-20 08:10", rotate=-0.7, font="F5", size=9.5))
    return m


# --- dunning list CSV, internal --------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "Interne Mahnliste Hausrat/Haftpflicht als CSV (windows-1252) mit Namen, Vertragsnummern, Rückständen und Mahnstufen von Privatkunden")
def _():
    rows = ["Vertrag;Name;Vorname;PLZ;Sparte;Rückstand;Mahnstufe;letzte Zahlung",
            "HR 20 108 331;Dörfler;Gerhard;96106;Hausrat;118,40;2;15.10.2025",
            "PH 20 111 920;Schütz;Yvonne;96052;Privathaftpflicht;64,90;1;01.12.2025",
            "HR 20 114 002;Kaya;Emre;96047;Hausrat;201,20;3;01.09.2025",
            "WG 31 398 771;Rößner;Elisabeth;96117;Wohngebäude;812,55;2;01.11.2025",
            "TH 20 329 004;Öztürk;Derya;96050;Tierhalterhaftpflicht;58,00;1;01.01.2026"]
    csv = ("\r\n".join(rows) + "\r\n").encode("cp1252")
    body = ("Hallo Team,\n\nanbei die Liste für den Mahnlauf Februar (Stufe 3 = Kündigungsandrohung nach § 38 VVG). Bei Frau Rößner "
            "bitte vorher anrufen, sie hatte Ratenzahlung angefragt.\n\nGruß\nSophie")
    m = Mail(addr("landwehr"), "Team Inkasso <inkasso@%s>" % DOM, "Mahnlauf Februar - Liste Sach", "2026-02-16 07:55", body, mailer="tb", charset="iso-8859-1")
    m.attach("Mahnliste_Sach_2026-02.csv", csv, ctype="application/vnd.ms-excel")
    return m


# --- correction of birth date and address ------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Bestätigung Korrektur Geburtsdatum und Adressänderung in der Kfz-Versicherung von Hans-Peter Wunder (Geburtsdatum, Anschrift, Vertrag)")
def _():
    body = ("Sehr geehrter Herr Wunder,\n\nvielen Dank für Ihren Hinweis. Wir haben Ihre Daten im Vertrag KF 44 823 117 korrigiert:\n\n"
            "Geburtsdatum: 11.07.1958 (bisher fälschlich 17.11.1958)\nneue Anschrift ab 01.03.2026: Mühlweg 3, 96170 Trabelsdorf\n\n"
            "Durch die Änderung des Wohnorts ändert sich die Regionalklasse (Haftpflicht von 5 auf 4); Ihr Beitrag sinkt ab 01.03. um "
            "monatlich 3,12 EUR. Eine neue Beitragsrechnung erhalten Sie per Post.\n\nMit freundlichen Grüßen\n\n" + sig("landwehr"))
    return Mail(addr("landwehr"), "Hans-Peter Wunder <hp.wunder@t-net.example>", "Ihre Datenänderung - Vertrag KF 44 823 117", "2026-02-27 11:11", body)


# --- mixed: English mail to Dutch customer quoting German police report ---------------------------------------------------------
@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "English mail to Dutch driver Joost van der Linden quoting German police report excerpt (names, plates, collision, no injuries) in motor liability claim")
def _():
    body = ("Dear Mr van der Linden,\n\nthank you for your call. As promised, here is the relevant part of the German police report "
            "(Polizeiinspektion Bamberg-Stadt, Verkehrsunfallanzeige 0388/26), which our insured's lawyer sent us:\n\n"
            "  \"Der Fahrzeugführer des NL-Pkw (Kennzeichen NL GZ-481-K), Herr Joost van der Linden, geb. 04.10.1979,\n"
            "  beabsichtigte, vom Parkplatz Schönleinsplatz nach links in die Lange Straße einzufahren und übersah dabei den\n"
            "  vorfahrtsberechtigten Pkw BA-RM 2210 (Fahrerin: Regina Maier). Es entstand Sachschaden an beiden Fahrzeugen.\n"
            "  Verletzt wurde niemand. Verwarnungsgeld gegen Herrn van der Linden: 35 EUR.\"\n\n"
            "In short: the police consider that you did not give way when pulling out of the car park. Since you are the claimant "
            "against our policyholder, we cannot accept your claim (ref. KH-26-0041902). If you disagree, please send us your statement "
            "and any photos.\n\nKind regards\n\n" + sig("grasmueck", "en"))
    return Mail(addr("grasmueck"), "Joost van der Linden <joost.vdlinden@ziggo-mail.example>", "Accident Bamberg 06/02/2026 - KH-26-0041902", "2026-02-20 16:40", body, mailer="outlook-en")


# --- order to assessor ----------------------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-assessor",
      "Gutachtenauftrag an Kfz-Sachverständigen mit Halter Manfred Gumbrecht, Kennzeichen, Besichtigungsort und Telefonnummer")
def _():
    body = ("Hallo Herr Brandl,\n\nbitte um Besichtigung und Gutachten (Kasko, Hagel):\n\nSchaden: KF-26-0091177\nVN/Halter: Manfred "
            "Gumbrecht, Tel. 0170 3318 922\nFahrzeug: Audi A4 Avant, BA-MG 1957\nBesichtigung: beim VN zu Hause, Kirchplatz 4, 96123 Litzendorf "
            "(Garage), am liebsten vormittags\nSchaden: Hagelschlag am 02.06.2026, Dach und Motorhaube\n\nBitte auch prüfen, ob der "
            "Kratzer an der Fahrertür ein Altschaden ist.\n\nDanke und Gruß\n\n" + sig("grasmueck"))
    return Mail(addr("grasmueck"), "Kfz-Sachverständigenbüro Brandl <buero@sv-brandl.example>", "Auftrag KF-26-0091177 Gumbrecht BA-MG 1957 (Hagel)", "2026-06-04 08:30", body)


# --- smartphone repair estimate, English --------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "Electronics insurance: smartphone repair cost estimate PDF (letterhead of repair shop, customer name, IMEI, policy) for Lucas Ferreira")
def _():
    head, foot = practice_letterhead(["FixPoint Bamberg", "Smartphone · Tablet · Notebook Reparatur", ""], ["Grüner Markt 21", "96047 Bamberg", "Tel. 0951 96 44 10"],
                                     ["FixPoint Bamberg · Inh. Can Aksoy · USt-IdNr. DE 318 447 120"], accent=0.3)
    pdf = PDF(title="Kostenvoranschlag", creator="Shopware POS", producer="Shopware POS", date="2026-04-20 13:00")
    pdf.header, pdf.footer = head, foot
    pdf.top = 735
    pdf.new_page()
    pdf.para("Kostenvoranschlag / Repair estimate Nr. KVA-4471", "F2", 12, align="left")
    pdf.para("Kunde: Lucas Ferreira · Gerät: Apple iPhone 15 Pro, IMEI 35 881672 441903 2 · Auftrag: 20.04.2026", "F1", 9, align="left")
    pdf.table([["Pos.", "Beschreibung", "Betrag"], ["1", "Display-Einheit original (Bruch nach Sturz)", "389,00"], ["2", "Rückglas-Austausch", "149,00"],
               ["3", "Arbeitszeit", "49,00"], ["", "Gesamt inkl. MwSt.", "587,00 EUR"]], [40, 330, 95], align=["l", "l", "r"])
    pdf.para("Kostenvoranschlag kostenlos bei Auftragserteilung, sonst 25 EUR.", "F1", 8.5)
    body = ("Hello Mr Ferreira,\n\nthank you for sending the repair estimate from FixPoint (attached). Under your electronics policy "
            "EL 20 440 781 we cover the display and the back glass. Your excess is EUR 50, so we will pay EUR 537.00. You can go ahead "
            "with the repair; please send us the final invoice.\n\nBest regards\n\n" + sig("aydogan", "en"))
    m = Mail(addr("aydogan"), "Lucas Ferreira <lucas.ferreira@inbox-mail.example>", "Your phone repair - EL 20 440 781", "2026-04-21 10:05", body, mailer="outlook-en")
    m.attach("KVA-4471_FixPoint.pdf", pdf.build())
    return m


# --- speeding fine legal expenses -----------------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Verkehrs-Rechtsschutz: Bußgeldbescheid (Geschwindigkeitsverstoß, 1 Punkt) gegen Versicherten Benedikt Rauh, Deckungszusage – Ordnungswidrigkeit")
def _():
    body = ("Sehr geehrter Herr Rauh,\n\nfür das Bußgeldverfahren wegen Überschreitung der zulässigen Höchstgeschwindigkeit am 14.01.2026 "
            "auf der B 22 bei Stegaurach (außerorts 27 km/h zu schnell, Bußgeld 150 EUR, 1 Punkt) besteht Versicherungsschutz in Ihrem "
            "Verkehrs-Rechtsschutz RS 60 230 019.\n\nWir übernehmen die Kosten Ihres Verteidigers für den Einspruch und die Akteneinsicht "
            "einschließlich eines Sachverständigengutachtens zur Messung (Leivtec XV3), sofern Ihr Anwalt es für erforderlich hält.\n\n"
            "Schadennummer: RS-26-010877\n\nMit freundlichen Grüßen\n\n" + sig("hirschmann"))
    return Mail(addr("hirschmann"), "Benedikt Rauh <b.rauh@mailbox-franken.example>", "Deckungszusage Bußgeldverfahren RS-26-010877", "2026-02-03 14:17", body)


# --- property management reports building damage with tenants --------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "company",
      "Hausverwaltung meldet Sturmschaden am Mehrfamilienhaus mit Namen und Telefonnummern betroffener Mieter; weitergeleitet")
def _():
    inner = ("Sehr geehrte Damen und Herren,\n\nfür das Objekt Heinrichsdamm 14, 96047 Bamberg (Gebäudeversicherung WG 31 460 220, "
             "Eigentümergemeinschaft) melden wir einen Sturmschaden vom 05.02.2026: Durch Sturmtief \"Sabine II\" wurden ca. 20 m² "
             "Dachziegel abgedeckt, in zwei Wohnungen ist Wasser eingedrungen.\n\nBetroffene Mieter (Zugang für Gutachter bitte direkt abstimmen):\n"
             "- DG links: Frau Marlene Stöcklein, Tel. 0951 41 22 07\n- DG rechts: Herr Dr. Ferhat Acar und Frau Jessica Acar, Tel. 0176 2201 4418\n\n"
             "Die Dachdeckerei Lunz hat notdürftig abgedeckt (Rechnung folgt).\n\nMit freundlichen Grüßen\nAndrea Fuchs\nImmoVerwaltung Regnitz GmbH")
    body = ("Yusuf, bitte Termin vor Ort. Schadennummer SA-26-0040018.\n\n" + outlook_hdr("Andrea Fuchs <a.fuchs@immo-regnitz.example>",
            "Freitag, 6. Februar 2026 09:14", "schaden@%s" % DOM, "Sturmschaden Heinrichsdamm 14") + "\n" + inner)
    return Mail(addr("aydogan"), addr("demir"), "WG: Sturmschaden Heinrichsdamm 14", "2026-02-06 10:30", body)


# --- student contents certificate PDF, English -------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "Insurance certificate (PDF letterhead) for exchange student Mei Tanaka: name, date of birth, dormitory address, contents and liability policy numbers")
def _():
    paras = ["To whom it may concern,",
             "We confirm that Ms Mei Tanaka, born 30/11/2003, residing at Studentenwohnheim Pestalozzistraße 9, room 2.14, 96052 Bamberg, is insured with Rautenfels Versicherung AG under the following policies:",
             "Cover is valid from 01/04/2026 to 31/03/2027. Premiums have been paid in full for the whole period.",
             "This certificate has been issued at the request of the policyholder for presentation to the Studierendenwerk Oberfranken."]
    tab = ([["Policy", "Number", "Sum insured"], ["Personal liability", "PH 20 126 840", "EUR 10,000,000"], ["Home contents (student)", "HR 20 126 841", "EUR 8,000"]], [170, 150, 145])
    pdfb = rf_letter("Certificate of insurance", ["Ms Mei Tanaka", "Pestalozzistraße 9, Room 2.14", "96052 Bamberg"], "Bamberg, 2 April 2026",
                     "Certificate of insurance", paras, ent="sach", lang="en", refs=[("Customer no.", "K 5 221 804")], table=tab, table_after=1,
                     signer="Customer Service", date="2026-04-02 09:00", hyph="en")
    body = ("Dear Ms Tanaka,\n\nas requested, please find attached the certificate for your dormitory administration.\n\nKind regards\n\n" + sig("landwehr", "en"))
    m = Mail(addr("landwehr"), "Mei Tanaka <mei.tanaka@uni-bamberg-mail.example>", "Your insurance certificate", "2026-04-02 09:10", body, mailer="outlook-en")
    m.attach("Certificate_Tanaka.pdf", pdfb)
    return m


# --- broker: contract overview XLSX ---------------------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "Vertragsübersicht eines Maklerkunden (Kfz, Hausrat, PHV, Rechtsschutz) mit Name, Geburtsdatum, Anschrift und Beiträgen als XLSX an Makler")
def _():
    rows = [["Vertrag", "Sparte", "Beginn", "Jahresbeitrag", "Zahlweise", "Risiko"],
            ["KF 44 800 901", "Kfz", "2019-05-01", 712.4, "jährlich", "BA-TS 88, Skoda Kodiaq"], ["HR 20 109 877", "Hausrat", "2017-01-01", 166.2, "jährlich", "Am Eichelberg 3, 96129 Strullendorf"],
            ["PH 20 109 878", "Privathaftpflicht", "2017-01-01", 84.0, "jährlich", "Familie"], ["RS 60 204 118", "Rechtsschutz", "2020-03-01", 329.5, "vierteljährlich", "Privat/Beruf/Verkehr"]]
    x = xlsx([("Thomas Schönfelder", [["Kunde", "Thomas Schönfelder, geb. 28.01.1976, Am Eichelberg 3, 96129 Strullendorf"], []] + rows)], author="Maklerbetreuung", date="2026-03-06 10:00")
    body = ("Hallo Herr Fichtner,\n\nwie gewünscht die Vertragsübersicht Ihres Kunden Herrn Schönfelder für das Jahresgespräch. "
            "Die Bestandsübertragung auf Ihre Firma ist seit 01.02. wirksam.\n\nSchöne Grüße\n\n" + sig("hollerith"))
    m = Mail(addr("hollerith"), "Rainer Fichtner <r.fichtner@fichtner-makler.example>", "Vertragsübersicht Schönfelder", "2026-03-06 10:12", body)
    m.attach("Vertragsuebersicht_Schoenfelder.xlsx", x)
    return m


# --- storm payout HTML with IBAN --------------------------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Auszahlungsmitteilung Sturmschaden (HTML-Tabelle) mit IBAN, Name und Schadennummer von Irmgard Pickel")
def _():
    ib = iban("DE", "770501200000318804")
    rows = [("Dachziegel und Dachdeckerarbeiten", "2.870,00"), ("Gerüst", "640,00"), ("Regenrinne", "312,50"), ("abzgl. Selbstbehalt", "-250,00")]
    html = ("<html><body style=\"font-family:Arial;font-size:10pt\"><p>Sehr geehrte Frau Pickel,</p><p>zu Ihrem Sturmschaden vom 05.02.2026 "
            "(Schaden SA-26-0040377, Wohngebäude WG 31 411 556) zahlen wir wie folgt:</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
            + "".join("<tr><td>%s</td><td align=\"right\">%s €</td></tr>" % r for r in rows) +
            "<tr><td><b>Auszahlung</b></td><td align=\"right\"><b>3.572,50 €</b></td></tr></table>"
            "<p>Empfängerin: Irmgard Pickel<br>IBAN: %s</p><p>Mit freundlichen Grüßen<br>Selin Aydoğan</p></body></html>" % grp(ib))
    text = ("Sehr geehrte Frau Pickel,\n\nzu Ihrem Sturmschaden vom 05.02.2026 (Schaden SA-26-0040377, Wohngebäude WG 31 411 556) zahlen wir wie folgt:\n\n"
            + "\n".join("%-40s %10s EUR" % r for r in rows) + "\n%-40s %10s EUR\n\nEmpfängerin: Irmgard Pickel\nIBAN: %s\n\nMit freundlichen Grüßen\n%s"
            % ("Auszahlung", "3.572,50", grp(ib), sig("aydogan")))
    return Mail(addr("aydogan"), "Irmgard Pickel <irmgard.pickel@mailbox-franken.example>", "Auszahlung Sturmschaden SA-26-0040377", "2026-02-26 15:20", text, html=html)


# --- security certificate for a leasing bank, English ---------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "Security certificate (Sicherungsschein) for a leasing bank naming lessee Karolina Nowak, VIN, plate and comprehensive cover")
def _():
    body = ("Dear Sir or Madam,\n\nwe confirm the following for your leasing contract LV-2026-118830:\n\nLessee / policyholder: Karolina Nowak, "
            "Memmelsdorfer Str. 208, 96052 Bamberg\nVehicle: Tesla Model 3 Long Range, VIN LRW3E7FA5RC118024, plate BA-KN 3003\n"
            "Policy: KF 44 830 415, comprehensive cover with EUR 500 excess, GAP cover included\n\nA security certificate in favour of "
            "Nordbank Leasing GmbH has been issued. You will be informed of any premium arrears or cancellation, and claim payments above "
            "EUR 2,500 will be made to you.\n\nKind regards\n\n" + sig("landwehr", "en"))
    return Mail(addr("landwehr"), "Nordbank Leasing Insurance Desk <insurance@nordbank-leasing.example>", "Security certificate LV-2026-118830 - Nowak", "2026-01-29 13:05", body, mailer="outlook-en")


# --- scanned damage protocol ----------------------------------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Elementarschaden: Regulierungsangebot mit gescanntem Schadenaufnahmeprotokoll (schiefer Scan) mit Name, Adresse, Vertragsnummer von Ewald Rothlauf")
def _():
    lines = ["RAUTENFELS  Schadenaufnahmeprotokoll vor Ort       Blatt 1/1",
             "",
             "Schaden-Nr.: SA-26-0079411       Vertrag: WG 31 388 207",
             "VN: Ewald Rothlauf, Mühlgasse 5, 96120 Bischberg",
             "Datum Besichtigung: 24.05.2026   Regulierer: Y. Demir",
             "",
             "Ereignis: Überschwemmung durch Starkregen 21.05.2026",
             "betroffen: Keller komplett, Wasserstand ca. 35 cm",
             "  - Heizöltank dicht, keine Ölspur",
             "  - Estrich und Wandputz durchfeuchtet",
             "  - Waschmaschine, Trockner (Hausrat, Fremdvers.)",
             "",
             "Maßnahmen: Trocknung beauftragt (Fa. Trockenbau Hoh)",
             "Schätzung Gebäudeschaden: 14.000 - 16.000 EUR",
             "Selbstbehalt Elementar: 10 %, mind. 1.000 EUR",
             "",
             "Unterschrift VN:  E. Rothlauf      Unterschrift Regulierer: Demir"]
    body = ("Sehr geehrter Herr Rothlauf,\n\nnach der Besichtigung am 24.05. erhalten Sie anbei eine Kopie des gemeinsam unterschriebenen "
            "Protokolls. Wir bieten Ihnen eine Abschlagszahlung von 8.000 EUR an, die Schlussabrechnung folgt nach der Trocknung.\n\n"
            "Mit freundlichen Grüßen\n\n" + sig("demir"))
    m = Mail(addr("demir"), "Ewald Rothlauf <e.rothlauf@t-net.example>", "Starkregen 21.05. - Ihr Protokoll und Abschlag", "2026-05-26 17:02", body)
    m.attach("Protokoll_SA-26-0079411.pdf", scan_pdf(lines, 7941, title="Protokoll", producer="Adobe Scan for Android", date="2026-05-24 15:40", rotate=1.2, font="F5", size=9.6))
    return m


# --- opposing lawyer, neighbour tree fell on car --------------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "Antwort an gegnerischen Anwalt: umgestürzter Baum des VN Otmar Gleißner auf Pkw des Nachbarn; Namen, Schadennummer, Ablehnung wegen höherer Gewalt")
def _():
    body = ("Sehr geehrter Herr Rechtsanwalt Oppel,\n\nin der Angelegenheit Ihres Mandanten Herrn Reinhold Sperber gegen unseren "
            "Versicherungsnehmer Herrn Otmar Gleißner (Privathaftpflicht PH 20 103 118, Schaden HV-26-0015630) nehmen wir wie folgt Stellung:\n\n"
            "Die Fichte auf dem Grundstück unseres VN ist beim Sturm am 05.02.2026 (Windstärke 11 laut DWD-Station Bamberg) umgestürzt. "
            "Der Baum war nach dem vorliegenden Baumgutachten vom Herbst 2025 gesund und standsicher. Eine Verletzung der "
            "Verkehrssicherungspflicht liegt daher nicht vor; es handelt sich um höhere Gewalt.\n\nWir lehnen die Forderung über 3.870,00 EUR "
            "für den Pkw Ihres Mandanten ab. Möglicherweise besteht Deckung über dessen Teilkasko.\n\nMit freundlichen Grüßen\n\n" + sig("aydogan"))
    return Mail(addr("aydogan"), "RA Bernhard Oppel <kanzlei@ra-oppel.example>", "Sperber ./. Gleißner - HV-26-0015630", "2026-03-04 14:10", body)


# --- yacht KYC, internal English ------------------------------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "internal",
      "Internal KYC note on yacht insurance applicant Henrik Sandberg: passport number, date of birth, home address and sanctions screening result")
def _():
    body = ("Daniel,\n\nKYC for the yacht hull application (Bavaria C45, \"Nordlys\", value EUR 380k) is complete:\n\n"
            "Applicant: Henrik Sandberg, DOB 12/08/1966, Swedish passport no. 94418207, address Strandvägen 41, 114 56 Stockholm, "
            "secondary residence Seehof 2, 96049 Bamberg\nSanctions / PEP screening (World-Check): no match, 02/03/2026\n"
            "Source of funds: sale of company shares 2024 (notary letter on file)\n\nFrom compliance's side you can bind.\n\nEleanor")
    return Mail(addr("whitcombe"), addr("roesch"), "KYC Sandberg - yacht hull - cleared", "2026-03-02 17:30", body, mailer="outlook-en")


# --- PV owner contract short -----------------------------------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Kurze Antwort zur Photovoltaikversicherung von Andreas Leicht: Vertragsnummer, Anlagenadresse, Ertragsausfall nach Wechselrichterdefekt")
def _():
    body = ("Hallo Herr Leicht,\n\nja, der Ertragsausfall ist mitversichert (PV 33 100 417, Anlage Schulstraße 12, Kemmern). Für die 23 Tage "
            "ohne Wechselrichter rechnen wir pauschal 3,20 EUR je kWp und Tag, bei 11,2 kWp also 824,32 EUR. Den neuen Wechselrichter "
            "(Rechnung Solar Hoffmann, 1.980 EUR) zahlen wir abzüglich 150 EUR Selbstbehalt.\n\nGrüße\n" + sig("aydogan", short=True))
    return Mail(addr("aydogan"), "Andreas Leicht <andreas.leicht@webpost.example>", "AW: Wechselrichter kaputt", "2026-07-09 09:12", body,
                irt="<a1e2-2026-07-08@webpost.example>", mailer="tb", cte="8bit")


# --- explicit tag [vertraulich] motor claim ------------------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Betreff mit Markierung [vertraulich]; Kaskoschaden (Wildunfall) mit Name, Kennzeichen, Schadennummer und Auszahlung von Christine Lunz")
def _():
    body = ("Sehr geehrte Frau Lunz,\n\nzu Ihrem Wildunfall vom 13.01.2026 auf der Kreisstraße BA 30 (Reh, Bestätigung des Jagdpächters "
            "liegt vor) übernehmen wir die Reparatur Ihres Fahrzeugs BA-CL 65 über die Teilkasko: 3.406,22 EUR abzüglich 150 EUR "
            "Selbstbeteiligung. Die Zahlung geht direkt an das Autohaus Seubert.\n\nDer Wildschaden wirkt sich nicht auf Ihren "
            "Schadenfreiheitsrabatt aus.\n\nMit freundlichen Grüßen\n\n" + sig("grasmueck"))
    return Mail(addr("grasmueck"), "Christine Lunz <christine.lunz@mailbox-franken.example>", "[vertraulich] Wildunfall KF-26-0040812", "2026-01-26 11:00", body)


# --- rental car excess reimbursement, UK IBAN ---------------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "Rental car excess reimbursement for UK customer William Ashworth with his GB IBAN and claim details; no injuries")
def _():
    ib = iban("GB", "NWBK60161331926819")
    body = ("Dear Mr Ashworth,\n\nyour rental car excess claim RE-26-00144 (scratch on the rear bumper of the rental car in Munich, "
            "Sixt agreement 9104477182) is accepted. The rental company charged your credit card EUR 950.00; we reimburse the full "
            "amount.\n\nPayment will be made in EUR to:\nAccount holder: William J. Ashworth\nIBAN: " + grp(ib) + "\nBIC: NWBKGB2L\n\n"
            "Your bank may charge a fee for incoming foreign payments.\n\nKind regards\n\n" + sig("kovacevic", "en"))
    return Mail(addr("kovacevic"), "William Ashworth <w.ashworth@yorkshire-mail.example>", "Rental car excess claim RE-26-00144", "2026-05-12 11:30", body, mailer="outlook-en")


# --- commercial contents sole-trader bakery ------------------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "Angebot Inhaltsversicherung für Einzelunternehmerin (Bäckerei Barbara Hetzel e.K.) mit Umsatz, Inhaberdaten und Betriebsadresse")
def _():
    body = ("Sehr geehrte Frau Hetzel,\n\nvielen Dank für das Gespräch in Ihrer Backstube. Auf Basis Ihrer Angaben biete ich Ihnen an:\n\n"
            "Versicherungsnehmerin: Barbara Hetzel e.K., Bäckerei und Konditorei, Hauptstraße 19, 96142 Hollfeld\n"
            "Inhaberin: Barbara Hetzel\nJahresumsatz 2025: 410.000 EUR (davon Filiale Aufseß ca. 95.000 EUR)\n\n"
            "Inhalt (Maschinen, Einrichtung, Vorräte): 280.000 EUR\nBetriebsunterbrechung: 12 Monate, 410.000 EUR\n"
            "Gefahren: Feuer, Einbruchdiebstahl, Leitungswasser, Sturm/Hagel, Elementar\nJahresbeitrag: 1.486,00 EUR zzgl. VersSt.\n\n"
            "Die Kühlgutversicherung für die Konditoreitheke kann für 84 EUR dazukommen.\n\nMit freundlichen Grüßen\n\n" + sig("roesch"))
    return Mail(addr("roesch"), "Bäckerei Hetzel <info@baeckerei-hetzel.example>", "Ihr Angebot Betriebsversicherung", "2026-04-28 16:20", body)


# --- customer complaint citing pension income --------------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Antwort auf Beschwerde über Beitragserhöhung Hausrat mit zitierter Kundenmail, die Rentenhöhe (Einkommen) des Kunden Gustav Reinhart nennt")
def _():
    body = ("Sehr geehrter Herr Reinhart,\n\nich verstehe Ihren Ärger. Die Erhöhung Ihrer Hausratversicherung HR 20 094 118 um 9 % beruht auf "
            "dem Anpassungsindex für Hausrat, der für alle Verträge gilt. Ich habe Ihnen aber einen Vorschlag gemacht: Wenn wir die "
            "Versicherungssumme an Ihre kleinere Wohnung anpassen (55 statt 80 m²), sinkt der Jahresbeitrag von 131,20 EUR auf 92,40 EUR. "
            "Soll ich das so umstellen?\n\nMit freundlichen Grüßen\n\n" + sig("landwehr") + "\n\n"
            "Am 03.03.2026 um 17:41 schrieb Gustav Reinhart:\n> Sehr geehrte Damen und Herren,\n> schon wieder eine Erhöhung. Ich habe eine "
            "Rente von 1.140 Euro im Monat,\n> nach Miete bleiben mir 520 Euro. Wie soll ich das bezahlen? Ich bin seit\n> 1989 bei Ihnen Kunde.\n"
            "> Hochachtungsvoll\n> Gustav Reinhart, Ketschendorfer Str. 40, Bamberg")
    return Mail(addr("landwehr"), "Gustav Reinhart <g.reinhart@t-net.example>", "AW: Beitragserhöhung", "2026-03-04 10:05", body, irt="<5521.gr@t-net.example>")


# --- roofer cost estimate DOCX, English --------------------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "Buildings claim of expat Daniel Morrison: roofer's cost estimate DOCX (German letterhead, table, customer name and address) discussed in English")
def _():
    hdr = [wp("Dachdeckerei Lunz GmbH · Meisterbetrieb · Steildach · Flachdach · Spenglerei", sz=8, jc="right")]
    ftr = [wp("Dachdeckerei Lunz GmbH · Gartenstadt 12 · 96049 Bamberg · HRB 6610 · Sparkasse Obermain-Regnitz IBAN %s" % grp(iban("DE", "770501200000660105")), sz=7, jc="center")]
    blocks = [wp("Herrn Daniel Morrison\nJakobsplatz 4\n96049 Bamberg"), wp("Angebot Nr. 2026-041 vom 09.02.2026", b=True, sz=12),
              wp("Betreff: Sturmschaden Dach Jakobsplatz 4 (Ihre Versicherung: Rautenfels, Schaden SA-26-0040551)"),
              wtable([["Pos.", "Leistung", "Betrag €"], ["1", "Gerüst stellen, 3 Wochen", "1.180,00"], ["2", "Biberschwanzziegel neu eindecken, 18 m²", "2.772,00"],
                      ["3", "Firstziegel in Mörtel neu setzen, 7 lfm", "518,00"], ["4", "Entsorgung", "140,00"], ["", "netto", "4.610,00"], ["", "MwSt. 19 %", "875,90"],
                      ["", "brutto", "5.485,90"]], [800, 6200, 2200]),
              wp("Denkmalschutz: Ausführung nach Vorgabe der Unteren Denkmalschutzbehörde Bamberg.", jc="both")]
    d = docx(blocks, hdr, ftr, title="Angebot 2026-041", author="Lunz", company="Dachdeckerei Lunz GmbH", date="2026-02-09 12:00")
    body = ("Dear Mr Morrison,\n\nthank you for forwarding the estimate from Dachdeckerei Lunz (attached again with my notes). It is in "
            "German, so a short summary: scaffolding EUR 1,180, re-tiling 18 m² with heritage plain tiles EUR 2,772, ridge tiles EUR 518, "
            "disposal EUR 140, total EUR 5,485.90 incl. VAT.\n\nThe prices are reasonable for a listed building. Under your buildings policy "
            "WG 31 455 090 we will pay the full amount less your EUR 250 excess. You may instruct the roofer.\n\nKind regards\n\n" + sig("aydogan", "en"))
    m = Mail(addr("aydogan"), "Daniel Morrison <d.morrison@inbox-mail.example>", "Storm damage roof - estimate approved (SA-26-0040551)", "2026-02-12 09:50", body, mailer="outlook-en")
    m.attach("Angebot_Lunz_2026-041.docx", d)
    return m


# --- large motor loss list XLSX internal ------------------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "Interne Großschadenliste Kfz (XLSX) mit Namen der Versicherungsnehmer, Kennzeichen, Reserven; reine Sachschäden")
def _():
    rows = [["Schaden", "VN", "Kennzeichen", "Ereignis", "Reserve EUR", "Status"],
            ["KF-26-0011402", "Brunner, Alois", "BA-AB 1960", "Brand in Tiefgarage (Fremdfahrzeug)", 48000, "offen"],
            ["KF-26-0019977", "Hartmann Transporte GmbH", "BA-HT 500", "Totalschaden Sattelzug, Glätte", 112000, "offen"],
            ["KF-26-0023310", "Sommer, Petra", "FO-PS 44", "Hagel, Wohnmobil", 31500, "Gutachten"],
            ["KF-26-0031118", "Kestler, Anton", "BA-AK 11", "Diebstahl Porsche Macan", 67200, "Ermittlung"]]
    x = xlsx([("Großschäden Q1", rows)], author="Tobias Grasmück", date="2026-04-03 16:00")
    body = ("Hallo zusammen,\n\nanbei die Großschadenliste Kfz Q1 (Reserve > 30 TEUR), alle ohne Personenschaden. "
            "Der Sattelzug Hartmann läuft über den Fuhrparkvertrag.\n\nGruß\nTobias Grasmück")
    m = Mail(addr("grasmueck"), "Schadencontrolling <schadencontrolling@%s>" % DOM, "Großschadenliste Kfz Q1/2026", "2026-04-03 16:12", body)
    m.attach("Grossschaeden_Kfz_Q1_2026.xlsx", x)
    return m


# --- tenant liability certificate ----------------------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "Personal liability confirmation for a landlord with name, date of birth and policy number of tenant Lisa Schmitt-Otto")
def _():
    body = ("Hi Ms Schmitt-Otto,\n\nhere is the confirmation your new landlord asked for (in English, as you requested):\n\n"
            "We confirm that Ms Lisa Schmitt-Otto, born 07/06/1999, holds personal liability insurance with Rautenfels Versicherung AG "
            "(policy PH 20 125 771) with a limit of EUR 15 million, including damage to rented living space. The policy is in force and "
            "premiums are paid.\n\nBest regards\n\n" + sig("landwehr", "en"))
    return Mail(addr("landwehr"), "Lisa Schmitt-Otto <lisa.so@webpost.example>", "Liability confirmation for your landlord", "2026-05-04 08:58", body, mailer="outlook-en")


# --- mixed motorcycle South Tyrol ------------------------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "German mail to customer Tobias Gerngroß with English translation of Italian carabinieri report (motorcycle collision South Tyrol, plates, no injuries)")
def _():
    body = ("Hallo Herr Gerngroß,\n\nder Bericht der Carabinieri aus Brixen ist da. Unser Übersetzungsdienst hat ihn ins Englische "
            "übertragen; ich füge den relevanten Teil unverändert ein:\n\n"
            "  \"On 18/06/2026 at approx. 11:40 on SS12 near Vahrn, the motorcycle BMW R 1250 GS, German plate BA-TG 12,\n"
            "  ridden by Mr Tobias Gerngroß, was struck by the passenger car Fiat Panda, plate GH 118 KT, driven by\n"
            "  Ms Martina Oberhofer, who turned left without yielding. Both parties declared that no one was injured.\n"
            "  Damage to the motorcycle's left side and pannier.\"\n\n"
            "Damit ist die Haftung klar. Wir machen Ihre Ansprüche über den Zentralruf beim italienischen Versicherer geltend; bis dahin "
            "läuft Ihre Vollkasko (KF 44 812 200) vor, ohne Rückstufung.\n\nViele Grüße\n\n" + sig("grasmueck"))
    return Mail(addr("grasmueck"), "Tobias Gerngroß <t.gerngross@mailbox-franken.example>", "Motorradunfall Vahrn - Bericht Carabinieri", "2026-06-25 13:20", body)


# --- motor premium invoice PDF --------------------------------------------------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Kfz-Beitragsrechnung (PDF, Briefkopf, Tabelle, SF-Klasse, Kennzeichen, maskierte IBAN, Geburtsdatum des Fahrers) von Renate Hollweck; Body neutral")
def _():
    paras = ["Sehr geehrte Frau Hollweck,",
             "für Ihre Kraftfahrt~versicherung berechnen wir für den Zeitraum 01.01.2026 bis 31.12.2026:",
             "Fahrerkreis: nur Versicherungs~nehmerin (geb. 22.04.1962) und Ehepartner Karl Hollweck (geb. 30.10.1960). Jährliche Fahrleistung bis 9.000 km.",
             "Der Betrag wird am 02.01.2026 per Lastschrift von Ihrem Konto IBAN DE** **** **** **** **71 09 eingezogen."]
    tab = ([["Fahrzeug", "BA-RH 622, Toyota Yaris Hybrid", ""], ["Haftpflicht", "SF 25 (21 %)", "218,40 €"], ["Vollkasko 300/150", "SF 20 (25 %)", "246,10 €"],
            ["Schutzbrief", "", "12,00 €"], ["Versicherungsteuer", "", "90,56 €"], ["Gesamt", "", "567,06 €"]], [150, 190, 125], ["l", "l", "r"])
    pdfb = rf_letter("Beitragsrechnung", ["Frau", "Renate Hollweck", "Am Bärenbrunnen 7", "96179 Rattelsdorf"], "Bamberg, 18.11.2025",
                     "Beitragsrechnung 2026 – Vertrag KF 44 702 338", paras, ent="sach", refs=[("Vertrag", "KF 44 702 338")], table=tab, table_after=1,
                     signer="Rautenfels Versicherung AG", date="2025-11-18 03:00")
    body = "Guten Tag,\n\nanbei erhalten Sie ein Dokument zu Ihrem Vertrag.\n\nIhre Rautenfels Versicherung\n\n" + legal("sach")
    m = Mail("Rautenfels Kundenpost <kundenpost@%s>" % DOM, "renate.hollweck@mailbox-franken.example", "Neues Dokument zu Ihrem Vertrag", "2026-01-03 06:30", body, mailer="system")
    m.attach("Beitragsrechnung_KF44702338.pdf", pdfb)
    return m


# ==========================================================================
# NORMAL
# ==========================================================================

# --- synthetic discharge letter for OCR training -------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: synthetischer Muster-Entlassungsbrief (PDF mit Klinik-Briefkopf, Diagnosen, Medikation) für OCR-Test, Patientin ausdrücklich fiktiv 'Erika Musterfrau'")
def _():
    head, foot = practice_letterhead(["Musterklinikum Beispielstadt", "Klinik für Innere Medizin (fiktiv, Testdokument)", ""],
                                     ["Musterstraße 1", "00000 Beispielstadt"], ["TESTDOKUMENT – enthält keine echten Patientendaten – nur für die Texterkennung"], accent=0.2)
    pdf = PDF(title="Testdokument OCR 07", creator="Microsoft Word", producer="Microsoft Word", date="2026-02-17 14:00")
    pdf.header, pdf.footer = head, foot
    pdf.top = 735
    pdf.new_page()
    pdf.para("MUSTER – Entlassungsbrief (synthetisch)", "F2", 12, align="left")
    pdf.para("Patientin: Erika Musterfrau (fiktiv), geb. 01.01.1900 (Platzhalter) · Aufenthalt: TT.MM.JJJJ bis TT.MM.JJJJ", "F1", 9, align="left")
    pdf.para("Diagnosen (Beispiel~werte für die Erkennung): Pneumonie (J18.9), Diabetes mellitus Typ 2 (E11.90), Herz~insuffizienz NYHA II (I50.12).")
    pdf.table([["Wirkstoff", "Dosis", "Schema"], ["Beispielwirkstoff A", "10 mg", "1-0-0"], ["Beispielwirkstoff B", "500 mg", "1-0-1"]], [200, 100, 165])
    pdf.para("Dieser Text dient ausschließlich dem Test der Silben~trennung und des Blocksatzes in der Dokumenten~erkennung: Die Anschluss~heil~behandlung, die Krankenhaus~entlassungs~medikation und die Arbeits~unfähigkeits~bescheinigung werden am Zeilen~ende getrennt, damit wir sehen, ob die Extraktion die Wortteile wieder zusammenfügt.")
    body = ("Hallo Florian,\n\nwie besprochen ein weiteres synthetisches Testdokument für die Texterkennung im Posteingang (Nr. 07). "
            "Bewusst mit Silbentrennung und Tabelle. Alles fiktiv, keine echten Daten – bitte trotzdem nicht außerhalb der Testumgebung "
            "ablegen, damit niemand es für echt hält.\n\nGruß\nKatrin")
    m = Mail(addr("oberlaender"), addr("nuesslein"), "Testdokument 07 für OCR-Tests (synthetisch)", "2026-02-17 14:20", body)
    m.attach("TEST_Entlassbrief_synthetisch_07.pdf", pdf.build())
    return m


# --- letterhead print proof to printer ------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "Druckfreigabe Briefbogen (PDF mit Rautenfels-Briefkopf und Firmen-IBAN im Fuß) an Druckerei; keine Personendaten")
def _():
    head, foot = rf_letterhead("kv")
    pdf = PDF(title="Briefbogen KV 2026 Druckvorlage", creator="Adobe InDesign 19.2", producer="Adobe PDF Library 17.0", date="2026-01-12 10:00")
    pdf.header, pdf.footer = head, foot
    pdf.new_page()
    pdf.text(70, 712, "Rautenfels Krankenversicherung AG · Kunigundendamm 40 · 96050 Bamberg", "F1", 6.5, gray=0.35)
    pdf.rect(70, 620, 240, 85, stroke=0.3)
    pdf.text(80, 660, "[Anschriftfeld DIN 5008 Form B]", "F6", 8, gray=0.5)
    pdf.text(300, 400, "DRUCKVORLAGE – Beschnitt 3 mm", "F2", 14, gray=0.6)
    pdf.line(0, 544.9, 10, 544.9, 0.5)
    pdf.line(0, 421, 14, 421, 0.5)
    body = ("Sehr geehrter Herr Pöhner,\n\nanbei die finale Druckvorlage für den Briefbogen der Krankenversicherung (Auflage 40.000, "
            "90 g/m² Offset weiß, 1/0-farbig Pantone 7545 C). Bitte beachten Sie die geänderte Bankverbindung im Fuß. "
            "Falz- und Lochmarken sind enthalten.\n\nLiefertermin wie besprochen KW 6 an unser Lager Hallstadt.\n\nMit freundlichen Grüßen\n\n" + sig("zettelmeier"))
    m = Mail(addr("zettelmeier"), "Druckhaus Hollfeld <auftrag@druckhaus-hollfeld.example>", "Druckfreigabe Briefbogen KV - Auftrag 26-0114", "2026-01-12 10:35", body)
    m.attach("Briefbogen_KV_2026_Druck.pdf", pdf.build())
    return m


# --- aggregated BU incidence to reinsurer -------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: aggregated disability claims by diagnosis group and age band for the reinsurer (XLSX), no individuals")
def _():
    rows = [["Diagnosis group", "ICD-10 chapter", "claims 2023", "claims 2024", "claims 2025", "share 2025"],
            ["Mental and behavioural disorders", "F", 118, 131, 142, 0.36], ["Musculoskeletal", "M", 84, 79, 88, 0.22],
            ["Neoplasms", "C/D", 47, 52, 55, 0.14], ["Nervous system", "G", 23, 27, 31, 0.08], ["Circulatory", "I", 25, 22, 24, 0.06],
            ["Injuries", "S/T", 21, 19, 22, 0.06], ["Other (merged, cells < 5)", "", 30, 33, 33, 0.08]]
    x = xlsx([("BU incidence", rows), ("Notes", [["Note"], ["Counts of newly accepted claims, all tariffs; cells below 5 merged into 'Other'."]])],
             author="Eleanor Whitcombe", date="2026-02-02 12:00")
    body = ("Dear Fiona,\n\nas agreed for the treaty renewal, attached is our disability incidence by diagnosis group for 2023–2025. "
            "Mental disorders continue to rise (36 % of new claims in 2025). Small cells are merged, so the file contains no individual cases.\n\n"
            "Happy to discuss on Thursday.\n\nBest\nEleanor\n\n" + sig("whitcombe", "en"))
    m = Mail(addr("whitcombe"), "Fiona MacLeod <fiona.macleod@nordkap-re.example>", "BU incidence 2023-2025 for renewal", "2026-02-02 12:15", body, mailer="outlook-en")
    m.attach("BU_incidence_2023-2025.xlsx", x)
    return m


# --- health newsletter back pain, HTML only ---------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "newsletter",
      "trap: Gesundheitsnewsletter an alle Kunden (HTML) über Rückenschmerzen, Bandscheibenvorfall, Physiotherapie – allgemein, keine Person")
def _():
    html = ("<html><body style=\"font-family:Verdana;font-size:10pt;color:#333\"><h2 style=\"color:#3a4a5a\">Rautenfels Gesundheit – März 2026</h2>"
            "<h3>Rücken stark machen</h3><p>Fast jeder zweite Erwachsene hat mindestens einmal im Jahr Rückenschmerzen. In den meisten Fällen "
            "steckt kein Bandscheibenvorfall dahinter, sondern verspannte Muskulatur. Bewegung hilft mehr als Schonung.</p>"
            "<table cellpadding=\"6\" style=\"background:#f1f4f7\"><tr><td><b>3 Übungen fürs Büro</b></td></tr><tr><td>1. Schulterkreisen, 10× vor und zurück</td></tr>"
            "<tr><td>2. Katzenbuckel im Sitzen</td></tr><tr><td>3. Aufstehen bei jedem Telefonat</td></tr></table>"
            "<p>Mit unserem Tarif RK-Komfort übernehmen wir Präventionskurse (z. B. Rückenschule) bis 150 € im Jahr. Tipp: Die Rautenfels-App "
            "erinnert Sie an Ihre Übungen.</p><h3>Neu: Videosprechstunde</h3><p>Ab April können Sie rund um die Uhr mit Ärztinnen und Ärzten per "
            "Video sprechen – kostenlos für alle Vollversicherten.</p><p style=\"font-size:8pt\">Sie erhalten diesen Newsletter, weil Sie ihn "
            "abonniert haben. <a href=\"https://newsletter.rautenfels-versicherung.example/abmelden\">Abmelden</a> · Rautenfels Krankenversicherung AG, "
            "Kunigundendamm 40, 96050 Bamberg</p></body></html>")
    return Mail("Rautenfels Gesundheit <newsletter@%s>" % DOM, "newsletter-kunden@%s" % DOM, "Rücken stark machen – Ihr Gesundheitsnewsletter März", "2026-03-05 07:00",
                None, html=html, html_only=True, mailer="newsletter")


# --- job ad medical officer DOCX ---------------------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: Stellenanzeige 'Beratungsarzt (m/w/d)' als DOCX mit Kopf-/Fußzeile und Blocksatz an Personalmarketing; keine Person")
def _():
    hdr = [wp("Rautenfels Versicherungsgruppe · Karriere", sz=8, jc="right")]
    ftr = [wp("Rautenfels Versicherungsgruppe · Kunigundendamm 40 · 96050 Bamberg · karriere@%s" % DOM, sz=7, jc="center")]
    blocks = [wp("Beratungsarzt / Beratungsärztin (m/w/d) Krankenversicherung", b=True, sz=15),
              wp("Vollzeit oder Teilzeit (ab 30 Std.) · Bamberg oder hybrid", i=True),
              wp("Ihre Aufgaben", b=True),
              wp("Sie beurteilen die medizinische Notwendigkeit von Heil~behandlungen, prüfen Kosten~voran~schläge von Kliniken und Reha~einrichtungen, beraten unsere Leistungs~abteilung bei komplexen Fällen und wirken an der Weiter~entwicklung unserer Leistungs~richtlinien mit.", jc="both"),
              wp("Ihr Profil", b=True),
              wp("Approbation und abgeschlossene Weiterbildung zum Facharzt (Innere Medizin, Allgemeinmedizin oder Orthopädie), idealerweise Zusatz~bezeichnung Sozial~medizin. Freude an strukturiertem Arbeiten und an der Zusammenarbeit mit Nicht-Medizinern.", jc="both"),
              wp("Wir bieten", b=True),
              wp("Keine Nacht- und Wochenend~dienste, 30 Tage Urlaub, betriebliche Kranken~versicherung, Jobrad, Kantine mit Blick auf die Regnitz.", jc="both")]
    d = docx(blocks, hdr, ftr, title="Stellenanzeige Beratungsarzt", author="Hannah Pfadenhauer", company="Rautenfels Versicherungsgruppe", date="2026-01-26 09:00")
    body = ("Hallo Rahel,\n\nanbei der Text für die Anzeige Beratungsarzt. Jonas Wetzstein hat ihn fachlich freigegeben. Bitte auf der "
            "Karriereseite und im Ärzteblatt-Stellenmarkt schalten, Laufzeit 6 Wochen.\n\nDanke!\nHannah\n\n" + sig("pfadenhauer", footer=False))
    m = Mail(addr("pfadenhauer"), addr("dornberger"), "Stellenanzeige Beratungsarzt - bitte veröffentlichen", "2026-01-26 09:15", body)
    m.attach("Stellenanzeige_Beratungsarzt_2026.docx", d)
    return m


# --- IT ticket OCR hyphenation ------------------------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: IT-Ticket zur Texterkennung, die Silbentrennung in gescannten Arztberichten nicht zusammenführt; nur Beispielwörter, keine Patienten")
def _():
    body = ("Hallo Florian,\n\nTicket INC-2026-04471: Die Volltextsuche im DMS findet in gescannten Arztberichten viele Begriffe nicht, "
            "weil die OCR die Trennstriche am Zeilenende übernimmt. Beispiele aus der Testsuche (bewusst ohne Aktenbezug):\n\n"
            "  \"Oberschenkelhals-\" / \"fraktur\"\n  \"Arbeitsunfähigkeits-\" / \"bescheinigung\"\n  \"Anschlussheil-\" / \"behandlung\"\n\n"
            "Außerdem werden bei Blocksatz manchmal doppelte Leerzeichen als Spaltentrenner erkannt, dann zerfällt eine Tabelle in zwei "
            "Spalten. Betroffen sind v.a. Scans von der Scanstraße 2 (300 dpi, Graustufen). Bei 400 dpi war es im Test deutlich besser.\n\n"
            "Priorität: mittel. Danke!\nKatrin Oberländer\nLeistung KV")
    return Mail(addr("oberlaender"), "IT Servicedesk <servicedesk@%s>" % DOM, "INC-2026-04471 OCR: Silbentrennung in Scans", "2026-02-19 08:10", body, cc=addr("nuesslein"))


# --- framework agreement draft with hospital group, English -----------------------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: draft framework agreement (DOCX, headers/footers, tables) with a hospital group on direct billing and per-diem rates; no patients")
def _():
    hdr = [wp("DRAFT 0.3 – for discussion – Framework Agreement Direct Billing", sz=8, jc="right", color="C00000")]
    ftr = [wp("Rautenfels Krankenversicherung AG / Aldhelm Healthcare Group · without prejudice", sz=7, jc="center")]
    blocks = [wp("Framework Agreement on Direct Billing for Privately Insured Patients", b=True, sz=14),
              wp("§ 1 Scope. This agreement governs direct settlement of inpatient and day-case treatment of persons insured with Rautenfels at the hospitals of the Aldhelm Healthcare Group in the United Kingdom.", jc="both"),
              wp("§ 2 Rates. The parties agree the following package rates (GBP, excluding consultant fees):", jc="both"),
              wtable([["Package", "Rate GBP", "Includes"], ["Day case, minor", "1,450", "theatre < 60 min, recovery"], ["Day case, major", "2,860", "theatre < 120 min"],
                      ["Inpatient per diem, standard room", "1,120", "nursing, meals, drugs"], ["ICU per diem", "3,400", "level 3 care"]], [3400, 1800, 4000]),
              wp("§ 3 Guarantees. Rautenfels or its assistance partner issues a written guarantee before elective admissions; emergency admissions are notified within 48 hours.", jc="both"),
              wp("§ 4 Data protection. Medical data are exchanged only through the secure portal; no patient data by ordinary e-mail.", jc="both")]
    d = docx(blocks, hdr, ftr, title="Framework Agreement draft 0.3", author="Eleanor Whitcombe", company="Rautenfels Versicherungsgruppe", date="2026-03-03 18:00", hyphenate=False)
    body = ("Dear Joanne,\n\nfollowing our call, attached is draft 0.3 of the framework agreement with the package rates as discussed. "
            "Track changes are off; my open points are in § 3 (timing of guarantees). Could your legal team comment by 20 March?\n\n"
            "Kind regards\nEleanor\n\n" + sig("whitcombe", "en"))
    m = Mail(addr("whitcombe"), "Joanne Pryce <joanne.pryce@st-aldhelms.example>", "Framework agreement direct billing - draft 0.3", "2026-03-03 18:12", body, mailer="outlook-en")
    m.attach("Framework_Agreement_DirectBilling_v0.3.docx", d)
    return m


# --- water damage in medical centre owned by the insurer ----------------------------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: Wasserschaden im eigenen Ärztehaus (Praxisräume, Röntgenraum) der Rautenfels Immobilien – Facility-Mail, keine Patienten oder Kunden")
def _():
    body = ("Liebe Kolleginnen und Kollegen,\n\nin unserem Objekt Ärztehaus am Hain (Hainstraße 60) ist heute Nacht im 2. OG eine "
            "Zuleitung der Teeküche geplatzt. Betroffen sind die Mieträume der Radiologie im 1. OG (Decke Wartebereich, Röntgenraum 2) "
            "und der Flur. Die Praxis bleibt bis voraussichtlich Mittwoch geschlossen, Röntgenraum 2 länger.\n\n"
            "Erledigt: Wasser abgestellt, Trocknungsfirma ist vor Ort, Elektriker prüft die Unterverteilung. Der Schaden läuft über unsere "
            "eigene Gebäudeversicherung (Eigenbestand).\n\nIch halte euch auf dem Laufenden.\n\nViele Grüße\nFacility Management\nRautenfels Immobilien GmbH")
    return Mail("Facility Management <facility@%s>" % DOM, "Verteiler Immobilien <immobilien-team@%s>" % DOM, "Wasserschaden Ärztehaus am Hain", "2026-01-19 07:45", body)


# --- office chairs quotation from supplier -------------------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: Bestellung ergonomischer Bürostühle für das betriebliche Gesundheitsmanagement auf Basis eines Angebots-PDF (Briefkopf, Tabelle) eines Lieferanten")
def _():
    head, foot = practice_letterhead(["Büroplan Franken GmbH", "Objekteinrichtung · Ergonomie · Akustik", ""], ["Kronacher Str. 41", "96052 Bamberg", "vertrieb@bueroplan-franken.example"],
                                     ["Büroplan Franken GmbH · HRB 4410 Bamberg · GF Stefan Weiß · Sparkasse Obermain-Regnitz IBAN %s" % grp(iban("DE", "770501200000410044"))], accent=0.3)
    pdf = PDF(title="Angebot A-26-0214", creator="Microsoft Excel", producer="Microsoft Excel", date="2026-01-28 09:00")
    pdf.header, pdf.footer = head, foot
    pdf.top = 735
    pdf.new_page()
    pdf.lines("Rautenfels Versicherungsgruppe\nEinkauf und Beschaffung\nKunigundendamm 40\n96050 Bamberg", size=10)
    pdf.gap(14)
    pdf.para("Angebot A-26-0214 – Ergonomische Bürostühle (BGM-Programm 2026)", "F2", 11, align="left")
    pdf.table([["Pos.", "Artikel", "Menge", "EP €", "GP €"], ["1", "Bürodrehstuhl ergo-pro 3D, Synchronmechanik, Lordosenstütze", "60", "489,00", "29.340,00"],
               ["2", "Sitz-Steh-Tisch elektrisch 160x80", "20", "612,00", "12.240,00"], ["3", "Anlieferung, Montage, Altstuhlentsorgung", "1", "1.150,00", "1.150,00"],
               ["", "Summe netto", "", "", "42.730,00"], ["", "Rabatt Rahmenvertrag 8 %", "", "", "-3.418,40"], ["", "Gesamt netto", "", "", "39.311,60"]],
              [35, 250, 45, 65, 70], align=["l", "l", "r", "r", "r"])
    pdf.para("Lieferzeit 4–6 Wochen nach Auftrag. Es gelten unsere AGB.", "F1", 9)
    body = ("Sehr geehrter Herr Weiß,\n\nhiermit bestellen wir gemäß Ihrem beigefügten Angebot A-26-0214 vom 28.01.2026 die Positionen 1 bis 3 "
            "(Gesamt netto 39.311,60 EUR). Bestellnummer: BE-2026-00318. Lieferung bitte an Kunigundendamm 40, Anlieferung Tor 2, "
            "Ansprechpartner vor Ort ist die Haustechnik.\n\nDie Stühle sind Teil unseres Programms zur Rückengesundheit; die Betriebsärztin "
            "hat das Modell ausgewählt.\n\nMit freundlichen Grüßen\n\n" + sig("zettelmeier"))
    m = Mail(addr("zettelmeier"), "Stefan Weiß <s.weiss@bueroplan-franken.example>", "Bestellung BE-2026-00318 - Ihr Angebot A-26-0214", "2026-02-03 11:20", body)
    m.attach("Angebot_A-26-0214.pdf", pdf.build())
    return m


# --- minutes of underwriting committee, ODT, English ----------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: minutes of the underwriting committee (ODT, header/footer, table) on BMI loadings and diabetes guidelines, no individual cases")
def _():
    blocks = [oh("Underwriting Committee – Minutes 02/2026"), op("Date: 11 February 2026 · Chair: Lukas Schwemmlein · Minutes: Eleanor Whitcombe", "Left"),
              oh("1. BMI loadings", 2),
              op("The committee reviewed the loading table for build. Claims experience 2019–2025 supports reducing the loading for BMI 30–32.9 from +50 % to +25 % for applicants without comorbidities."),
              otable([["BMI band", "current", "proposed"], ["30.0–32.9", "+50 %", "+25 %"], ["33.0–35.9", "+75 %", "+75 %"], ["36.0–39.9", "+125 %", "+100 %"], ["≥ 40", "decline", "individual"]]),
              oh("2. Type 2 diabetes", 2),
              op("Well-controlled type 2 diabetes (HbA1c < 7.0 %, no complications) may be offered standard terms for term life up to EUR 300,000 from 2026-Q2. Disability cover remains rated."),
              oh("3. Actions", 2), op("Update manual chapter 4 (L. Schwemmlein, 31 March). Inform brokers via broker newsletter (B. Hollerith).")]
    d = odt(blocks, header="Rautenfels Lebensversicherung AG – internal", footer="Underwriting Committee minutes – not for distribution outside the company",
            title="UW Committee 02/2026", author="Eleanor Whitcombe", date="2026-02-12 10:00")
    body = ("Hi all,\n\nminutes from yesterday's committee attached. Please send corrections by Friday.\n\nEleanor")
    m = Mail(addr("whitcombe"), "UW Committee <uw-committee@%s>" % DOM, "Minutes UW Committee 02/2026", "2026-02-12 10:20", body, mailer="outlook-en")
    m.attach("UW_Committee_Minutes_2026-02.odt", d)
    return m


# --- blank health questionnaire to a prospect -----------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-customer",
      "trap: Interessent erhält leeres Muster des Gesundheitsfragebogens (PDF, Tabellen) und allgemeine Tarifinfo; keine Gesundheits- oder Vertragsdaten")
def _():
    pdf = PDF(title="Muster Gesundheitsfragen KV", creator="Rautenfels Formularserver", producer="PDFlib+PDI 9.3.1 (Linux/x86_64)", date="2026-01-02 08:00")
    head, foot = rf_letterhead("kv")
    pdf.header, pdf.footer = head, foot
    pdf.bottom = 90
    pdf.new_page()
    pdf.y = 740
    pdf.para("MUSTER – Gesundheitsfragen zum Antrag auf Krankenversicherung (Formular AK-GF 01/2026)", "F2", 11, align="left")
    pdf.para("Dieses Muster dient nur Ihrer Information. Bitte nicht ausfüllen; die Fragen beantworten Sie später im Antrag.", "F6", 9, align="left")
    pdf.table([["Nr.", "Frage", "ja", "nein"], ["1", "Wurden Sie in den letzten 5 Jahren stationär behandelt?", "", ""],
               ["2", "Wurden Sie in den letzten 3 Jahren ambulant ärztlich behandelt oder untersucht (außer Vorsorge, Erkältung)?", "", ""],
               ["3", "Fand in den letzten 10 Jahren eine Psychotherapie statt?", "", ""], ["4", "Fehlen Zähne, die nicht ersetzt sind?", "", ""],
               ["5", "Nehmen Sie regelmäßig Medikamente ein?", "", ""], ["6", "Besteht eine Schwerbehinderung oder Berufsunfähigkeit?", "", ""]],
              [30, 355, 40, 40])
    body = ("Sehr geehrter Herr Kunert,\n\nvielen Dank für Ihr Interesse an unserer privaten Krankenversicherung. Wie gewünscht finden Sie "
            "anbei ein Muster unserer Gesundheitsfragen, damit Sie sich vorab ein Bild machen können. Bitte senden Sie uns keine "
            "Angaben per E-Mail – die Fragen beantworten Sie im Antrag bzw. in unserem Online-Abschluss.\n\n"
            "Den Tarif RK-Komfort gibt es für Selbständige ab 418 EUR monatlich (Eintrittsalter 35, Selbstbehalt 600 EUR). Gerne berate ich "
            "Sie persönlich.\n\nMit freundlichen Grüßen\n\n" + sig("landwehr"))
    m = Mail(addr("landwehr"), "Felix Kunert <felix.kunert@webpost.example>", "Ihre Anfrage Krankenversicherung für Selbständige", "2026-01-08 15:30", body)
    m.attach("Muster_Gesundheitsfragen_KV.pdf", pdf.build())
    return m


# --- training glossary DOCX ----------------------------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: Schulungsunterlage 'Arztberichte lesen' mit Glossar medizinischer Abkürzungen (DOCX, Tabelle, Kopf-/Fußzeile); keine Person")
def _():
    hdr = [wp("Rautenfels Akademie · Einarbeitung Leistung KV · Modul 3", sz=8, jc="right")]
    ftr = [wp("Nur für den internen Gebrauch · Stand 02/2026", sz=7, jc="center")]
    blocks = [wp("Arztberichte lesen – die wichtigsten Abkürzungen", b=True, sz=14),
              wp("Arztbriefe und Entlassungs~berichte sind oft schwer verständlich. Die folgende Übersicht hilft beim Einstieg; im Zweifel fragen Sie den Gesellschafts~arzt.", jc="both"),
              wtable([["Abkürzung", "Bedeutung", "Hinweis für die Leistungsprüfung"], ["AHB", "Anschlussheilbehandlung", "zusagepflichtig je nach Tarif"],
                      ["AU", "Arbeitsunfähigkeit", "relevant für Krankentagegeld"], ["Z.n.", "Zustand nach", "Vorerkrankung? Antragsdaten prüfen"],
                      ["V.a.", "Verdacht auf", "noch keine gesicherte Diagnose"], ["TEP", "Totalendoprothese", "Implantatkosten separat"],
                      ["NYHA", "Stadien der Herzinsuffizienz", "–"], ["DRG", "Diagnosis Related Group", "Fallpauschale, Abrechnung mit Klinik"],
                      ["G / V / Z / A", "Zusatzkennzeichen der ICD-10-GM", "gesichert / Verdacht / Zustand nach / ausgeschlossen"]], [1700, 3300, 4200])]
    d = docx(blocks, hdr, ftr, title="Modul 3 Abkürzungen", author="Hannah Pfadenhauer", company="Rautenfels Versicherungsgruppe", date="2026-02-09 08:00")
    body = ("Liebe neue Kolleginnen und Kollegen in der Leistung,\n\nfür Modul 3 morgen (Raum Regnitz, 9 Uhr) bitte das Glossar vorher "
            "einmal durchlesen. Echte Fälle schauen wir uns nur im geschützten Schulungssystem an.\n\nBis morgen\nHannah")
    m = Mail(addr("pfadenhauer"), "Einarbeitung Leistung 2026 <einarbeitung-leistung@%s>" % DOM, "Modul 3 morgen - Glossar vorab", "2026-02-09 16:00", body, cc=addr("wetzstein"))
    m.attach("Modul3_Glossar_Arztberichte.docx", d)
    return m


# --- travel health newsletter English ----------------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "newsletter",
      "trap: English travel health newsletter for expat customers (vaccinations, malaria prophylaxis, travel insurance) – general advice")
def _():
    body = ("RAUTENFELS EXPAT NEWS – May 2026\n\n"
            "1) Summer travel: check your vaccinations\nHepatitis A, tetanus and, for many destinations, typhoid are recommended. Your "
            "Expat Silver and Gold plans cover travel vaccinations up to EUR 200 per year.\n\n"
            "2) Malaria prophylaxis\nAsk your doctor at least four weeks before travelling. Prescription costs are reimbursed like any "
            "other medication.\n\n"
            "3) Heat and the elderly\nRemember to drink enough, even if you are not thirsty. More tips in our app.\n\n"
            "4) New assistance number\nOur 24/7 assistance partner Meridian Assist now has one number worldwide: +356 2099 4400.\n\n"
            "You receive this newsletter because you subscribed. Unsubscribe: https://newsletter.%s/unsubscribe\n"
            "Rautenfels Krankenversicherung AG, Kunigundendamm 40, 96050 Bamberg, Germany" % DOM)
    return Mail("Rautenfels Expat Desk <expat-news@%s>" % DOM, "expat-newsletter@%s" % DOM, "Expat News May 2026: travel health tips", "2026-05-06 07:00", body, mailer="newsletter")


# --- letter template rendering bug, placeholder test PDF -------------------------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: Fehlermeldung an IT-Dienstleister zu Briefvorlage (Kopf-/Fußzeile überlappt) mit Test-PDF auf Platzhalterperson 'Max Mustermann (Testfall)'")
def _():
    paras = ["Sehr geehrter Herr Mustermann,",
             "dies ist ein TESTSCHREIBEN der Vorlage LA-07 (Leistungsabrechnung). Alle Angaben sind Platzhalter: Versicherungsnummer KV-000 00 00-00, Betrag 0,00 €.",
             "Fülltext für mehrseitige Ausgabe: " + "Die Vorlage muss auch bei langen Absätzen korrekt umbrechen und die Fußzeile auf jeder Seite ausgeben. " * 14,
             "Ende des Testschreibens."]
    pdfb = rf_letter("TEST LA-07", ["Herrn", "Max Mustermann (Testfall)", "Teststraße 0", "00000 Teststadt"], "Bamberg, TT.MM.JJJJ",
                     "TEST – Vorlage LA-07 – Kopf-/Fußzeilenprüfung", paras, ent="kv", refs=[("Versicherungsnummer", "KV-000 00 00-00")],
                     signer="Testlauf rfkorr-T2", date="2026-02-24 16:00")
    body = ("Hallo Herr Seitz,\n\nbei der Vorlage LA-07 überlappt ab Seite 2 der Fließtext mit der Fußzeile (Bankverbindung), siehe "
            "beigefügtes Test-PDF aus der T2-Umgebung (nur Platzhalterdaten). Außerdem fehlt auf Seite 2 der Seitenzähler rechts oben.\n\n"
            "Bitte um Korrektur bis zum Release am 12.03.\n\nViele Grüße\n\n" + sig("nuesslein"))
    m = Mail(addr("nuesslein"), "Datenwerk Regnitz Support <support@datenwerk-regnitz.example>", "Vorlage LA-07: Fußzeile überlappt (Ticket DW-8812)", "2026-02-24 16:22", body)
    m.attach("TEST_LA-07_T2.pdf", pdfb)
    return m


# --- canteen menu PDF ------------------------------------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "Kantinen-Speiseplan KW 11 als PDF-Tabelle an alle Mitarbeitenden; nichts Personenbezogenes")
def _():
    pdf = PDF(title="Speiseplan KW 11", creator="Microsoft Excel", producer="Microsoft Excel", date="2026-03-06 13:00")
    pdf.new_page()
    pdf.y = 790
    pdf.para("Betriebsrestaurant Regnitzblick – Speiseplan KW 11 (09.–13.03.2026)", "F2", 13, align="left", after=10)
    pdf.table([["Tag", "Menü 1", "Menü 2 (vegetarisch)", "Aktion"], ["Montag", "Schäufele mit Kloß und Blaukraut", "Spinatknödel, Parmesan, Salbeibutter", "–"],
               ["Dienstag", "Hähnchencurry mit Basmatireis", "Linsen-Dal, Naan", "Salatbar"], ["Mittwoch", "Bamberger Zwiebel mit Kartoffelpüree", "Käsespätzle, Röstzwiebeln", "–"],
               ["Donnerstag", "Seelachs in Senfsoße", "Gemüselasagne", "Dessert: Apfelkücherl"], ["Freitag", "Schnitzel Wiener Art, Kartoffelsalat", "Ofengemüse, Kräuterquark", "Fischbrötchen"]],
              [65, 150, 150, 100])
    pdf.para("Allergenkennzeichnung an der Ausgabe. Preise: Menü 1 4,90 €, Menü 2 4,20 € (mit Mitarbeiterkarte).", "F1", 8.5)
    body = "Liebe Kolleginnen und Kollegen,\n\nanbei der Speiseplan für nächste Woche. Am Mittwoch gibt's die Bamberger Zwiebel!\n\nEuer Team vom Regnitzblick"
    m = Mail("Betriebsrestaurant <kantine@%s>" % DOM, "Alle Mitarbeitenden <alle@%s>" % DOM, "Speiseplan KW 11", "2026-03-06 13:15", body)
    m.attach("Speiseplan_KW11.pdf", pdf.build())
    return m


# --- press release annual results PDF, English -----------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "Press release on annual results 2025 (PDF) to an English-language trade journal; company figures only")
def _():
    pdf = PDF(title="Press release 2025 results", creator="Microsoft Word", producer="Microsoft Word", date="2026-04-22 08:00", hyph="en")
    head, foot = rf_letterhead("sach", "en")
    pdf.header, pdf.footer = head, foot
    pdf.bottom = 90
    pdf.new_page()
    pdf.y = 740
    pdf.para("PRESS RELEASE – Bamberg, 22 April 2026", "F2", 10, align="left")
    pdf.para("Rautenfels grows premium income by 6.8 % and strengthens solvency", "F2", 14, align="left", after=8)
    for t in ["The Rautenfels Insurance Group increased its gross written premiums in 2025 to EUR 1.41 billion (2024: EUR 1.32 billion). Health insurance contributed EUR 612 million, life EUR 388 million and property & casualty EUR 410 million.",
              "The combined ratio in property & casualty improved to 94.2 % despite storm losses in Upper Franconia. The Solvency II ratio stands at 231 %.",
              "\"We invested heavily in digital claims handling and secure communication with our customers,\" said CEO Dr. Henrike Gossler. Around 78 % of health claims are now submitted via app."]:
        pdf.para(t, hyph="en")
    pdf.para("Press contact: Rahel Dornberger, Corporate Communications, presse@%s" % DOM, "F1", 9, align="left")
    body = ("Dear Mr Hale,\n\nplease find attached our press release on the 2025 results, embargoed until 22 April, 10:00 CET. High-resolution "
            "photos of the board are available on our press portal.\n\nKind regards\n\n" + sig("dornberger", "en"))
    m = Mail(addr("dornberger"), "Simon Hale <newsdesk@insurance-europe-weekly.example>", "Rautenfels 2025 results - press release (embargo 10:00 CET)", "2026-04-22 08:05", body, mailer="outlook-en")
    m.attach("PR_Rautenfels_Results_2025_EN.pdf", pdf.build())
    return m


# --- aggregated daily sickness statistics XLSX --------------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: Statistik Krankentagegeld-Leistungsdauer nach Diagnosegruppen (XLSX, aggregiert) für das Tarifcontrolling")
def _():
    rows = [["Diagnosegruppe", "Fälle 2025", "Ø Leistungstage", "Median", "Anteil > 6 Monate"],
            ["Psychische Erkrankungen (F)", 412, 118.4, 96, 0.21], ["Muskel-Skelett (M)", 655, 46.2, 31, 0.06], ["Verletzungen (S/T)", 380, 38.9, 28, 0.04],
            ["Neubildungen (C/D)", 96, 142.7, 121, 0.33], ["Atemwege (J)", 910, 9.8, 7, 0.0], ["Sonstige", 521, 22.1, 14, 0.02]]
    x = xlsx([("KT-Dauer 2025", rows)], author="Tarifcontrolling", date="2026-03-11 10:00")
    body = ("Hallo Katrin,\n\nwie gewünscht die Auswertung der Leistungsdauer Krankentagegeld 2025 nach ICD-Kapitel. Nur Summen und Mittelwerte, "
            "keine Einzelfälle. Auffällig: psychische Erkrankungen mit 21 % Langläufern.\n\nGruß\nTarifcontrolling KV")
    m = Mail("Tarifcontrolling KV <tarifcontrolling-kv@%s>" % DOM, addr("oberlaender"), "Auswertung KT-Leistungsdauer 2025", "2026-03-11 10:10", body)
    m.attach("KT_Leistungsdauer_2025.xlsx", x)
    return m


# --- dental supplement product info PDF to brokers ----------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: Produktinformation neue Zahnzusatzversicherung (PDF mit Tariftabelle, Leistungen Implantate, Wartezeiten) an Makler")
def _():
    pdf = PDF(title="Produktinfo RZ-Premium 2026", creator="Adobe InDesign 19.2", producer="Adobe PDF Library 17.0", date="2026-03-30 09:00")
    head, foot = rf_letterhead("kv")
    pdf.header, pdf.footer = head, foot
    pdf.bottom = 90
    pdf.new_page()
    pdf.y = 740
    pdf.para("Neu ab 01.05.2026: Zahnzusatz RZ-Premium 90 / RZ-Premium 100", "F2", 14, align="left", after=8)
    pdf.para("Für Vermittler – nicht zur Weitergabe an Endkunden in dieser Form", "F6", 8.5, align="left")
    pdf.para("Der neue Tarif erstattet Zahnersatz einschließlich Implantaten, Inlays und Knochen~aufbau zu 90 bzw. 100 % nach Vorleistung der GKV. Keine Wartezeit, Zahn~staffel in den ersten vier Jahren. Professionelle Zahn~reinigung bis 200 € jährlich.")
    pdf.table([["Alter", "RZ-Premium 90 €/Monat", "RZ-Premium 100 €/Monat"], ["0–20", "9,80", "12,40"], ["21–30", "18,90", "24,10"], ["31–40", "26,70", "33,80"],
               ["41–50", "35,20", "44,90"], ["51–60", "44,80", "57,30"], ["ab 61", "52,10", "66,40"]], [120, 170, 175], align=["l", "r", "r"])
    pdf.para("Zahnstaffel: Jahr 1: 1.000 €, Jahr 1–2: 2.000 €, Jahr 1–3: 3.000 €, Jahr 1–4: 4.000 €; danach unbegrenzt. Nach Unfällen entfällt die Begrenzung.")
    body = ("Liebe Maklerpartnerinnen und -partner,\n\nab 1. Mai bieten wir den neuen Zahnzusatztarif RZ-Premium an. Die Produktinformation "
            "mit Beitragstabelle hängt an; Rechner und Antragsstrecke sind ab 27.04. im Maklerportal freigeschaltet. Courtage wie bisher "
            "8 Monatsbeiträge.\n\nFür Fragen stehe ich gern zur Verfügung.\n\nHerzliche Grüße\n\n" + sig("hollerith"))
    m = Mail(addr("hollerith"), "Maklerverteiler Nordbayern <makler-nordbayern@%s>" % DOM, "Neu: Zahnzusatz RZ-Premium ab 01.05.2026", "2026-03-30 09:30", body)
    m.attach("Produktinfo_RZ-Premium_2026.pdf", pdf.build())
    return m


# --- S/MIME certificate renewal, English -------------------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "IT notice: renewal of the gateway's S/MIME domain certificate and updated fingerprint; nothing personal")
def _():
    body = ("Hi team,\n\nthe domain certificate of our secure mail gateway (CN=%s) expires on 31 March. The new certificate has been "
            "issued and will be activated on Tuesday, 17 March, 06:00.\n\nNew SHA-256 fingerprint:\n"
            "4C:1E:88:0A:93:5D:2F:71:B4:07:CC:19:6E:A2:58:F3:0D:91:4B:27:E6:83:5A:C0:1F:72:9D:38:B5:E4:60:2A\n\n"
            "Partner domains with gateway-to-gateway encryption (hospital group, reinsurer, two broker pools) have been informed and sent "
            "the new public key. No action is needed for staff.\n\nFlorian" % DOM)
    return Mail(addr("nuesslein"), "IT Ops <it-ops@%s>" % DOM, "Secure mail gateway: domain certificate renewal 17/03", "2026-03-12 15:00", body, mailer="outlook-en")


# --- out of office ------------------------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-customer",
      "Abwesenheitsnotiz (automatische Antwort) ohne Inhalt zum Vorgang; nennt nur Vertretung")
def _():
    body = ("Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 10. April 2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. "
            "In dringenden Fällen wenden Sie sich bitte an meine Kollegin Verena Kraus (verena.kraus@%s, Telefon 0951 9340-4433) oder an "
            "unser Service-Team unter 0951 9340-1000.\n\nBitte senden Sie uns Gesundheitsunterlagen nicht per E-Mail, sondern über unser "
            "Kundenportal.\n\nMit freundlichen Grüßen\nKatrin Oberländer" % DOM)
    return Mail(addr("oberlaender"), "kundin.anfrage@webpost.example", "Automatische Antwort: Ihre Nachricht", "2026-03-30 18:02", body,
                mailer=None, extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


# --- portal notification -----------------------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-customer",
      "Benachrichtigung des Portals 'neue sichere Nachricht' ohne Inhalt, ohne Namen")
def _():
    body = ("Guten Tag,\n\nin Ihrem Rautenfels-Postfach liegt eine neue vertrauliche Nachricht für Sie bereit.\n\n"
            "Bitte melden Sie sich unter https://securemail.%s an, um die Nachricht zu lesen. Aus Sicherheitsgründen enthält diese "
            "Benachrichtigung keine Inhalte und keine Anhänge.\n\nDie Nachricht wird 90 Tage aufbewahrt.\n\nIhre Rautenfels Versicherungsgruppe\n\n"
            "Hinweis: Wir fragen Sie niemals per E-Mail nach Ihrem Passwort." % DOM)
    return Mail("Rautenfels SecureMail <no-reply@securemail.%s>" % DOM, "b.eckert@mailbox-franken.example", "Neue sichere Nachricht in Ihrem Postfach", "2026-04-16 11:32", body, mailer="system")


# --- ICS invitation Fachtag Pflege ------------------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: Kalendereinladung (ICS) 'Fachtag Pflege 2026' mit Agenda zu Demenz, Pflegegraden und Pflegehilfsmitteln – keine Personen außer Referenten")
def _():
    desc = ("Agenda:\n09:00 Begrüßung\n09:15 Pflegegrade in der Praxis – was zählt bei Demenz? (Petra Leupold)\n10:30 Pflegehilfsmittel und "
            "Wohnraumanpassung\n13:00 Entlastungsbetrag und Verhinderungspflege\n15:00 Ende\nOrt: Kunigundendamm 40, Saal Domberg")
    c = ics("fachtag-pflege-2026@%s" % DOM, "2026-05-20 09:00", "2026-05-20 15:00", "Fachtag Pflege 2026", "Saal Domberg, Kunigundendamm 40",
            desc, ("Petra Leupold", email_of("leupold")), [("Team Pflege", "team-pflege@%s" % DOM), ("Kundenservice", "kundenservice-team@%s" % DOM)], stamp="2026-04-08 10:00")
    body = ("Hallo zusammen,\n\nhiermit lade ich euch zum Fachtag Pflege am 20. Mai ein. Agenda in der Einladung. Bitte zusagen, damit "
            "die Kantine planen kann.\n\nPetra")
    m = Mail(addr("leupold"), "Team Pflege <team-pflege@%s>" % DOM, "Einladung: Fachtag Pflege 2026", "2026-04-08 10:05", body, cc="Kundenservice <kundenservice-team@%s>" % DOM)
    m.attach("Fachtag_Pflege_2026.ics", c, ctype="text/calendar")
    return m


# --- translation agency: blank GOP template (mixed) ---------------------------------------------------------------------------------------
@mail("NORMAL", "mixed", "insurer-to-supplier",
      "trap: order to translation agency for a blank German 'Kostenübernahmeerklärung' template with «placeholders» (DOCX); English mail quoting German text")
def _():
    blocks = [wp("Kostenübernahmeerklärung", b=True, sz=14),
              wp("Hiermit bestätigen wir, dass «Anrede» «Vorname» «Nachname», geb. «Geburtsdatum», bei der Rautenfels Krankenversicherung AG unter der Versicherungsnummer «VSNR» versichert ist.", jc="both"),
              wp("Für die stationäre Behandlung ab «Aufnahmedatum» übernehmen wir die medizinisch notwendigen Kosten bis zu einem Betrag von «Betrag» €.", jc="both"),
              wp("Nicht übernommen werden: Wahlleistungen, Telefon, Fernsehen sowie Behandlungen, die nicht mit der Diagnose «Diagnose» in Zusammenhang stehen.", jc="both")]
    d = docx(blocks, [wp("Vorlage KÜ-INT-03 · Stand 03/2026", sz=8, jc="right")], [wp("Rautenfels Krankenversicherung AG", sz=7, jc="center")],
             title="Vorlage KUE-INT-03", author="Ivana Kovačević", company="Rautenfels Versicherungsgruppe", date="2026-03-16 09:00")
    body = ("Dear Ms Duarte,\n\nplease translate the attached template into English, Spanish and Portuguese. It is a blank form: everything in "
            "«guillemets» is a mail-merge field and must stay unchanged, e.g.\n\n"
            "  \"Hiermit bestätigen wir, dass «Anrede» «Vorname» «Nachname», geb. «Geburtsdatum», bei der Rautenfels\n"
            "  Krankenversicherung AG unter der Versicherungsnummer «VSNR» versichert ist.\"\n\n"
            "Please keep the field names in German. Approx. 180 words, delivery as DOCX by 27 March. PO number BE-2026-00512.\n\n"
            "Thank you!\n\n" + sig("kovacevic", "en"))
    m = Mail(addr("kovacevic"), "Ana Duarte <projects@lingua-bridge.example>", "Translation order BE-2026-00512 - template KÜ-INT-03", "2026-03-16 09:25", body, mailer="outlook-en")
    m.attach("Vorlage_KUE-INT-03.docx", d)
    return m


# --- data protection quiz -----------------------------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: Datenschutz-Quiz der DSB zu Gesundheitsdaten, Schweigepflicht und E-Mail-Versand – fiktive Beispiele, keine echte Person")
def _():
    body = ("Liebe Kolleginnen und Kollegen,\n\nzum Europäischen Datenschutztag ein kleines Quiz (Auflösung am Freitag im Intranet):\n\n"
            "1. Eine Kundin schickt ihren Arztbericht unverschlüsselt per Mail. Dürfen wir unverschlüsselt antworten und den Bericht zitieren?\n"
            "   a) ja, sie hat ja selbst angefangen  b) nein, Antwort über das Portal  c) nur mit schriftlicher Einwilligung\n\n"
            "2. Ist die Information \"Herr X ist bei uns krankenversichert\" schon ein Gesundheitsdatum?\n\n"
            "3. Welche Daten gehören zu den besonderen Kategorien nach Art. 9 DSGVO? (Mehrfachnennung)\n"
            "   Gesundheit · Gewerkschaftszugehörigkeit · Kontonummer · Religion · Geburtsdatum · genetische Daten\n\n"
            "4. Ein Makler bittet telefonisch um die Diagnose seines Kunden. Was tun?\n\n"
            "Unter allen richtigen Einsendungen verlosen wir drei Gutscheine für den Regnitzblick.\n\nAnja Steigerwald\nDatenschutzbeauftragte")
    return Mail(addr("steigerwald"), "Alle Mitarbeitenden <alle@%s>" % DOM, "Datenschutztag: Quiz mit Gewinnchance", "2026-01-28 08:30", body)


# --- association survey aggregated care -------------------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-partner",
      "trap: Antwort auf Verbandsumfrage mit aggregierten Zahlen zur Pflegepflichtversicherung (Pflegegrade, Leistungsausgaben)")
def _():
    body = ("Sehr geehrte Frau Dr. Helmreich,\n\nzur Umfrage Ihres Verbands \"Pflege 2025\" melden wir für die Rautenfels Krankenversicherung AG:\n\n"
            "Versicherte in der PPV: 148.320\nLeistungsempfänger gesamt: 3.912\n  davon Pflegegrad 1: 611 / 2: 1.402 / 3: 1.088 / 4: 560 / 5: 251\n"
            "Anteil häusliche Pflege: 78,4 %\nLeistungsausgaben 2025: 41,7 Mio. EUR (Vorjahr 37,9 Mio. EUR)\nBegutachtungen 2025: 1.455, "
            "durchschnittliche Bearbeitungszeit 19 Tage\n\nDie Zahlen sind vorläufig und ungeprüft.\n\nMit freundlichen Grüßen\n\n" + sig("leupold"))
    return Mail(addr("leupold"), "Dr. Sonja Helmreich <statistik@pkv-verband-sued.example>", "Umfrage Pflege 2025 - Rückmeldung Rautenfels", "2026-02-25 13:30", body)


# --- floor plan move PDF -----------------------------------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "Umzug der Abteilung: Raumplan als PDF (Zeichnung, Raumnummern, Teams) – keine personenbezogenen Inhalte")
def _():
    pdf = PDF(title="Raumplan 3. OG", creator="AutoCAD LT 2025", producer="AutoCAD PDF (General Documentation)", date="2026-03-20 12:00")
    pdf.new_page()
    pdf.text(60, 800, "Kunigundendamm 40 – 3. OG Ost – Belegung ab 13.04.2026", "F2", 12)
    rooms = [("3.101", "Leistung KV 1", 60, 560), ("3.102", "Leistung KV 2", 180, 560), ("3.103", "Leistung Zahn", 300, 560), ("3.104", "Besprechung", 420, 560),
             ("3.110", "Pflege", 60, 400), ("3.111", "Gesellschaftsarzt", 180, 400), ("3.112", "Archiv (verschlossen)", 300, 400), ("3.113", "Teeküche", 420, 400)]
    for no, name, x, y in rooms:
        pdf.rect(x, y, 110, 130, stroke=1)
        pdf.text(x + 8, y + 110, no, "F2", 10)
        pdf.text(x + 8, y + 95, name, "F1", 8)
    pdf.rect(60, 535, 470, 20, fill=0.9, stroke=0.5)
    pdf.text(250, 542, "Flur", "F1", 9)
    pdf.text(60, 360, "Maßstab 1:100 · Stand 20.03.2026 · Haustechnik", "F1", 7)
    body = ("Hallo zusammen,\n\nhier der Raumplan für den Umzug am 11./12. April. Kisten stehen ab 6. April im Flur, bitte beschriften mit "
            "neuer Raumnummer. Die Aktenschränke aus dem Archiv werden vom Umzugsunternehmen verschlossen transportiert.\n\nViele Grüße\nHaustechnik")
    m = Mail("Haustechnik <haustechnik@%s>" % DOM, "Leistung KV alle <leistung-kv-alle@%s>" % DOM, "Umzug 3. OG - Raumplan", "2026-03-20 12:30", body)
    m.attach("Raumplan_3OG_Ost.pdf", pdf.build())
    return m


# --- envelope window spec to printer, English ------------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-supplier",
      "Specification for window envelopes (PDF drawing with dimensions) to an English-speaking print vendor")
def _():
    pdf = PDF(title="Envelope spec DL", creator="Adobe Illustrator 28.3", producer="Adobe PDF library 17.00", date="2026-02-10 11:00", hyph="en")
    pdf.new_page()
    pdf.text(60, 800, "Envelope specification DL (220 x 110 mm), window right", "F2", 12)
    pdf.rect(60, 450, 440, 220, stroke=1)
    pdf.rect(330, 500, 160, 90, stroke=0.8)
    pdf.text(335, 575, "window 90 x 45 mm", "F1", 8)
    pdf.text(60, 430, "Window position: 20 mm from right edge, 15 mm from bottom. Paper 80 g/m² white, glassine window.", "F1", 9)
    pdf.text(60, 416, "Security tint inside: yes (grey pattern). Quantity: 250,000 per year in call-offs of 50,000.", "F1", 9)
    body = ("Dear Mr Novak,\n\nattached is the specification for our new DL window envelopes. Please quote for 250,000 pieces per year, "
            "call-offs of 50,000, delivered to our warehouse in Hallstadt. Note the security tint inside: we send policy documents in them.\n\n"
            "Best regards\n\n" + sig("zettelmeier", "en"))
    m = Mail(addr("zettelmeier"), "Tomas Novak <sales@envelope-works.example>", "RFQ: DL window envelopes 250k/yr", "2026-02-10 11:20", body, mailer="outlook-en")
    m.attach("Envelope_spec_DL_window_right.pdf", pdf.build())
    return m


# --- BU underwriting guidelines by occupation to brokers, PDF -------------------------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: Maklerinfo neue Berufsgruppeneinstufung BU (PDF mit Tabelle, Blocksatz) – Berufe, keine Personen")
def _():
    pdf = PDF(title="Maklerinfo BU Berufsgruppen 2026", creator="Microsoft Word", producer="Microsoft Word", date="2026-04-01 08:00")
    head, foot = rf_letterhead("leben")
    pdf.header, pdf.footer = head, foot
    pdf.bottom = 90
    pdf.new_page()
    pdf.y = 740
    pdf.para("Maklerinformation 04/2026 – Berufsgruppen in der Berufsunfähigkeitsversicherung", "F2", 12, align="left", after=8)
    pdf.para("Zum 01.05.2026 passen wir die Einstufung zahlreicher Berufe an. Grundlage ist die Auswertung unserer Leistungs~fälle der Jahre 2015 bis 2025 sowie aktuelle Branchen~statistiken. Für Bestands~verträge ändert sich nichts.")
    pdf.table([["Beruf", "bisher", "neu"], ["Pflegefachkraft (stationär)", "3", "3+"], ["Physiotherapeut/in", "2+", "2"], ["Zahnmedizinische Fachangestellte", "2", "2"],
               ["Erzieher/in", "3", "2+"], ["Dachdecker/in", "4", "4"], ["Softwareentwickler/in", "1", "1"], ["Rettungssanitäter/in", "3+", "3+"]], [250, 100, 115])
    pdf.para("Neu ist außerdem die Berücksichtigung des Büroanteils: Bei mindestens 50 % Schreibtisch~tätigkeit wird eine Gruppe besser eingestuft.")
    body = ("Liebe Partnerinnen und Partner,\n\nanbei unsere Maklerinformation zu den neuen Berufsgruppen in der BU ab 1. Mai. Die Tarifrechner "
            "werden am 30.04. abends umgestellt.\n\nViele Grüße\n\n" + sig("hollerith"))
    m = Mail(addr("hollerith"), "Maklerverteiler Nordbayern <makler-nordbayern@%s>" % DOM, "Maklerinfo 04/2026: BU-Berufsgruppen", "2026-04-01 08:30", body)
    m.attach("Maklerinfo_2026-04_BU_Berufsgruppen.pdf", pdf.build())
    return m


# --- job ad care advisor HTML ------------------------------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: interne Stellenausschreibung 'Pflegeberater/in (m/w/d)' als HTML mit Anforderungen (Pflegefachkraft, Demenz) – keine Person")
def _():
    html = ("<html><body style=\"font-family:Arial;font-size:10pt\"><h2>Interne Ausschreibung: Pflegeberater/in (m/w/d)</h2>"
            "<p>Für unser Team Pflegeversicherung suchen wir zum 01.07.2026 eine Pflegeberaterin oder einen Pflegeberater nach § 7a SGB XI.</p>"
            "<table border=\"0\" cellpadding=\"3\"><tr><td><b>Umfang</b></td><td>Vollzeit, Außendienst Oberfranken (Dienstwagen)</td></tr>"
            "<tr><td><b>Voraussetzung</b></td><td>examinierte Pflegefachkraft, Weiterbildung Pflegeberatung oder Bereitschaft dazu</td></tr>"
            "<tr><td><b>Aufgaben</b></td><td>Hausbesuche, Beratung von Angehörigen zu Demenz, Pflegehilfsmitteln, Entlastungsangeboten</td></tr>"
            "<tr><td><b>Bewerbung bis</b></td><td>30.04.2026 an Hannah Pfadenhauer</td></tr></table>"
            "<p>Interne Bewerbungen werden vertraulich behandelt.</p></body></html>")
    return Mail(addr("pfadenhauer"), "Alle Mitarbeitenden <alle@%s>" % DOM, "Interne Ausschreibung: Pflegeberater/in", "2026-04-09 09:00", None, html=html, html_only=True)


# --- assistance KPI XLSX, English ---------------------------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: monthly assistance KPI report (XLSX) with counts of repatriations, hospital admissions and average costs; aggregated, small cells merged")
def _():
    rows = [["KPI", "Jan 2026", "Feb 2026", "Mar 2026"], ["Calls handled", 1412, 1288, 1530], ["Outpatient cases", 302, 277, 341],
            ["Hospital admissions abroad", 41, 38, 49], ["Repatriations (all modes)", 9, 7, 11], ["  of which air ambulance", "<5", "<5", "<5"],
            ["Avg. cost per inpatient case (EUR)", 6820, 7110, 6590], ["Avg. time to guarantee of payment (h)", 5.2, 4.8, 4.1]]
    x = xlsx([("KPI Q1 2026", rows)], author="Meridian Assist", date="2026-04-06 09:00")
    body = ("Hi Marco,\n\nthanks for the Q1 figures - I've added our own cost columns and send the consolidated file back for Thursday's "
            "service review. Time to guarantee has improved nicely. Air ambulance counts stay merged below 5.\n\nBest\nIvana\n\n" + sig("kovacevic", "en"))
    m = Mail(addr("kovacevic"), "Marco Attard <marco.attard@meridian-assist.example>", "Q1 KPI report - consolidated", "2026-04-06 09:40", body, mailer="outlook-en")
    m.attach("Meridian_KPI_Q1_2026.xlsx", x)
    return m


# --- letter templates with placeholders DOCX ----------------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: neue Briefvorlage Leistungsablehnung (DOCX mit Kopf-/Fußzeile) mit «Platzhaltern» für Diagnose und Versicherten – leeres Template")
def _():
    hdr = [wp("Rautenfels Krankenversicherung AG · Vorlage LA-12 Ablehnung medizinische Notwendigkeit", sz=8, jc="right")]
    ftr = [wp("Rautenfels Krankenversicherung AG · Sitz Bamberg · Amtsgericht Bamberg HRB 3382 · Seite «Seite» von «Seiten»", sz=7, jc="center")]
    blocks = [wp("«Anrede»\n«Vorname» «Nachname»\n«Straße»\n«PLZ» «Ort»"),
              wp("Ihre Krankenversicherung «VSNR» – Ihr Antrag vom «Antragsdatum»", b=True),
              wp("«Briefanrede»,", jc="both"),
              wp("wir haben Ihren Antrag auf Kosten~übernahme für «Leistung» sorgfältig geprüft und dabei auch die Stellung~nahme unseres beratenden Arztes berücksichtigt. Nach den uns vorliegenden Unterlagen (Diagnose: «Diagnose») ist die beantragte Behandlung medizinisch nicht notwendig im Sinne von § 1 Abs. 2 MB/KK, weil «Begründung».", jc="both"),
              wp("Sie können unsere Entscheidung durch einen unabhängigen Gutachter überprüfen lassen oder sich an den Ombudsmann Private Kranken- und Pflege~versicherung wenden.", jc="both")]
    d = docx(blocks, hdr, ftr, title="Vorlage LA-12", author="Katrin Oberländer", company="Rautenfels Versicherungsgruppe", date="2026-04-20 14:00")
    body = ("Hallo Team,\n\ndie überarbeitete Vorlage LA-12 (Ablehnung med. Notwendigkeit) ist von der Rechtsabteilung freigegeben. Bitte ab "
            "Montag nur noch diese verwenden; die alte wird im Korrespondenzsystem gesperrt. Neu ist der Hinweis auf den Ombudsmann.\n\nKatrin")
    m = Mail(addr("oberlaender"), "Leistung KV alle <leistung-kv-alle@%s>" % DOM, "Neue Vorlage LA-12 ab Montag", "2026-04-24 11:00", body)
    m.attach("Vorlage_LA-12_Ablehnung_medNotwendigkeit.docx", d)
    return m


# --- hygiene plan for the company doctor's room -----------------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: Auftrag an Reinigungsfirma zum Hygieneplan des Betriebsarztzimmers (Flächendesinfektion, Entsorgung Kanülen) – keine Patienten")
def _():
    body = ("Sehr geehrte Frau Lechner,\n\nab April wird das Betriebsarztzimmer (Raum 0.14) zweimal wöchentlich von der Betriebsärztin "
            "genutzt (Grippeimpfungen, Sehtests, Vorsorgeuntersuchungen). Bitte passen Sie den Reinigungsplan an:\n\n"
            "- Flächendesinfektion der Liege und Arbeitsflächen an Sprechstundentagen (Di, Do) nach 16 Uhr mit VAH-gelistetem Mittel\n"
            "- Abwurfbehälter für Kanülen werden von der Praxis selbst entsorgt – bitte nicht anfassen\n"
            "- Restmüll und Papier wie bisher, der verschlossene Aktenschrank bleibt unberührt\n\n"
            "Mehrkosten laut Ihrem Angebot: 86 EUR netto pro Monat. Bitte bestätigen Sie kurz.\n\nMit freundlichen Grüßen\n\n" + sig("zettelmeier"))
    return Mail(addr("zettelmeier"), "Gebäudeservice Lechner <objekt@gs-lechner.example>", "Reinigungsplan Betriebsarztzimmer 0.14", "2026-03-24 10:40", body)


# --- anonymised case study ODT English -------------------------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: anonymised training case study (ODT) '54-year-old roofer with lumbar disc herniation' – no name, no identifiers, constructed from several cases")
def _():
    blocks = [oh("Case study 7 – Disability claim of a roofer"),
              op("This case has been constructed for training from several closed files. Names, dates and places have been removed or changed; it cannot be traced to a real person.", "Left"),
              op("A 54-year-old roofer (self-employed, two employees) reports lumbar disc herniation L5/S1 with sciatica. He had surgery eighteen months ago. He can supervise work and do quotes, but no longer climb or carry loads."),
              otable([["Question for the group", "Hint"], ["Is his occupation 'roofer' or 'owner of a roofing business'?", "Check share of office work"],
                      ["Can he reorganise his business (Umorganisation)?", "Size of business, capital, employees"], ["Which medical evidence do we need?", "Surgery report, current MRI, functional assessment"]]),
              op("Discussion in groups of three, 20 minutes; then plenary.")]
    d = odt(blocks, header="Rautenfels Academy – Disability Claims Training", footer="Training material – constructed case – no real data",
            title="Case study 7", author="Miriam Ehrenreich", date="2026-05-05 09:00")
    body = "Hi all,\n\nmaterial for Wednesday's workshop attached (case 7, constructed, no real data).\n\nSee you there\nMiriam"
    m = Mail(addr("ehrenreich"), "BU Training Group <bu-training@%s>" % DOM, "Workshop Wednesday - case study 7", "2026-05-05 09:15", body, mailer="outlook-en")
    m.attach("Case_study_7_roofer.odt", d)
    return m


# --- one-time password ---------------------------------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-broker",
      "Zugangsdaten Maklerportal: Einmal-Passwort für neuen Benutzer einer Maklerfirma (Credential, keine Kundendaten)")
def _():
    body = ("Guten Tag,\n\nfür Sie wurde ein Zugang zum Rautenfels-Maklerportal eingerichtet.\n\nBenutzername: fichtner-makler.mkoenig\n"
            "Einmal-Passwort: Tq7#rWv2-Lp9\n\nDas Einmal-Passwort ist 72 Stunden gültig. Bei der ersten Anmeldung unter https://makler.%s "
            "vergeben Sie ein eigenes Passwort und eine Sicherheitsfrage.\n\nDer Firmenadministrator Ihrer Maklerfirma hat Ihnen die Rolle "
            "\"Sachbearbeitung ohne Bestandsrechte\" zugewiesen.\n\nIhr Rautenfels Maklerservice" % DOM)
    return Mail("Rautenfels Maklerportal <no-reply@makler.%s>" % DOM, "m.koenig@fichtner-makler.example", "Ihr Zugang zum Maklerportal", "2026-02-16 09:01", body, mailer="system")


# --- company outing ---------------------------------------------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "Einladung Betriebsausflug (Wanderung Fränkische Schweiz, Anmeldung); nichts Personenbezogenes")
def _():
    body = ("Hallo liebe Leute,\n\nder Betriebsausflug 2026 findet am Freitag, 19. Juni statt! Wir fahren mit dem Bus nach Pottenstein, "
            "wandern ca. 9 km (oder nehmen die Sommerrodelbahn…) und kehren im Brauereigasthof ein. Rückkehr gegen 19 Uhr.\n\n"
            "Bitte bis 29. Mai im Intranet anmelden und angeben, ob ihr die kurze (4 km) oder lange Route lauft. Wer aus gesundheitlichen "
            "Gründen nicht wandern mag, fährt mit dem Bus direkt zum Gasthof - einfach in der Anmeldung ankreuzen, keine Begründung nötig.\n\n"
            "Euer Betriebsrat")
    return Mail("Betriebsrat <betriebsrat@%s>" % DOM, "Alle Mitarbeitenden <alle@%s>" % DOM, "Betriebsausflug 19. Juni - jetzt anmelden", "2026-05-08 12:00", body, mailer="tb", cte="8bit")


# --- staff magazine HTML --------------------------------------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "newsletter",
      "Mitarbeiterzeitung (HTML) mit Porträt des Teams Gesellschaftsarzt und Jubiläen – Kolleginnen mit Namen, aber ohne Gesundheits- oder Personaldaten")
def _():
    html = ("<html><body style=\"font-family:Georgia;font-size:11pt\"><h1 style=\"color:#2c3e50\">Rautenfels intern · Ausgabe 2/2026</h1>"
            "<h3>Wer macht eigentlich … die ärztliche Prüfung?</h3><p>Dr. Jonas Wetzstein und sein Team aus zwei Ärztinnen und drei medizinischen "
            "Fachangestellten prüfen jährlich rund 9.000 Anfragen – von der Reha bis zur Zahnspange. „Wir sind keine Verhinderer“, sagt Wetzstein, "
            "„sondern Übersetzer zwischen Medizin und Vertrag.“ Besonders stolz ist das Team auf die neue Videosprechstunde.</p>"
            "<h3>Jubiläen</h3><table cellpadding=\"4\"><tr><td>25 Jahre</td><td>Bernd Hollerith (Maklerbetreuung)</td></tr>"
            "<tr><td>10 Jahre</td><td>Selin Aydoğan (Schaden Sach/Haftpflicht)</td></tr></table>"
            "<h3>Termine</h3><p>20.05. Fachtag Pflege · 19.06. Betriebsausflug · 03.07. Sommerfest</p></body></html>")
    return Mail("Rautenfels intern <redaktion-intern@%s>" % DOM, "Alle Mitarbeitenden <alle@%s>" % DOM, "Rautenfels intern 2/2026", "2026-04-30 08:00", None,
                html=html, html_only=True, mailer="newsletter")


# --- audit document checklist PDF English -----------------------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "Checklist of documents (PDF) for the external Solvency II audit sent to the audit firm; organisational only")
def _():
    pdf = PDF(title="Audit PBC list", creator="Microsoft Word", producer="Microsoft Word", date="2026-01-15 10:00", hyph="en")
    pdf.new_page()
    pdf.y = 790
    pdf.para("Prepared-by-client list – Solvency II audit 2025", "F2", 13, align="left", after=8)
    pdf.table([["#", "Document", "Owner", "Due"], ["1", "Technical provisions – best estimate methodology", "Actuarial", "06/02"],
               ["2", "Reinsurance treaties 2025 incl. endorsements", "Reinsurance", "06/02"], ["3", "ORSA report 2025", "Risk", "13/02"],
               ["4", "IT general controls – access reviews", "IT", "13/02"], ["5", "Claims reserves – large loss list (anonymised)", "Claims", "20/02"]],
              [25, 270, 90, 80])
    body = ("Dear Ms Kerr,\n\nattached is our PBC list with owners and due dates. Documents will be placed in the audit data room; "
            "access for your team has been requested.\n\nKind regards\n\n" + sig("whitcombe", "en"))
    m = Mail(addr("whitcombe"), "Alison Kerr <alison.kerr@kerr-audit.example>", "Solvency II audit 2025 - PBC list", "2026-01-15 10:20", body, mailer="outlook-en")
    m.attach("PBC_list_SII_2025.pdf", pdf.build())
    return m


# --- renovation specification ODS to contractor ------------------------------------------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "Anfrage eines Kostenvoranschlags für den Umbau des Empfangs mit Leistungsverzeichnis als ODS; nur Firmen und Mengen")
def _():
    rows = [["Pos.", "Leistung", "Menge", "Einheit", "EP", "GP"], ["01", "Rückbau Empfangstheke", 1, "psch", "", ""], ["02", "Trockenbauwand F30", 24, "m²", "", ""],
            ["03", "Akustikdecke", 58, "m²", "", ""], ["04", "Empfangstheke barrierefrei, Eiche", 1, "St", "", ""], ["05", "Elektro, 8 Doppelsteckdosen", 8, "St", "", ""]]
    o = ods([("LV Empfang", rows)], title="LV Empfang", author="Einkauf", date="2026-05-11 09:00")
    body = ("Sehr geehrte Damen und Herren,\n\nwir bitten um einen Kostenvoranschlag für den Umbau unseres Empfangsbereichs gemäß beigefügtem "
            "Leistungsverzeichnis (ODS). Besichtigung nach Vereinbarung, Ausführung in den Sommerferien (KW 32–34). Abgabe bis 29.05.2026.\n\n"
            "Mit freundlichen Grüßen\n\n" + sig("zettelmeier"))
    m = Mail(addr("zettelmeier"), "Innenausbau Regnitztal GmbH <angebote@innenausbau-regnitztal.example>", "Anfrage Kostenvoranschlag Umbau Empfang", "2026-05-11 09:20", body)
    m.attach("LV_Umbau_Empfang.ods", o)
    return m


# --- LTC premium table for expat product, to broker -------------------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-broker",
      "trap: product information for long-term care daily allowance with premium table by entry age (ODS), dementia and care grades explained generically")
def _():
    rows = [["Entry age", "Care grade 5 daily allowance EUR 50 – monthly premium EUR", "EUR 100 – monthly premium EUR"],
            [30, 14.2, 27.9], [40, 21.6, 42.8], [50, 35.4, 70.1], [60, 62.9, 125.0], [70, 118.3, 235.6]]
    o = ods([("PTG-Plus premiums", rows), ("Benefit ratio", [["Care grade", "share of daily allowance"], [1, "10 %"], [2, "30 %"], [3, "60 %"], [4, "80 %"], [5, "100 %"]])],
            title="PTG-Plus", author="Product Management", date="2026-03-18 10:00")
    body = ("Dear Mr Whitaker,\n\nas requested for your expat clients living in Germany, here are the premiums for our long-term care "
            "daily allowance PTG-Plus. Benefits are paid as a percentage of the chosen daily amount depending on the care grade; dementia "
            "is covered from care grade 2 without waiting period. Premiums are level from the entry age, with no medical underwriting up "
            "to EUR 50/day for applicants under 45.\n\nKind regards\n\n" + sig("hollerith", "en"))
    m = Mail(addr("hollerith"), "James Whitaker <james@whitaker-expat-brokers.example>", "PTG-Plus premiums for your expat clients", "2026-03-18 10:30", body, mailer="outlook-en")
    m.attach("PTG-Plus_premiums_2026.ods", o)
    return m


# --- IT ticket about image-only hospital scans (mixed) -------------------------------------------------------------------------------
@mail("NORMAL", "mixed", "internal",
      "trap: English IT ticket quoting German DMS error message about image-only medical-report PDFs from a hospital; no patient data")
def _():
    body = ("Hi Florian,\n\nsince the hospital's new scanning system went live on 2 March, many incoming PDFs from Klinikum Michelsberg are "
            "image-only (no text layer). Our DMS import then fails with:\n\n"
            "  \"Fehler 4711: Volltextextraktion fehlgeschlagen – Dokument enthält keine Textebene.\n"
            "   Das Dokument wurde der manuellen Indexierung (Queue MANIDX-KV) zugewiesen.\"\n\n"
            "The manual queue has grown to 640 documents. Could we run OCR on import for that sender domain, or ask the hospital to enable "
            "their OCR option? I have deliberately not attached any examples - you can see them in the queue with your admin rights.\n\n"
            "Thanks\nEleanor")
    return Mail(addr("whitcombe"), addr("nuesslein"), "DMS import: image-only PDFs from Klinikum Michelsberg", "2026-03-09 13:45", body, mailer="outlook-en")


# --- data exchange spec with UK hospital group --------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: technical specification for electronic invoice exchange with a hospital group (FHIR Claim resource fields, ICD/OPCS code fields) – no patient records")
def _():
    spec = ("Field;FHIR path;Type;Mandatory;Comment\r\n"
            "Policy number;Claim.insurance.identifier;string;yes;format KV-NNN NN NN-NN\r\n"
            "Patient reference;Claim.patient;Reference;yes;pseudonymised ID, no names in header\r\n"
            "Diagnosis;Claim.diagnosis.diagnosisCodeableConcept;ICD-10;yes;max. 12 codes\r\n"
            "Procedure;Claim.procedure.procedureCodeableConcept;OPCS-4;no;\r\n"
            "Item charges;Claim.item.net;Money;yes;GBP, 2 decimals\r\n")
    body = ("Dear Joanne,\n\nfor the direct billing pilot, attached is our field specification for the FHIR-based invoice exchange. "
            "Transport will be via our gateway-to-gateway S/MIME; please send test messages with synthetic patients only until the data "
            "processing agreement is signed.\n\nBest regards\n\n" + sig("nuesslein", "en"))
    m = Mail(addr("nuesslein"), "Joanne Pryce <joanne.pryce@st-aldhelms.example>", "Direct billing pilot - FHIR field spec v1.2", "2026-04-14 16:00", body, cc=addr("whitcombe"), mailer="outlook-en")
    m.attach("FHIR_claim_fields_v1.2.csv", spec.encode("utf-8"), ctype="text/csv")
    return m


# --- claims round minutes aggregated --------------------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: minutes of the monthly international claims round with aggregated figures (cases, approvals, declines by reason), no individual cases")
def _():
    body = ("Hi team,\n\nshort minutes of today's international claims round:\n\n"
            "- April: 214 new expat claims (+9 %), 198 settled, median turnaround 6 days.\n"
            "- Declines: 11 (5 pre-existing conditions, 3 waiting period, 2 not medically necessary, 1 cosmetic).\n"
            "- Guarantees of payment issued: 23, average EUR 8,400.\n"
            "- Medical officer review needed in 31 cases; backlog now zero.\n"
            "- Action: Ivana to update the decline letter template (EN/ES); Eleanor to renegotiate physio caps with Meridian.\n\n"
            "Next round: 2 June.\n\nEleanor")
    return Mail(addr("whitcombe"), "International Claims <intl-claims@%s>" % DOM, "Minutes claims round May", "2026-05-05 16:10", body, mailer="outlook-en")


# --- broker newsletter travel ---------------------------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "newsletter",
      "Broker newsletter in English about the new travel insurance bundle (cancellation, baggage, travel health) – product info only")
def _():
    body = ("RAUTENFELS BROKER BRIEFING – International edition, April 2026\n\n"
            "New: TravelSafe Bundle\n- Trip cancellation up to EUR 10,000 per person\n- Baggage up to EUR 3,000\n- Travel health abroad incl. "
            "repatriation, unlimited\n- Annual cover for families from EUR 129\n\n"
            "What's new for you\nCommission 25 % on annual policies, online quote in the broker portal, English policy documents on request.\n\n"
            "Webinar\nThursday 23 April, 14:00 CET – 30 minutes with Ivana Kovačević (Travel & Assistance). Register in the broker portal.\n\n"
            "Rautenfels Versicherung AG · Broker Relations · Kunigundendamm 40 · 96050 Bamberg\nUnsubscribe: https://makler." + DOM + "/newsletter")
    return Mail("Rautenfels Broker Relations <broker-news@%s>" % DOM, "broker-international@%s" % DOM, "Broker Briefing April: TravelSafe Bundle", "2026-04-15 07:30", body, mailer="newsletter")


# --- group health offer to international HR (prospect), PDF ----------------------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-company",
      "trap: group health insurance brochure (PDF, tables of benefits: dental, check-ups, second opinion) offered to an HR director as prospect – no employee data")
def _():
    pdf = PDF(title="Group health brochure", creator="Adobe InDesign 19.2", producer="Adobe PDF Library 17.0", date="2026-02-18 09:00", hyph="en")
    head, foot = rf_letterhead("kv", "en")
    pdf.header, pdf.footer = head, foot
    pdf.bottom = 90
    pdf.new_page()
    pdf.y = 740
    pdf.para("Rautenfels Group Health – company benefits for your team", "F2", 14, align="left", after=8)
    pdf.para("Employer-funded supplementary health insurance without individual health questions for groups from 10 employees.", hyph="en")
    pdf.table([["Module", "Benefit", "Monthly premium per employee"], ["Dental", "Hygiene twice a year, 90 % for fillings and crowns", "EUR 14.90"],
               ["Check-up", "Skin cancer screening, eye test, extended blood tests up to EUR 300", "EUR 6.50"],
               ["Second opinion", "Medical second opinion before major surgery", "EUR 2.10"], ["Hospital", "Private room and chief physician", "EUR 21.80"]],
              [90, 260, 115])
    body = ("Dear Ms Okonjo,\n\nthank you for your interest at the HR Summit in Nuremberg. As promised, here is our brochure on group health "
            "insurance. Since no health questions are asked, onboarding is simple: we only need the number of employees and the chosen "
            "modules. I would be happy to present the options to your management.\n\nKind regards\n\n" + sig("roesch", "en"))
    m = Mail(addr("roesch"), "Grace Okonjo <grace.okonjo@brosetech-europe.example>", "Group health insurance - brochure as promised", "2026-02-18 09:20", body, mailer="outlook-en")
    m.attach("Rautenfels_Group_Health_EN.pdf", pdf.build())
    return m


# --- list of medical examiners abroad, XLSX ---------------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: panel list of medical examination centres abroad (XLSX, business addresses and fees) for the reinsurer – no patients")
def _():
    rows = [["Country", "City", "Provider", "Services", "Fee paramedical (EUR)", "Fee full medical (EUR)"],
            ["UK", "London", "Harcourt Medico-Legal Ltd", "IME, paramedical, ECG", 180, 420], ["UK", "Leeds", "Harcourt Medico-Legal Ltd", "IME", "", 390],
            ["IE", "Dublin", "Liffey Medical Screening", "paramedical, bloods", 150, 360], ["ES", "Alicante", "Centro Médico Levante", "full medical, ECG", 120, 300],
            ["PL", "Kraków", "MedExam Polska", "paramedical, bloods, ECG", 95, 240]]
    x = xlsx([("Panel 2026", rows)], author="Eleanor Whitcombe", date="2026-01-22 11:00")
    body = ("Hi Fiona,\n\nas requested, our current panel of examination providers abroad with 2026 fees. All are business contacts; "
            "we would welcome your recommendations for Italy and Portugal.\n\nBest\nEleanor\n\n" + sig("whitcombe", "en"))
    m = Mail(addr("whitcombe"), "Fiona MacLeod <fiona.macleod@nordkap-re.example>", "Medical examiner panel 2026", "2026-01-22 11:10", body, mailer="outlook-en")
    m.attach("Examiner_panel_2026.xlsx", x)
    return m


# --- FAQ secure mail -------------------------------------------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-customer",
      "Generic FAQ answer on secure e-mail options (portal, S/MIME, consent for TLS) to a prospective customer's question; no contract or health data")
def _():
    body = ("Dear Mr Lindqvist,\n\nthank you for your question about how we communicate by e-mail.\n\n"
            "- Ordinary information (brochures, appointments) we send by normal e-mail, encrypted in transport (TLS).\n"
            "- Anything confidential - contract details, bank data - and above all health information is delivered to our secure web "
            "mailbox. You receive a notification and log in to read it.\n"
            "- If you have your own S/MIME certificate, send us a signed e-mail; we then encrypt our replies end-to-end.\n"
            "- If you prefer health information by ordinary e-mail, you can give us your written consent, which you may withdraw at any time.\n\n"
            "More details are on our website under \"Secure communication\".\n\nKind regards\n\n" + sig("landwehr", "en"))
    return Mail(addr("landwehr"), "Erik Lindqvist <erik.lindqvist@nordmail.example>", "Re: How secure is e-mail with you?", "2026-02-23 14:40", body, mailer="outlook-en",
                irt="<e9f1.lindqvist@nordmail.example>")


# --- portal maintenance notice bilingual (mixed) ---------------------------------------------------------------------------------------------------
@mail("NORMAL", "mixed", "newsletter",
      "Bilingual (German/English) maintenance notice for the customer portal; no personal data")
def _():
    body = ("Wartungsarbeiten im Kundenportal / Scheduled maintenance of the customer portal\n\n"
            "DE: Am Samstag, 14. März 2026, ist das Kundenportal zwischen 22:00 und 04:00 Uhr wegen Wartungsarbeiten nicht erreichbar. "
            "Die Rautenfels-App zeigt in dieser Zeit nur zwischengespeicherte Dokumente. Belege können Sie ab Sonntag wieder einreichen.\n\n"
            "EN: On Saturday, 14 March 2026, the customer portal will be unavailable from 22:00 to 04:00 CET due to maintenance. During "
            "this time the Rautenfels app only shows cached documents. You can submit receipts again from Sunday.\n\n"
            "Ihre / Your Rautenfels Versicherungsgruppe")
    return Mail("Rautenfels Kundenportal <portal-info@%s>" % DOM, "portal-nutzer@%s" % DOM, "Wartung Kundenportal 14.03. / Portal maintenance 14/03", "2026-03-10 10:00", body, mailer="newsletter")


# --- ZIP of marketing materials for UK broker partner ----------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-broker",
      "ZIP with marketing material (PDF flyer, CSV product codes, TXT readme) for a UK broker partner – ordinary attachments, nothing personal")
def _():
    flyer = PDF(title="Expat Health flyer", creator="Adobe InDesign 19.2", producer="Adobe PDF Library 17.0", date="2026-01-30 10:00", hyph="en")
    flyer.new_page()
    flyer.y = 790
    flyer.para("Expat Health by Rautenfels", "F2", 20, align="left", after=10)
    flyer.para("Worldwide cover for people who live and work in Germany. English documents, English-speaking claims team, direct billing in 40 countries.", "F1", 12, hyph="en")
    flyer.table([["Plan", "Annual limit", "From per month"], ["Silver", "EUR 1m", "EUR 189"], ["Gold", "EUR 3m", "EUR 264"], ["Platinum", "unlimited", "EUR 398"]], [150, 150, 165])
    codes = "product_code;name;line\r\nEXP-S;Expat Silver;health\r\nEXP-G;Expat Gold;health\r\nEXP-P;Expat Platinum;health\r\nTRV-B;TravelSafe Bundle;travel\r\n"
    readme = "Marketing kit Q1/2026\r\nFlyer may be printed in A4 or A5. Logo usage per brand guide p. 4. Product codes for your quote system.\r\n"
    z = make_zip([("Rautenfels_kit_2026Q1/Expat_Health_flyer.pdf", flyer.build()), ("Rautenfels_kit_2026Q1/product_codes.csv", codes),
                  ("Rautenfels_kit_2026Q1/README.txt", readme)], when="2026-01-30 10:30")
    body = ("Hi James,\n\nhere is the Q1 marketing kit for your team: flyer, product codes for your quoting tool and a short readme. "
            "Printed flyers (500) are on their way by post.\n\nCheers\nBernd\n\n" + sig("hollerith", "en"))
    m = Mail(addr("hollerith"), "James Whitaker <james@whitaker-expat-brokers.example>", "Marketing kit Q1 2026", "2026-01-30 10:45", body, mailer="outlook-en")
    m.attach("Rautenfels_kit_2026Q1.zip", z)
    return m


# --- catering order for medical advisory board ----------------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: catering order for the medical advisory board meeting (dietary requirements as counts only: vegetarian, gluten-free) – no named persons' health")
def _():
    body = ("Dear catering team,\n\nplease confirm the following order for our Medical Advisory Board on Friday, 24 April:\n\n"
            "- 14 persons, room Domberg, coffee from 09:30\n- lunch buffet at 12:30: 3 vegetarian, 2 gluten-free, 1 vegan portions, "
            "rest regular\n- afternoon: fruit and pastries at 15:00\n- still and sparkling water throughout\n\nInvoice to cost centre 4490 "
            "(Chief Medical Officer), PO BE-2026-00601.\n\nThank you!\n\n" + sig("zettelmeier", "en"))
    return Mail(addr("zettelmeier"), "Events Regnitzblick Catering <events@regnitzblick-catering.example>", "Catering order 24/04 - Medical Advisory Board", "2026-04-16 11:00", body, mailer="outlook-en")


# --- colleague absent, no reason ---------------------------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "Team notice that a colleague is out of office until Friday (no reason given) and who covers; organisational only")
def _():
    body = ("Hi all,\n\nIvana is out of the office until Friday. Please send urgent travel assistance matters to Marco at Meridian "
            "directly and copy the intl-claims mailbox; I will check it twice a day. Guarantees of payment above EUR 20,000 go to me.\n\n"
            "Thanks\nEleanor")
    return Mail(addr("whitcombe"), "International Claims <intl-claims@%s>" % DOM, "Cover for Ivana this week", "2026-05-18 08:12", body, mailer="outlook-en")


# --- blank consent template in English -------------------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: blank English template of the consent and medical information release form (DOCX, header/footer, empty fields) for legal review")
def _():
    hdr = [wp("Rautenfels – Consent and release of medical information – template EN v2", sz=8, jc="right")]
    ftr = [wp("Template for translation review – not for use with customers yet", sz=7, jc="center")]
    blocks = [wp("Consent to the collection of health data and release from medical confidentiality", b=True, sz=13),
              wp("I, ______________________ (name), born ____________, consent that Rautenfels Krankenversicherung AG collects and uses my health data to the extent necessary to assess my application or claim.", jc="both"),
              wp("I release the following doctors, hospitals and other healthcare providers from their duty of confidentiality: ______________________________________________", jc="both"),
              wtable([["Option", "Tick"], ["I consent to each request being made without asking me first.", "[ ]"], ["I want to be informed before each request and decide each time.", "[ ]"]], [7800, 1400]),
              wp("Place, date ______________   Signature ______________")]
    d = docx(blocks, hdr, ftr, title="Consent template EN v2", author="Anja Steigerwald", company="Rautenfels Versicherungsgruppe", date="2026-02-26 15:00", hyphenate=False)
    body = ("Hi Anja,\n\nattached is the English version of the consent and release template as translated by the agency. Could you check "
            "that it matches the German model wording of the PKV association before we publish it on the expat pages? All fields are empty.\n\n"
            "Thanks\nEleanor")
    m = Mail(addr("whitcombe"), addr("steigerwald"), "Review: English consent & release template v2", "2026-02-26 15:10", body, mailer="outlook-en")
    m.attach("Consent_release_template_EN_v2.docx", d)
    return m


# --- treaty wording draft PDF ---------------------------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "Draft treaty wording for the personal accident catastrophe excess-of-loss cover (PDF), contract terms only")
def _():
    pdf = PDF(title="PA Cat XL 2026 wording draft", creator="Microsoft Word", producer="Microsoft Word", date="2026-05-20 12:00", hyph="en")
    pdf.new_page()
    pdf.y = 790
    pdf.para("PERSONAL ACCIDENT CATASTROPHE EXCESS OF LOSS REINSURANCE – DRAFT WORDING", "F2", 12, align="left", after=8)
    for t in ["Article 1 – Reassured: Rautenfels Lebensversicherung AG, Bamberg, in respect of its personal accident portfolio.",
              "Article 2 – Cover: EUR 20,000,000 excess of EUR 5,000,000 each and every Loss Occurrence, involving at least three insured persons.",
              "Article 3 – Loss Occurrence: all individual losses arising out of one event within 72 consecutive hours.",
              "Article 4 – Exclusions: nuclear, biological and chemical terrorism; war; pandemic.",
              "Article 5 – Premium: 1.45 % of gross net premium income, minimum and deposit EUR 380,000.",
              "Article 6 – Claims notification: the Reassured shall notify any Loss Occurrence likely to exceed 50 % of the retention within 30 days."]:
        pdf.para(t, "F3", 10.5, hyph="en")
    body = ("Dear Fiona,\n\nplease find our comments incorporated in the draft wording for the PA Cat XL. Articles 3 and 4 still need your "
            "underwriters' confirmation.\n\nBest regards\n\n" + sig("whitcombe", "en"))
    m = Mail(addr("whitcombe"), "Fiona MacLeod <fiona.macleod@nordkap-re.example>", "PA Cat XL 2026 - draft wording v2", "2026-05-20 12:20", body, mailer="outlook-en")
    m.attach("PA_CatXL_2026_wording_v2.pdf", pdf.build())
    return m


# --- SLA dispute with IT vendor -------------------------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-supplier",
      "Dispute with IT vendor about SLA service credits after portal outage; company-to-company, no personal data")
def _():
    body = ("Dear Mr Seitz,\n\nregarding your invoice DW-2026-0331 for March: we do not accept the full monthly fee. The customer portal was "
            "unavailable for 7 h 40 min on 4 March (incident DW-8877), which exceeds the 99.8 % availability agreed in annex 3 of our "
            "service agreement. According to clause 9.2 a service credit of 10 % applies.\n\nPlease issue a credit note of EUR 4,180.00 "
            "net. We will pay the remaining amount on the due date.\n\nKind regards\n\n" + sig("zettelmeier", "en"))
    return Mail(addr("zettelmeier"), "Datenwerk Regnitz Billing <billing@datenwerk-regnitz.example>", "Invoice DW-2026-0331 - service credit", "2026-04-07 09:30", body, mailer="outlook-en")


# --- dental statistics internal English ---------------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: aggregated statistics on dental treatment-plan reviews (implants, crowns, savings) for the board report – no individual cases")
def _():
    body = ("Hi Verena,\n\nfor the board report I need one paragraph on dental plan reviews. My draft from your figures:\n\n"
            "\"In 2025 the dental consultant reviewed 3,214 treatment plans (2024: 2,870). 41 % concerned implants, 33 % crowns and "
            "bridges. In 18 % of plans the consultant recommended changes; the average reduction was EUR 312 per plan, in total about "
            "EUR 180,000. Complaints about reviews fell to 22.\"\n\nCould you confirm the numbers?\n\nThanks\nEleanor")
    return Mail(addr("whitcombe"), addr("kraus"), "Board report: dental review figures 2025", "2026-01-29 10:05", body, mailer="outlook-en")


# --- glossary de-en (mixed) ---------------------------------------------------------------------------------------------------------------
@mail("NORMAL", "mixed", "insurer-to-supplier",
      "trap: German/English glossary of health-insurance terms for the translation agency (Krankentagegeld, Heil- und Kostenplan …) – terminology only")
def _():
    body = ("Dear Ana,\n\nfor consistency across all our translations, please use the following glossary (German → English):\n\n"
            "Krankentagegeld → daily sickness benefit\nKrankenhaustagegeld → hospital cash benefit\nHeil- und Kostenplan → dental treatment plan and cost estimate\n"
            "Berufsunfähigkeit → occupational disability\nPflegegrad → care grade\nSelbstbehalt → deductible (not 'excess' in health)\n"
            "Kostenübernahmeerklärung → guarantee of payment\nSchweigepflichtentbindung → release from medical confidentiality\n"
            "Gesellschaftsarzt → chief medical officer\nBeitragsrückerstattung → no-claims premium refund\n\n"
            "Viele Grüße / best regards\n\n" + sig("kovacevic", "en"))
    return Mail(addr("kovacevic"), "Ana Duarte <projects@lingua-bridge.example>", "Glossary DE-EN for all Rautenfels translations", "2026-03-17 08:50", body, mailer="outlook-en")


# --- bilingual expat newsletter (mixed) ------------------------------------------------------------------------------------------------------
@mail("NORMAL", "mixed", "newsletter",
      "trap: bilingual expat newsletter (HTML, German and English) on tax deductibility of health premiums and a flu vaccination campaign – general")
def _():
    html = ("<html><body style=\"font-family:Arial;font-size:10pt\"><table width=\"100%\" cellpadding=\"8\"><tr><td width=\"50%\" valign=\"top\">"
            "<h3>Beiträge von der Steuer absetzen</h3><p>Beiträge zur Kranken- und Pflegeversicherung für die Basisabsicherung sind als "
            "Sonderausgaben voll absetzbar. Die Bescheinigung für 2025 finden Sie ab 15. Februar in Ihrem Portal.</p>"
            "<h3>Grippeimpfung</h3><p>Die Impfung wird für alle Versicherten erstattet – auch in der Apotheke.</p></td>"
            "<td width=\"50%\" valign=\"top\"><h3>Deducting premiums from tax</h3><p>Premiums for basic health and long-term care cover are "
            "fully deductible as special expenses. Your 2025 certificate will be in your portal from 15 February.</p>"
            "<h3>Flu vaccination</h3><p>The vaccination is reimbursed for all insured persons – also at the pharmacy.</p></td></tr></table>"
            "<p style=\"font-size:8pt\">Rautenfels Krankenversicherung AG · Abmelden / unsubscribe: https://newsletter." + DOM + "/abmelden</p></body></html>")
    text = ("Beiträge von der Steuer absetzen / Deducting premiums from tax\n\nDE: Beiträge zur Kranken- und Pflegeversicherung für die "
            "Basisabsicherung sind als Sonderausgaben voll absetzbar. Die Bescheinigung für 2025 finden Sie ab 15. Februar in Ihrem Portal. "
            "Die Grippeimpfung wird für alle Versicherten erstattet.\n\nEN: Premiums for basic health and long-term care cover are fully "
            "deductible. Your 2025 certificate will be in your portal from 15 February. Flu vaccination is reimbursed for all insured persons.\n")
    return Mail("Rautenfels Expat Desk <expat-news@%s>" % DOM, "expat-newsletter@%s" % DOM, "Steuer & Grippeimpfung / Tax & flu jab", "2026-02-05 07:00", text, html=html, mailer="newsletter")


# --- press release cooperation rehab clinic, English ----------------------------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: English press release on a cooperation with a cardiac rehabilitation clinic (programme, outcomes in aggregate) sent to a journalist")
def _():
    body = ("Dear Ms Brandt,\n\nas discussed, here is the English text of today's announcement:\n\n"
            "BAMBERG, 11 May 2026 – Rautenfels Krankenversicherung and Fachklinik Obermain launch a joint cardiac rehabilitation programme. "
            "Privately insured patients after a heart attack or bypass surgery can start rehabilitation within seven days of discharge, "
            "with a tele-coaching phase of twelve weeks afterwards. In a pilot with 240 participants, 87 % completed the programme and "
            "readmissions within six months fell by a third compared with the usual pathway.\n\n"
            "\"Good rehabilitation is the best prevention of the next infarction,\" says Dr. Jonas Wetzstein, Chief Medical Officer.\n\n"
            "Photos are available on request.\n\nBest regards\n\n" + sig("dornberger", "en"))
    return Mail(addr("dornberger"), "Carla Brandt <c.brandt@health-policy-review.example>", "Press release: cardiac rehab programme with Fachklinik Obermain", "2026-05-11 10:05", body, mailer="outlook-en")


# --- incident post-mortem gateway outage ---------------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "IT incident post-mortem for a secure mail gateway outage (timeline, root cause, actions); no personal data")
def _():
    body = ("Post-mortem INC-2026-05102 – secure mail gateway queue stall\n\n"
            "Impact: outbound encrypted mail delayed up to 3 h 10 min on 21 May 2026 (09:40–12:50). No mail lost, no mail sent unencrypted.\n\n"
            "Timeline:\n09:40 queue alarm (> 2,000 messages)\n09:55 on-call engineer identifies LDAP timeout on certificate lookup\n"
            "11:30 failover to secondary directory\n12:50 queue drained\n\n"
            "Root cause: expired intermediate certificate on the internal directory server; certificate lookups hung instead of failing fast.\n\n"
            "Actions: (1) monitoring of all intermediate certificates (Florian, 05/06); (2) lookup timeout 5 s with fallback to portal "
            "delivery (vendor, 30/06); (3) runbook update.\n\nFlorian")
    return Mail(addr("nuesslein"), "IT Ops <it-ops@%s>" % DOM, "Post-mortem INC-2026-05102 gateway queue stall", "2026-05-22 17:00", body, mailer="outlook-en")


# --- journal subscription order -----------------------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: order of medical journal subscriptions (cardiology, orthopaedics, psychiatry) for the medical officers' library – no patients")
def _():
    body = ("Dear subscriptions team,\n\nplease renew/add the following institutional online subscriptions for 2026–2027, 3 concurrent users, "
            "IP range as before:\n\n- European Heart Journal (renewal)\n- The Bone & Joint Journal (renewal)\n- The Lancet Psychiatry (new)\n"
            "- Journal of Insurance Medicine (new)\n\nInvoice address: Rautenfels Versicherungsgruppe, Accounts Payable, Kunigundendamm 40, "
            "96050 Bamberg, PO BE-2026-00644.\n\nKind regards\n\n" + sig("zettelmeier", "en"))
    return Mail(addr("zettelmeier"), "Subscriptions <institutional@journal-agency.example>", "PO BE-2026-00644 - journal subscriptions 2026-27", "2026-05-27 13:15", body, mailer="outlook-en")


# --- certificate of destruction of files ------------------------------------------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: vendor's certificate of destruction for shredded claim files (quantities, security level P-4) acknowledged; no file contents or persons")
def _():
    body = ("Dear Mr Fuchs,\n\nthank you for the certificate of destruction no. AV-2026-0419 (attached back with our countersignature note): "
            "42 locked containers of paper files from health and life claims (retention period expired 31/12/2025), shredded on 14 April "
            "2026 at security level P-4 / DIN 66399, protection class 3.\n\nPlease note that from July the collection interval changes to "
            "every four weeks.\n\nKind regards\n\n" + sig("zettelmeier", "en"))
    cert = ("CERTIFICATE OF DESTRUCTION AV-2026-0419\r\nCustomer: Rautenfels Versicherungsgruppe, Bamberg\r\nMaterial: paper files, 42 containers (240 l)\r\n"
            "Date of destruction: 14/04/2026\r\nStandard: DIN 66399, security level P-4, protection class 3\r\nCountersigned by customer: M. Zettelmeier, 16/04/2026\r\n")
    m = Mail(addr("zettelmeier"), "Aktenvernichtung Franken <service@akten-franken.example>", "Certificate of destruction AV-2026-0419", "2026-04-16 10:10", body, mailer="outlook-en")
    m.attach("AV-2026-0419_countersigned.txt", cert.encode("utf-8"), ctype="text/plain")
    return m


# ==========================================================================
# build and check
# ==========================================================================

def build_all(outdir):
    order = list(range(len(MAILS)))
    random.Random(175).shuffle(order)
    os.makedirs(os.path.join(outdir, "mails"), exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    numbered = sorted(((pos + 1, MAILS[i]) for pos, i in enumerate(order)), key=lambda t: t[0])
    for n, (fn, label, lang, kind, reason) in numbered:
        m = fn()
        msg = build_message(m, n)
        data = msg.as_bytes(policy=email.policy.SMTP)
        name = "%s%04d.eml" % (PREFIX, n)
        with open(os.path.join(outdir, "mails", name), "wb") as f:
            f.write(data)
        assert "\t" not in reason and "\n" not in reason
        rows.append("\t".join((name, label, lang, kind, reason)))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    return len(numbered)


def _check_pdf(data, where):
    assert data.startswith(b"%PDF-"), where
    assert data.rstrip().endswith(b"%%EOF"), where
    sx = int(data[data.rindex(b"startxref") + 9:].split()[0])
    assert data[sx:sx + 4] == b"xref", where
    # every xref offset points at "N 0 obj"
    lines = data[sx:].split(b"\n")
    cnt = int(lines[1].split()[1])
    for k in range(1, cnt):
        off = int(lines[2 + k][:10])
        assert data[off:].startswith(b"%d 0 obj" % k), (where, k)


def _check_zip(data, where, depth=0):
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, where
    for name in z.namelist():
        b = z.read(name)
        if name.endswith(".xml") or name.endswith(".rels"):
            ET.fromstring(b)
        elif name.lower().endswith(".pdf"):
            _check_pdf(b, where + "/" + name)
        elif name.lower().endswith((".zip", ".docx", ".xlsx", ".odt", ".ods")):
            _check_zip(b, where + "/" + name, depth + 1)
    return z.namelist()


def check_folder(folder):
    import xml.etree.ElementTree as ET  # noqa: F401
    stats = {}
    ids = set()
    with open(os.path.join(folder, "labels.tsv"), encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f][1:]
    for name, label, lang, kind, reason in rows:
        assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), name
        assert lang in ("de", "en", "mixed"), name
        raw = open(os.path.join(folder, "mails", name), "rb").read()
        assert b"\n" not in raw.replace(b"\r\n", b""), "bare LF in " + name
        assert b"\r" not in raw.replace(b"\r\n", b""), "bare CR in " + name
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            assert not part.defects, (name, part.defects)
        mid = msg["Message-ID"]
        assert mid not in ids, name
        ids.add(mid)
        assert "2026" in msg["Date"], name
        assert msg["From"].addresses[0].domain.endswith(DOM), name
        for a in list(msg["To"].addresses) + list(msg["Cc"].addresses if msg["Cc"] else []):
            assert a.domain.endswith(".example"), (name, a)
        for part in msg.walk():
            ct = part.get_content_type()
            if part.is_multipart():
                continue
            if ct == "message/rfc822":
                continue
            payload = part.get_payload(decode=True)
            fn = (part.get_filename() or "").lower()
            if ct.startswith("text/") and not fn:
                payload.decode(part.get_content_charset() or "us-ascii")
            if fn.endswith(".pdf") or ct == "application/pdf":
                _check_pdf(payload, name + ":" + fn)
            elif fn.endswith((".zip", ".docx", ".xlsx", ".odt", ".ods")):
                _check_zip(payload, name + ":" + fn)
            elif fn.endswith(".ics"):
                assert payload.startswith(b"BEGIN:VCALENDAR") and b"END:VCALENDAR" in payload, name
            elif fn.endswith(".eml"):
                email.message_from_bytes(payload, policy=email.policy.default)
        stats.setdefault((label, lang), 0)
        stats[(label, lang)] += 1
    return rows, stats


def main():
    if "--check" in sys.argv:
        tmp = tempfile.mkdtemp(prefix="d175check-")
        try:
            n = build_all(tmp)
            bad = []
            for sub in ["labels.tsv"] + ["mails/" + f for f in sorted(os.listdir(os.path.join(tmp, "mails")))]:
                a = os.path.join(tmp, sub)
                b = os.path.join(HERE, sub)
                if not os.path.exists(b) or open(a, "rb").read() != open(b, "rb").read():
                    bad.append(sub)
            extra = set(os.listdir(os.path.join(HERE, "mails"))) - set(os.listdir(os.path.join(tmp, "mails")))
            if bad or extra:
                print("MISMATCH:", bad[:10], sorted(extra)[:10])
                sys.exit(1)
            rows, stats = check_folder(HERE)
            assert len(rows) == n
        finally:
            shutil.rmtree(tmp)
        tot = {}
        for (lab, lang), c in sorted(stats.items()):
            tot[lab] = tot.get(lab, 0) + c
        print("OK: %d mails byte-identical, all parse; per label: %s" % (n, tot))
        for (lab, lang), c in sorted(stats.items()):
            print("  %-22s %-6s %3d" % (lab, lang, c))
        return
    n = build_all(HERE)
    print("wrote %d mails" % n)


if __name__ == "__main__":
    main()
