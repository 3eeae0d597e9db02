"""Replace the personal data classification found by stable placeholders.

The same value gets the same placeholder within one mail ("[IBAN-1]" everywhere
the same IBAN occurs, whatever its spacing or case), so the text still reads and
a reply can be matched by the insurer; the mapping back to the values stays inside
the insurer (the caller keeps it or discards it, it never leaves with the mail).
Pass the mapping of one part (the subject) into the next (the body) to keep the
placeholders of one mail consistent.

Nothing found is left half-visible: overlapping findings are merged and replaced
as one. A finding whose offsets do not fit the text is an error, never skipped —
offsets from a different text would replace the wrong characters and leave the
datum itself in the mail.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Protocol

PLACEHOLDER = re.compile(r"\[([0-9A-ZÄÖÜ_]+)-([0-9]+)\]")
FALLBACK_KIND = "DATEN"


class PseudonymisationError(ValueError):
    """The findings do not fit the text, so it cannot be pseudonymised safely."""


class Span(Protocol):
    """What a classification finding offers: where the datum is and what kind it is.

    ``kind`` empty or ``start`` negative: a finding without a replaceable datum
    (a health term, a marking), left as it is.
    """

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def kind(self) -> str: ...


def _placeholder_kind(kind: str) -> str:
    cleaned = re.sub(r"[^0-9A-ZÄÖÜ_]", "", kind.upper().replace(" ", "_"))
    return cleaned or FALLBACK_KIND


def _identity(value: str) -> str:
    """Two spellings of one datum (spacing, case) are the same datum."""
    return "".join(value.split()).casefold()


def _regions(text: str, spans: Iterable[Span]) -> list[tuple[int, int, str]]:
    """The replaceable spans in text order, overlapping ones merged (the first one's kind)."""
    usable = []
    for span in spans:
        if not span.kind or span.start < 0:
            continue
        if not span.start < span.end <= len(text):
            raise PseudonymisationError(
                f"finding {span.kind} at {span.start}..{span.end} does not fit a text of "
                f"{len(text)} characters"
            )
        usable.append((span.start, span.end, span.kind))
    regions: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(usable, key=lambda s: (s[0], -s[1])):
        if regions and start < regions[-1][1]:
            first_start, first_end, first_kind = regions[-1]
            regions[-1] = (first_start, max(first_end, end), first_kind)
        else:
            regions.append((start, end, kind))
    return regions


def pseudonymise(
    text: str, spans: Iterable[Span], *, mapping: Mapping[str, str] | None = None
) -> tuple[str, dict[str, str]]:
    """``text`` with every span replaced; returns the new text and placeholder → original.

    ``mapping`` is what earlier parts of the same mail produced; its placeholders
    are reused for the same values and the result contains it as well.
    """
    result = dict(mapping or {})
    by_identity = {_identity(value): placeholder for placeholder, value in result.items()}
    counters: dict[str, int] = {}
    for known in result:
        match = PLACEHOLDER.fullmatch(known)
        if match:
            kind, number = match.group(1), int(match.group(2))
            counters[kind] = max(counters.get(kind, 0), number)
    pieces: list[str] = []
    position = 0
    for start, end, kind in _regions(text, spans):
        value = text[start:end]
        placeholder = by_identity.get(_identity(value))
        if placeholder is None:
            label = _placeholder_kind(kind)
            counters[label] = counters.get(label, 0) + 1
            placeholder = f"[{label}-{counters[label]}]"
            by_identity[_identity(value)] = placeholder
            result[placeholder] = value
        pieces += [text[position:start], placeholder]
        position = end
    pieces.append(text[position:])
    return "".join(pieces), result
