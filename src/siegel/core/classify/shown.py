"""Text as a person's mail program shows it, for the detectors to read.

A sender who writes "Dia\u200bgnose" (a zero-width space), "Dia\u00adgnose" (a soft
hyphen), "Diаgnose" (a Cyrillic а) or "Ｄｉａｇｎｏｓｅ" (full-width letters) shows the
reader a diagnosis; matching the characters as they are would see nothing. So the
detectors read a copy in which invisible characters are gone, compatibility forms
are unified (NFKC) and letters that look Latin are folded to Latin. The copy is
only read, never sent: a Russian name in the mail stays as it was written.

Findings name positions in the text they were found in, and pseudonymisation
replaces those positions in the original; :meth:`Shown.original_span` maps them
back. Most mail is ASCII or already in this form and costs one search.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from array import array
from bisect import bisect_right
from dataclasses import dataclass

# Characters no mail program draws: zero-width spaces and joiners, soft hyphen,
# direction marks, invisible operators, variation selectors, tag characters.
INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f"
    "\U000e0100-\U000e01ef"
)
# Letters of other scripts drawn like Latin ones (Unicode's confusables, the common part).
LOOK_ALIKES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s",
    "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ɡ": "g",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "Ԁ": "D",
    "Ӏ": "I", "Ԛ": "Q", "Ԝ": "W",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Latin letters that read as plain ones
    "ı": "i", "ɑ": "a", "ℓ": "l", "ꞵ": "b",
    # Armenian
    "օ": "o", "ս": "u", "հ": "h", "ց": "g",
}  # fmt: skip
_FOLD = str.maketrans(LOOK_ALIKES)
_DROP = re.compile(f"[{INVISIBLE}]")
MAX_RUNS = 1 << 20  # beyond this many changed places, the rest of the text maps as one place
MAX_GROWTH = 4  # NFKC may write up to 18 characters for one; more than this is cut
PIECE = 1 << 20  # characters checked at once for anything the reading changes


@functools.cache
def _changing() -> re.Pattern[str]:
    """Runs of characters the reading may change (combining marks among them: NFKC composes).

    The class holds only characters below U+10000, which the regex engine tests
    with a bitmap; every character above (mathematical letters, tag characters)
    is taken as a candidate and tried.
    """
    changing = [
        chr(code)
        for code in range(0x80, 0x10000)
        if not 0xD800 <= code < 0xE000
        and (
            unicodedata.normalize("NFKC", chr(code)) != chr(code)
            or unicodedata.category(chr(code)) in {"Mn", "Mc", "Cf"}
        )
    ]
    ranges = _as_ranges([*changing, *LOOK_ALIKES, "\u00ad", "\u034f", "\u115f", "\u1160"])
    return re.compile(f"(?:[{ranges}]|[\U00010000-\U0010ffff])+")


def _as_ranges(characters: list[str]) -> str:
    codes = sorted(set(map(ord, characters)))
    parts, start = [], 0
    for index in range(1, len(codes) + 1):
        if index == len(codes) or codes[index] != codes[index - 1] + 1:
            first, last = codes[start], codes[index - 1]
            parts.append(
                re.escape(chr(first)) + ("-" + re.escape(chr(last)) if last > first else "")
            )
            start = index
    return "".join(parts)


@dataclass(frozen=True)
class Shown:
    """``text`` as shown, and where its changed places were in the original.

    Four parallel arrays, one entry per changed place: its start and end in
    ``text`` and in the original. Outside them both texts run in step.
    """

    text: str
    starts: array[int]
    ends: array[int]
    original_starts: array[int]
    original_ends: array[int]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Where ``text[start:end]`` came from; a changed place is taken whole."""
        return self._original(start, at_end=False), self._original(end, at_end=True)

    def _original(self, position: int, *, at_end: bool) -> int:
        index = bisect_right(self.starts, position - 1 if at_end else position) - 1
        if index < 0:
            return position
        if position >= self.ends[index]:
            return self.original_ends[index] + position - self.ends[index]
        return self.original_ends[index] if at_end else self.original_starts[index]


def shown(text: str) -> Shown:
    if text.isascii() or _unchanged_single_byte(text) or _changing().search(text) is None:
        return Shown(text, array("q"), array("q"), array("q"), array("q"))
    return _rewritten(text)


@functools.cache
def _changing_bytes(encoding: str) -> bytes:
    """A byte table: 1 where the character of that byte in ``encoding`` is one the reading
    changes."""
    changing = _changing()
    return bytes(
        1
        if code >= 0x80 and changing.fullmatch(bytes([code]).decode(encoding, "ignore") or "x")
        else 0
        for code in range(256)
    )


def _unchanged_single_byte(text: str) -> bool:
    """Whether ``text`` is in Latin-1 or Windows-1252 and the reading changes none of its
    characters.

    Most mail is (German with umlauts, "€", "–", „quotes“); encoding it and looking up
    each byte in a table costs a third of the regular expression search for a
    changing character, which tries each character against a class of thousands. Latin-1
    is tried first: a text of Latin-1 characters alone is encoded by a copy of its bytes,
    Windows-1252 one character at a time.
    """
    for start in range(0, len(text), PIECE):  # a piece at a time: an encoded copy is not free
        encoded = _single_byte(text[start : start + PIECE])
        if encoded is None:
            return False
        data, table = encoded
        if b"\x01" in data.translate(table):
            return False
    return True


def _single_byte(piece: str) -> tuple[bytes, bytes] | None:
    """``piece`` encoded in Latin-1 or else Windows-1252, with that encoding's table of
    changing bytes; None when neither encodes it."""
    for encoding in ("latin-1", "cp1252"):
        try:
            return piece.encode(encoding), _changing_bytes(encoding)
        except UnicodeEncodeError:
            continue
    return None


MAX_NORMALISED = 64  # characters of a run normalised at once (see _normalised)


def _normalised(run: str) -> str:
    """NFKC of ``run``, a piece of at most about ``MAX_NORMALISED`` characters at a time.

    CPython puts a run of combining marks into canonical order by comparing neighbours, which
    takes time in the square of the run's length: "a" and 32,000 alternating marks took
    seconds (review, issue 14). A piece ends before a character that is no combining mark, so
    a letter keeps its marks; only a run of more than twice the piece is cut inside its marks,
    and no text a person reads has one.
    """
    if len(run) <= MAX_NORMALISED:
        return unicodedata.normalize("NFKC", run)
    pieces, start = [], 0
    while start < len(run):
        end = min(len(run), start + MAX_NORMALISED)
        while end < min(len(run), start + 2 * MAX_NORMALISED) and unicodedata.combining(run[end]):
            end += 1
        pieces.append(unicodedata.normalize("NFKC", run[start:end]))
        start = end
    return "".join(pieces)


def _rewritten(text: str) -> Shown:
    starts, ends, original_starts, original_ends = array("q"), array("q"), array("q"), array("q")
    pieces: list[str] = []
    grown = 0  # how much longer (or shorter) the reading is so far
    done = 0  # the original text up to here is in ``pieces``
    for match in _changing().finditer(text):
        start, end = match.span()
        visible = _DROP.sub("", text[start:end])[:1]
        if start > done and visible and unicodedata.combining(visible):
            start -= 1  # the letter a combining mark belongs to (invisible characters between)
        run = text[start:end]
        # Look-alikes folded before NFKC too, so a combining mark joins a Latin letter.
        reading = _normalised(_DROP.sub("", run).translate(_FOLD)).translate(_FOLD)
        reading = reading[: MAX_GROWTH * len(run)]
        if reading == run:
            continue
        if reading[:1] == run[:1]:  # that letter stayed as it was
            start, run, reading = start + 1, run[1:], reading[1:]
        pieces.append(text[done:start])
        pieces.append(reading)
        done = end
        if len(starts) < MAX_RUNS:
            starts.append(start + grown)
            original_starts.append(start)
        else:  # the last place grows to take this one in (see MAX_RUNS)
            ends.pop()
            original_ends.pop()
        grown += len(reading) - len(run)
        ends.append(end + grown)
        original_ends.append(end)
    pieces.append(text[done:])
    return Shown("".join(pieces), starts, ends, original_starts, original_ends)
