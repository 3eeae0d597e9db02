"""One pass over the lowered text for every keyword-led detector.

Most detectors start at a word: "Steuer-ID", "geb.", "Gehalt", "Diagnose", a
health term, a line of business. Scanning for each separately costs a pass per
detector; here all keywords go into one Aho-Corasick automaton (pyahocorasick,
see ADR 0004), each hit is handed to its :class:`Anchor`, which checks what must
follow (a number, a date, an amount) with an anchored match at that very
position. This keeps classification above 20 MB/s on one core.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import ahocorasick

MAX_HITS_PER_ANCHOR = 256
ENDINGS = ("s", "es", "n", "en", "e")  # German case and plural endings (see Anchor.inflected)
WINDOW = 1 << 20  # characters scanned at once (see Scanner.keywords_in)


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
    case tells (a name after "Frau").
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


class Hit(NamedTuple):  # a tuple: created for every keyword, so it must be cheap
    anchor: Anchor
    keyword_start: int
    keyword_end: int
    start: int  # the datum (the keyword itself when there is no tail)
    end: int


@dataclass
class Scanner:
    anchors: Sequence[Anchor]
    by_keyword: dict[str, list[Anchor]] = field(default_factory=dict)
    automaton: Any = None
    longest: int = 1

    def __post_init__(self) -> None:
        for anchor in self.anchors:
            for keyword in anchor.keywords:
                self.by_keyword.setdefault(keyword, []).append(anchor)
        self.automaton = ahocorasick.Automaton()
        for keyword in self.by_keyword:
            self.automaton.add_word(keyword, (len(keyword), keyword))
        self.automaton.make_automaton()
        self.longest = max(map(len, self.by_keyword), default=1)
        # Per keyword, what every hit needs: its anchors, which of them want a whole word,
        # and which may start inside a word.
        self._checks = {
            keyword: tuple(
                (
                    anchor,
                    id(anchor),
                    (anchor.whole_word or anchor.compound_end) and keyword[-1].isalnum(),
                    anchor.compound_end,
                    anchor.inflected and len(keyword) >= 5 and keyword[-1].isalpha(),
                )
                for anchor in anchors
            )
            for keyword, anchors in self.by_keyword.items()
        }

    def keywords_in(self, low: str, window: int = WINDOW) -> Iterator[tuple[int, str]]:
        """(start, keyword): leftmost first, the longest keyword at each start, none overlapping.

        The automaton reports every occurrence; the choice among them is made here
        (pyahocorasick's own ``iter_long`` misses a keyword that ends inside a longer
        one's prefix). The text goes to the automaton in windows of ``window``
        characters plus the longest keyword, so no occurrence is cut: pyahocorasick
        copies what it scans at four bytes per character, which for a 25 MB text
        would be 100 MB at once.
        """
        taken_until = 0
        for position in range(0, len(low), window):
            # Occurrences come by their end; of those starting at one place the longest
            # ends last, so the last one written for a start is the one to keep.
            longest_at: dict[int, tuple[int, str]] = {}
            for last, found in self.automaton.iter(
                low[position : position + window + self.longest]
            ):
                start = last - found[0] + 1  # in the window
                if start < window:
                    longest_at[start] = found
            for start in sorted(longest_at):
                if position + start >= taken_until:
                    length, keyword = longest_at[start]
                    taken_until = position + start + length
                    yield position + start, keyword

    def scan(self, low: str, text: str = "") -> list[Hit]:
        """Keywords that start a word (longest first, no overlaps), handed to their anchors.

        ``low`` is ``text`` lowered with every position kept (:mod:`.lowercase`);
        cased tails read ``text``.

        At most ``MAX_HITS_PER_ANCHOR`` hits per anchor: more add nothing to the
        sensitivity, and a hostile mail of one keyword repeated would otherwise cost
        memory in proportion to its size times the size of a hit. (Pseudonymisation
        re-classifies its result, so a datum beyond the cap holds the mail back.)
        """
        hits = []
        counted: dict[int, int] = {}
        size = len(low)
        original = text or low
        for start, keyword in self.keywords_in(low):
            inside = start > 0 and (low[start - 1].isalnum() or low[start - 1] in "_-")
            end = start + len(keyword)
            word_ends = end == size or not (low[end].isalnum() or low[end] == "_")
            for anchor, key, needs_word_end, compound_end, inflected in self._checks[keyword]:
                if (inside and not compound_end) or (
                    needs_word_end
                    and not word_ends
                    and not (inflected and _ends_inflected(low, end, size))
                ):
                    continue
                count = counted.get(key, 0)
                if count >= MAX_HITS_PER_ANCHOR:
                    continue
                if anchor.tail is None:
                    hits.append(Hit(anchor, start, end, start, end))
                    counted[key] = count + 1
                    continue
                tail = anchor.tail.match(original if anchor.cased else low, end)
                if tail and (anchor.validate is None or anchor.validate(tail.group(1))):
                    hits.append(Hit(anchor, start, end, tail.start(1), tail.end(1)))
                    counted[key] = count + 1
        return hits


def _ends_inflected(low: str, end: int, size: int) -> bool:
    """Whether the word continues at ``end`` with no more than a case ending."""
    for ending in ENDINGS:
        after = end + len(ending)
        if low.startswith(ending, end) and (
            after == size or not (low[after].isalnum() or low[after] == "_")
        ):
            return True
    return False


@functools.cache
def scanner(anchors: tuple[Anchor, ...]) -> Scanner:
    return Scanner(anchors)


def anchors_of(*groups: Iterable[Anchor]) -> tuple[Anchor, ...]:
    return tuple(anchor for group in groups for anchor in group)
