"""The keyword scan: windows give the same hits as one pass; hits per anchor are capped."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from siegel.core.classify.anchors import MAX_HITS_PER_ANCHOR, Anchor, Hit, Scanner

KEYWORDS = ("iban", "ibanx", "bank", "bankverbindung", "verbindung", "an", "a", "xyz")
SCANNER = Scanner((Anchor("test", KEYWORDS, whole_word=False),))


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.sampled_from([*KEYWORDS, " ", "-", "q", "ba", "ib"]), max_size=80),
    window=st.integers(min_value=1, max_value=40),
)
def test_windows_find_exactly_what_one_pass_finds(pieces: list[str], window: int) -> None:
    text = "".join(pieces)
    whole = keywords(text, SCANNER.scan(text, window=len(text) + 1))
    assert keywords(text, SCANNER.scan(text, window=window)) == whole
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
