"""The text of an HTML part as its reader sees it.

Tags go, scripts and styles go, block elements end lines, table cells are
separated and tables with a heading row become records (:mod:`.tables`).
Hidden elements (``display:none``, ``font-size:0``, …) are not drawn, so the
visible text runs on without them — "Dia<span hidden>x</span>gnose" reads
"Diagnose" — and what was hidden is read after it: hidden text is still sent.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from html.parser import HTMLParser

from siegel.core.classify import tables

_BLOCKS = frozenset(
    (
        *("address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset"),
        *("figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6"),
        *("header", "li", "main", "nav", "ol", "p", "pre", "section", "ul", "title"),
    )
)
_VOID = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr")
)
_HIDING = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])|mso-hide\s*:\s*all",
    re.IGNORECASE,
)
MAX_NESTING = 1000


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.visible: list[str] = []
        self.hidden: list[str] = []
        self._skip = 0  # inside script or style
        self._hiding: list[str] = []  # open elements from the first hidden one on
        self._tables: list[list[list[str]]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style"}:
            self._skip += 1
            return
        if tag in _VOID:
            if tag == "br":
                self._write("\n")
            return
        if self._hiding or _hides(attrs):
            if len(self._hiding) < MAX_NESTING:
                self._hiding.append(tag)
            return
        if tag == "table":
            self._tables.append([])
        elif tag == "tr" and self._tables:
            self._tables[-1].append([])
        elif tag in {"td", "th"} and self._tables and self._tables[-1]:
            self._cell = []
        elif tag in _BLOCKS:
            self._write("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"}:
            self._skip = max(0, self._skip - 1)
        elif self._hiding:
            if tag in self._hiding:
                del self._hiding[len(self._hiding) - 1 - self._hiding[::-1].index(tag) :]
        elif tag in {"td", "th"} and self._cell is not None and self._tables:
            self._tables[-1][-1].append("".join(self._cell))
            self._cell = None
        elif tag == "table" and self._tables:
            self._cell = None
            self._write("\n" + tables.render(self._tables.pop()))
        elif tag in _BLOCKS:
            self._write("\n")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._hiding:
            self.hidden.append(data)
        else:
            self._write(data)

    def _write(self, text: str) -> None:
        (self._cell if self._cell is not None else self.visible).append(text)

    def text(self) -> str:
        while self._tables:  # tables left open at the end
            if self._cell is not None and self._tables[-1]:
                self._tables[-1][-1].append("".join(self._cell))
                self._cell = None
            self.visible.append("\n" + tables.render(self._tables.pop()))
        hidden = " ".join(self.hidden)
        return "".join(self.visible) + ("\n" + hidden if hidden.strip() else "")


def _hides(attrs: list[tuple[str, str | None]]) -> bool:
    for name, value in attrs:
        if name == "hidden" or (name == "style" and value and _HIDING.search(value)):
            return True
    return False


# A "<" that no ">" closes before the next "<" or the end: CPython's HTMLParser looks for the end
# of such a tag or comment from each one to the end of the text again, in time that grows with
# the square of the part's size ("<a b='" repeated: 10 s for 64 KB; review, issue 14). The
# look-ahead stops at the next "<", so finding them all reads the text once.
# A "<![" section ("<![CDATA[ >") that no "]>" ends before the next "<" counts as unclosed too.
_UNCLOSED = re.compile(r"<(?=[^<>]*+(?:<|\Z)|!\[(?![^<]*?\]>))")
MAX_UNCLOSED = 64  # a mail program's HTML has a few stray "<" at most


def html_text(html: str) -> str:
    """The text of ``html`` as its reader sees it (see the module docstring).

    A part with more than ``MAX_UNCLOSED`` unclosed "<" is hostile or broken: each of them is
    parsed as the character it is ("&lt;"), which is what a browser shows for most of them, so
    that the parser's time stays linear. A browser may still end a tag there that the parser
    then does not ("</script" before the next "<"), so such a part is also read as it stands,
    tags and all: nothing a reader could see is left unread.
    """
    hostile = _too_many(_UNCLOSED.finditer(html))
    reader = _Reader()
    reader.feed(_UNCLOSED.sub("&lt;", html) if hostile else html)
    reader.close()
    return reader.text() + "\n" + html if hostile else reader.text()


def _too_many(found: Iterator[re.Match[str]]) -> bool:
    return next(itertools.islice(found, MAX_UNCLOSED, None), None) is not None


def looks_like_html(text: str) -> bool:
    """Plain text that is in fact HTML (a mislabelled part): a mail program may render it."""
    head = text[:2048].lower()
    if "<html" in head or "<body" in head:
        return True
    return "</" in head and any(tag in head for tag in ("<p>", "<div", "<br", "<td", "<span"))
