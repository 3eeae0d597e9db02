"""The keyword scan: windows give the same hits as one pass; hits per anchor are capped."""

from __future__ import annotations

import tracemalloc
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from siegel.core.classify import anchors, health, identifiers, lines, personal, persons, references
from siegel.core.classify.anchors import MAX_HITS_PER_ANCHOR, Anchor, Hit, Scanner
from siegel.core.classify.config import default_config

KEYWORDS = ("iban", "ibanx", "bank", "bankverbindung", "verbindung", "an", "a", "xyz", "an bank")
SCANNER = Scanner((Anchor("test", KEYWORDS, whole_word=False),))


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.sampled_from([*KEYWORDS, " ", "-", "q", "ba", "ib"]), max_size=80),
    window=st.integers(min_value=1, max_value=40),
    piece=st.integers(min_value=1, max_value=40),
)
def test_windows_find_exactly_what_one_pass_finds(
    pieces: list[str], window: int, piece: int
) -> None:
    """Windows of the text, and pieces of a window for the automaton, change nothing."""
    text = "".join(pieces)
    whole = keywords(text, SCANNER.scan(text, window=len(text) + 1))
    with patch.object(anchors, "PIECE", piece):
        assert keywords(text, SCANNER.scan(text, window=window)) == whole
        assert keywords(text, SCANNER.scan(text, window=len(text) + 1)) == whole
    assert whole == [(start, k) for start, k in leftmost_longest(text) if starts_word(text, start)]


def keywords(text: str, hits: list[Hit]) -> list[tuple[int, str]]:
    return [(hit.keyword_start, text[hit.keyword_start : hit.keyword_end]) for hit in hits]


def starts_word(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_-")


def leftmost_longest(text: str) -> list[tuple[int, str]]:
    """The definition, by brute force."""
    found, start = [], 0
    while start < len(text):
        matching = [k for k in KEYWORDS if text.startswith(k, start)]
        if matching:
            keyword = max(matching, key=len)
            found.append((start, keyword))
            start += len(keyword)
        else:
            start += 1
    return found


def test_hits_per_anchor_are_capped() -> None:
    hits = SCANNER.scan("bank " * (MAX_HITS_PER_ANCHOR * 3))
    assert len(hits) == MAX_HITS_PER_ANCHOR


def test_lone_surrogates_hide_no_keyword() -> None:
    """Text decoded with ``surrogateescape`` holds lone surrogates, which UTF-8 cannot carry."""
    text = "\udcfcbank \udcff iban\udcfc verbindung"
    assert keywords(text, SCANNER.scan(text)) == [(1, "bank"), (8, "iban"), (14, "verbindung")]


def test_a_keyword_cannot_hold_the_stand_in_for_surrogates() -> None:
    with pytest.raises(ValueError, match="U\\+FFFD"):
        Scanner((Anchor("test", ("a\ufffdb",)),))


def _anchors_with_needs() -> list[Anchor]:
    config = default_config()
    every = (
        *identifiers.ANCHORS,
        *personal.ANCHORS,
        *persons.ANCHORS,
        *references.CASE_ANCHORS,
        *health.anchors(config),
        *lines.anchors(config),
    )
    return [anchor for anchor in every if anchor.needs is not None]


TAIL_PIECES = (
    *(" ", "  ", "\t", "\n", "\r\n", ".", ":", "#", "-", "/", ",", "(", "ä", "€", "£", "$", "%"),
    *("nr", "no", "number", "nummer", "id", "lautet", "ist", "is", "reads", "vom", "am", "ca"),
    *("approx", "rd", "eur", "euro", "gbp", "usd", "uhr", "km", "ab", "abc", "x", "hr", "k", "e"),
    *("monatlich brutto", "im jahr etwa "),
    *("0", "1", "12", "123", "2026", "4711", "3.500", "118,000", "00", "31-610", "7731-20458"),
)


@pytest.mark.parametrize("anchor", _anchors_with_needs(), ids=lambda anchor: anchor.detector)
@settings(max_examples=3000, deadline=None)
@given(pieces=st.lists(st.sampled_from(TAIL_PIECES), max_size=30))
def test_a_tail_matches_only_where_what_it_needs_matches(anchor: Anchor, pieces: list[str]) -> None:
    """``Anchor.needs`` lets the scan skip the tail: it must hold wherever the tail matches."""
    text = "".join(pieces)
    assert anchor.tail is not None and anchor.needs is not None
    if anchor.tail.match(text):
        assert anchor.needs.match(text), text


@pytest.mark.parametrize(
    ("detector", "after"),
    [
        ("reference", " nr. hr 7731-20458"),
        ("reference", " \n\t nummer lautet: kb-c 123"),
        ("income", " von ca. 3.500 €"),
        ("income", "x" * 40 + "euro 1000"),  # the furthest first digit
    ],
)
def test_the_tails_checked_above_match_with_what_they_need(detector: str, after: str) -> None:
    """The property above is not empty, and holds at its edges."""
    anchors = [a for a in _anchors_with_needs() if a.detector == detector]
    assert any(
        a.tail is not None and a.tail.match(after) and a.needs is not None and a.needs.match(after)
        for a in anchors
    )


def test_a_window_of_one_short_keyword_repeated_is_searched_in_pieces() -> None:
    """The automaton's list of matches is bounded by a piece, not by the window (1 MiB)."""
    scanner = Scanner((Anchor("dose", ("mg",), max_hits=4),))
    text = "mg " * 150_000  # 150,000 matches in one window: some 20 MB as one list
    tracemalloc.start()
    try:
        hits = scanner.scan(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(hits) == 4
    assert peak < 15_000_000
