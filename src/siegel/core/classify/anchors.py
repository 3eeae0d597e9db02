"""One pass over the lowered text for every keyword-led detector.

Most detectors start at a word: "Steuer-ID", "geb.", "Gehalt", "Diagnose", a
health term, a line of business. Scanning for each separately costs a pass per
detector; here all keywords go into one Aho-Corasick automaton (ahocorasick-rs,
see ADRs 0004 and 0022), each hit is handed to its :class:`Anchor`, which checks what must
follow (a number, a date, an amount) with an anchored match at that very
position.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple

import ahocorasick_rs

from siegel.core.classify.lowercase import lowered

MAX_HITS_PER_ANCHOR = 256
SIGN_HITS = 16  # enough of a sign that only has to be seen (see Anchor.max_hits)
ENDINGS = ("s", "es", "n", "en", "e")  # German case and plural endings (see Anchor.inflected)
WINDOW = 1 << 20  # characters scanned at once (see Scanner.scan)
MARGIN = 4096  # characters after a window in which its last keyword's tail may end
PIECE = 1 << 16  # characters of a window searched by the automaton at once (see Scanner._matches)


@dataclass(frozen=True)
class Anchor:
    """A detector that starts at one of ``keywords``.

    ``tail`` must match right after the keyword (its group 1 is the datum);
    without a tail the keyword itself is the finding. ``whole_word`` requires the
    keyword to end at a word boundary (health terms); lines of business may be
    the start of a compound word ("Krankenversicherungsbeitrag"). ``compound_end``
    lets the keyword also end a compound ("Prostatakarzinom"); ``inflected`` lets a
    whole word of five letters or more take a German case ending ("des Asthmas",
    "Befundes", "Brillen"). A ``cased`` tail reads the original text, for what only
    case tells (a name after "Frau"). ``max_hits`` caps the hits per text: a sign
    that only has to be seen once needs few.

    ``needs`` is a cheap pattern that matches wherever the (lowered) tail matches: a
    necessary condition, tried first. Most keywords of a long mail have no datum after
    them, and a tail that fails can backtrack for microseconds ("Leistungsfall." on
    every line of a long mail); where ``needs`` does not match, the tail is not tried,
    and the result is the same (each such pair is checked by a property test).
    """

    detector: str
    keywords: tuple[str, ...]
    tail: re.Pattern[str] | None = None
    validate: Callable[[str], bool] | None = None
    whole_word: bool = True
    payload: object = None
    compound_end: bool = False
    inflected: bool = False
    cased: bool = False
    max_hits: int = MAX_HITS_PER_ANCHOR
    needs: re.Pattern[str] | None = None

    def __post_init__(self) -> None:
        if self.needs is not None and (self.tail is None or self.cased):
            raise ValueError(f"{self.detector}: needs goes with a tail on the lowered text")


class Hit(NamedTuple):  # a tuple: created for every keyword, so it must be cheap
    anchor: Anchor
    keyword_start: int
    keyword_end: int
    start: int  # the datum (the keyword itself when there is no tail)
    end: int


# What a hit on one keyword needs for one anchor, worked out once per keyword, as a plain
# tuple (unpacked in the scan: attribute access per occurrence costs more than the automaton):
# (index of the anchor, anchor, its tail, what the tail needs, whether the tail reads the
# original text, its validation, whether the keyword must end a word, may end a compound, may
# be inflected, cap).
_Check = tuple[
    int,
    Anchor,
    "re.Pattern[str] | None",
    "re.Pattern[str] | None",
    bool,
    "Callable[[str], bool] | None",
    bool,
    bool,
    bool,
    int,
]


@dataclass
class Scanner:
    anchors: Sequence[Anchor]
    automaton: ahocorasick_rs.AhoCorasick = field(init=False)
    longest: int = 1
    # Per keyword, by its index in the automaton: (its checks, whether it may end a compound).
    keywords: tuple[tuple[tuple[_Check, ...], bool], ...] = ()

    def __post_init__(self) -> None:
        checks: dict[str, list[_Check]] = {}
        for index, anchor in enumerate(self.anchors):
            for keyword in anchor.keywords:
                if _STAND_IN in keyword:
                    raise ValueError(f"a keyword cannot hold U+FFFD: {keyword!r}")
                checks.setdefault(keyword, []).append(
                    (
                        index,
                        anchor,
                        anchor.tail,
                        anchor.needs,
                        anchor.cased,
                        anchor.validate,
                        (anchor.whole_word or anchor.compound_end) and keyword[-1].isalnum(),
                        anchor.compound_end,
                        anchor.inflected and len(keyword) >= 5 and keyword[-1].isalpha(),
                        anchor.max_hits,
                    )
                )
        self.automaton = ahocorasick_rs.AhoCorasick(
            checks, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
        )
        self.keywords = tuple(
            (tuple(keyword_checks), any(check[7] for check in keyword_checks))
            for keyword_checks in checks.values()
        )
        self.longest = max(map(len, checks), default=1)

    def scan(self, text: str, window: int = WINDOW) -> list[Hit]:
        """Keywords that start a word (longest first, no overlaps), handed to their anchors.

        The text is read in windows of ``window`` characters, each lowered on its own
        (:mod:`.lowercase`) together with the character before it and ``MARGIN``
        characters after it, in which a keyword or its tail may end: a lowered copy of
        the whole text would double the memory a 25 MB mail needs. Cased tails read ``text``.

        The automaton (ahocorasick-rs, ADR 0022) reports the leftmost-longest keywords
        without overlaps, as one list per piece of a window (:meth:`_matches`): of the
        keywords starting at one place the longest, and none that starts inside it. A
        keyword inside a word is reported
        too and still covers what it covers, so that the choice is the same whatever the
        words around it; it is dropped here unless it may end a compound.

        At most ``Anchor.max_hits`` hits per anchor: more add nothing to the
        sensitivity, and a hostile mail of one keyword repeated would otherwise cost
        memory in proportion to its size times the size of a hit. (Pseudonymisation
        re-classifies its result, so a datum beyond the cap holds the mail back.)

        This loop runs once for every keyword in the text (some sixteen thousand in a
        megabyte of insurance mail), so it is written for the interpreter: hits are
        built as plain tuples and the checks of a keyword are one tuple, unpacked.
        """
        hits: list[Hit] = []
        counts = [0] * len(self.anchors)
        size = len(text)
        taken_until = 0
        keywords = self.keywords
        new_hit = tuple.__new__
        for position in range(0, size, window):
            offset = max(0, position - 1)
            low = lowered(text[offset : position + window + max(self.longest, MARGIN)])
            low_size = len(low)
            # Where the automaton starts: the window's first character, or after the last
            # keyword of the window before if it reaches into this one.
            first = max(position, taken_until) - offset
            limit = position - offset + window
            for found in self._matches(low, first, limit):
                if found:
                    taken_until = found[-1][2] + offset
                for keyword, start, end in found:
                    keyword_checks, inside_too = keywords[keyword]
                    if start and ((before := low[start - 1]).isalnum() or before in "_-"):
                        if not inside_too:
                            continue
                        inside = True
                    else:
                        inside = False
                    word_ends = end == low_size or not (
                        (after := low[end]).isalnum() or after == "_"
                    )
                    for (
                        index,
                        anchor,
                        tail,
                        needs,
                        cased,
                        validate,
                        whole,
                        compound,
                        inflected,
                        cap,
                    ) in keyword_checks:
                        if counts[index] >= cap or (inside and not compound):
                            continue
                        if (
                            whole
                            and not word_ends
                            and not (inflected and _INFLECTED.match(low, end) is not None)
                        ):
                            continue
                        if tail is None:
                            hits.append(
                                new_hit(
                                    Hit,
                                    (
                                        anchor,
                                        start + offset,
                                        end + offset,
                                        start + offset,
                                        end + offset,
                                    ),
                                )
                            )
                            counts[index] += 1
                            continue
                        if cased:
                            matched, shift = tail.match(text, end + offset), 0
                        elif needs is not None and needs.match(low, end) is None:
                            continue
                        else:
                            matched, shift = tail.match(low, end), offset
                        if matched and (validate is None or validate(matched.group(1))):
                            datum_start, datum_end = matched.span(1)
                            hits.append(
                                new_hit(
                                    Hit,
                                    (
                                        anchor,
                                        start + offset,
                                        end + offset,
                                        datum_start + shift,
                                        datum_end + shift,
                                    ),
                                )
                            )
                            counts[index] += 1
        return hits

    def _matches(self, low: str, first: int, limit: int) -> Iterator[list[tuple[int, int, int]]]:
        """The automaton's keywords in ``low`` that start from ``first`` and before ``limit``,
        a piece of ``PIECE`` characters at a time, as (keyword, start, end) in ``low``.

        A piece at a time, each from where the last keyword of the piece before ends (as the
        windows in :meth:`scan`): a match in the automaton's list costs some 140 bytes, and a
        window of one short keyword repeated ("mg mg mg …") would hold hundreds of thousands.

        The automaton reads UTF-8, which has no lone surrogates (text decoded with
        ``surrogateescape``): those are read as U+FFFD, which no keyword holds, so a
        keyword is found where it would be found without them.
        """
        taken = first
        # Not past the text: a window is a mebibyte, most texts are short (a subject).
        for piece in range(first, min(limit, len(low)), PIECE):
            begin = max(piece, taken)
            piece_limit = min(piece + PIECE, limit) - begin
            end = min(len(low), begin + piece_limit + self.longest)
            part = low if begin == 0 and end == len(low) else low[begin:end]
            try:
                found = self.automaton.find_matches_as_indexes(part)
            except UnicodeEncodeError:
                found = self.automaton.find_matches_as_indexes(_SURROGATE.sub(_STAND_IN, part))
            if found and found[-1][1] >= piece_limit:  # in order of their starts
                del found[bisect_left(found, piece_limit, key=itemgetter(1)) :]
            if found and begin:  # a copy of each match: only in a text longer than a piece
                found = [(keyword, start + begin, stop + begin) for keyword, start, stop in found]
            if found:
                taken = found[-1][2]
            yield found


_STAND_IN = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")


# A German case ending and the word's end ("des Asthmas", "Befundes"): one anchored match
# instead of a test per ending. \w is what str.isalnum() and "_" are, as word_ends reads.
_INFLECTED = re.compile("(?:" + "|".join(sorted(ENDINGS, key=len, reverse=True)) + r")(?!\w)")


LINE_BREAKS = ("\n", "\r\n")


def wrapped(keywords: Iterable[str]) -> tuple[str, ...]:
    """``keywords``, and those of several words also with a line break for one of their blanks.

    Mail is wrapped at some 72 characters, so a term of two words is broken across lines in
    every few mails ("Multiple\r\nSklerose", "health\ninsurance"); the automaton reads the
    text as it is, so it is given the term as a wrapped line shows it too.
    """
    found: dict[str, None] = {}
    for keyword in keywords:
        found[keyword] = None
        for blank in (i for i, character in enumerate(keyword) if character == " "):
            if 0 < blank < len(keyword) - 1:
                for line_break in LINE_BREAKS:
                    found[keyword[:blank] + line_break + keyword[blank + 1 :]] = None
    return tuple(found)


def said(term: str) -> str:
    """A term as said, however wrapped: its words with one blank between them."""
    return " ".join(term.split()) if "\n" in term else term


# A blank line, also in a quote ("\n> \n") or with CRLF: where a paragraph, a letterhead or a
# footer ends.
BLANK_LINE = re.compile(r"\n[ \t>\r]*\n")
ADDRESS_REACH = 80  # characters looked at on each side of a term: an address is shorter


def in_address(text: str, start: int, end: int) -> bool:
    """Whether the term at ``start:end`` is part of a mail address or a link
    ("bu-leistung@…", "www.hanse-pkv.example/reha-antrag"): a department's, a company's or a
    page's name, not what the text says.

    The words glued to the term on either side (nothing but a blank ends them) are read for
    "@", "://" or "www.". Most terms stand between blanks: two characters tell, before any
    slice of the text is made."""
    glued_before = start > 0 and not text[start - 1].isspace()
    glued_after = end < len(text) and not text[end].isspace()
    if not glued_before and not glued_after:
        return False
    word = ""
    if glued_before:
        before = text[max(0, start - ADDRESS_REACH) : start].rsplit(maxsplit=1)
        word = before[-1] if before else ""
    if glued_after:
        word += text[end : end + ADDRESS_REACH].split(maxsplit=1)[0]
    return "@" in word or "://" in word or "www." in word


@functools.cache
def scanner(anchors: tuple[Anchor, ...]) -> Scanner:
    return Scanner(anchors)


def anchors_of(*groups: Iterable[Anchor]) -> tuple[Anchor, ...]:
    return tuple(anchor for group in groups for anchor in group)
