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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import ahocorasick

from siegel.core.classify.lowercase import lowered

MAX_HITS_PER_ANCHOR = 256
SIGN_HITS = 16  # enough of a sign that only has to be seen (see Anchor.max_hits)
ENDINGS = ("s", "es", "n", "en", "e")  # German case and plural endings (see Anchor.inflected)
WINDOW = 1 << 20  # characters scanned at once (see Scanner.scan)
MARGIN = 4096  # characters after a window in which its last keyword's tail may end


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


class Hit(NamedTuple):  # a tuple: created for every keyword, so it must be cheap
    anchor: Anchor
    keyword_start: int
    keyword_end: int
    start: int  # the datum (the keyword itself when there is no tail)
    end: int


# What a hit on one keyword needs for one anchor, worked out once per keyword, as a plain
# tuple (unpacked in the scan: attribute access per occurrence costs more than the automaton):
# (index of the anchor, anchor, its tail, whether the tail reads the original text, its
# validation, whether the keyword must end a word, may end a compound, may be inflected, cap).
_Check = tuple[
    int,
    Anchor,
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
    automaton: Any = None
    longest: int = 1

    def __post_init__(self) -> None:
        checks: dict[str, list[_Check]] = {}
        for index, anchor in enumerate(self.anchors):
            for keyword in anchor.keywords:
                checks.setdefault(keyword, []).append(
                    (
                        index,
                        anchor,
                        anchor.tail,
                        anchor.cased,
                        anchor.validate,
                        (anchor.whole_word or anchor.compound_end) and keyword[-1].isalnum(),
                        anchor.compound_end,
                        anchor.inflected and len(keyword) >= 5 and keyword[-1].isalpha(),
                        anchor.max_hits,
                    )
                )
        self.automaton = ahocorasick.Automaton()
        for keyword, keyword_checks in checks.items():
            inside_too = any(check[6] for check in keyword_checks)
            self.automaton.add_word(keyword, (len(keyword) - 1, tuple(keyword_checks), inside_too))
        self.automaton.make_automaton()
        self.longest = max(map(len, checks), default=1)

    def scan(self, text: str, window: int = WINDOW) -> list[Hit]:
        """Keywords that start a word (longest first, no overlaps), handed to their anchors.

        The text is read in windows of ``window`` characters, each lowered on its own
        (:mod:`.lowercase`) together with the character before it and ``MARGIN``
        characters after it, in which a keyword or its tail may end: a lowered copy of
        the whole text would double the memory a 25 MB mail needs, and pyahocorasick
        copies what it scans at four bytes per character. Cased tails read ``text``.

        Of the keywords the automaton reports, the longest at the leftmost start is
        taken and none that overlaps it (pyahocorasick's own ``iter_long`` misses a
        keyword that ends inside a longer one's prefix).

        At most ``Anchor.max_hits`` hits per anchor: more add nothing to the
        sensitivity, and a hostile mail of one keyword repeated would otherwise cost
        memory in proportion to its size times the size of a hit. (Pseudonymisation
        re-classifies its result, so a datum beyond the cap holds the mail back.)

        This loop runs once for every keyword in the text (some twenty thousand in a
        megabyte of insurance mail), so it is written for the interpreter: the
        occurrences are gathered by a comprehension, hits are built as plain tuples,
        and an anchor whose cap is reached drops out of its keywords' checks.
        """
        hits: list[Hit] = []
        counts = [0] * len(self.anchors)
        size = len(text)
        taken_until = 0
        occurrences = self.automaton.iter
        new_hit = tuple.__new__
        for position in range(0, size, window):
            offset = max(0, position - 1)
            low = lowered(text[offset : position + window + max(self.longest, MARGIN)])
            low_size = len(low)
            first = position - offset
            # Occurrences come by their end; of those starting at one place the longest
            # ends last, so the last one written for a start is the one to keep. (The
            # automaton's value holds the keyword's length less one: ``last`` is inclusive.)
            # The end is clamped: pyahocorasick reads past the text's end otherwise.
            scan_end = min(low_size, first + window + self.longest)
            longest_at = {
                last - found[0]: found for last, found in occurrences(low, first, scan_end)
            }
            limit = first + window
            taken = taken_until - offset  # in the lowered window's positions
            for start in sorted(longest_at):
                if start < taken:
                    continue
                if start >= limit:
                    break  # sorted: every later start is beyond the window too
                shorter, keyword_checks, inside_too = longest_at[start]
                end = start + shorter + 1
                taken = end
                if start and ((before := low[start - 1]).isalnum() or before in "_-"):
                    if not inside_too:
                        continue
                    inside = True
                else:
                    inside = False
                word_ends = end == low_size or not ((after := low[end]).isalnum() or after == "_")
                for (
                    index,
                    anchor,
                    tail,
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
            taken_until = taken + offset
        return hits


# A German case ending and the word's end ("des Asthmas", "Befundes"): one anchored match
# instead of a test per ending. \w is what str.isalnum() and "_" are, as word_ends reads.
_INFLECTED = re.compile("(?:" + "|".join(sorted(ENDINGS, key=len, reverse=True)) + r")(?!\w)")


@functools.cache
def scanner(anchors: tuple[Anchor, ...]) -> Scanner:
    return Scanner(anchors)


def anchors_of(*groups: Iterable[Anchor]) -> tuple[Anchor, ...]:
    return tuple(anchor for group in groups for anchor in group)
