"""Replace the personal data classification found by stable placeholders.

The same value gets the same placeholder within one mail ("[IBAN-1]" everywhere
the same IBAN occurs), so the text still reads; the mapping back to the values
stays inside the insurer (the caller keeps or discards it, it never leaves).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol


class Span(Protocol):
    """What a classification finding offers: where the datum is and what kind it is."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def kind(self) -> str: ...


def pseudonymise(text: str, spans: Iterable[Span]) -> tuple[str, dict[str, str]]:
    """``text`` with every span replaced; returns the new text and placeholder → original."""
    usable = sorted(
        (s for s in spans if s.kind and 0 <= s.start < s.end <= len(text)),
        key=lambda s: (s.start, -s.end),
    )
    placeholders: dict[str, str] = {}  # original value -> placeholder
    counters: dict[str, int] = {}
    pieces, position = [], 0
    for span in usable:
        if span.start < position:  # overlapping a span already replaced
            continue
        value = text[span.start : span.end]
        if value not in placeholders:
            counters[span.kind] = counters.get(span.kind, 0) + 1
            placeholders[value] = f"[{span.kind}-{counters[span.kind]}]"
        pieces += [text[position : span.start], placeholders[value]]
        position = span.end
    pieces.append(text[position:])
    return "".join(pieces), {placeholder: value for value, placeholder in placeholders.items()}
