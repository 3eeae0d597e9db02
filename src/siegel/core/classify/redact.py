"""Snippets for findings that show enough to recognise, never the datum itself."""

from __future__ import annotations

import re

_DIGIT = re.compile(r"\d")  # neighbouring numbers may be personal data too


def mask(value: str, keep_start: int = 2, keep_end: int = 2) -> str:
    compact = value.strip()
    if len(compact) <= keep_start + keep_end:
        return "*" * len(compact)
    return (
        compact[:keep_start]
        + "*" * (len(compact) - keep_start - keep_end)
        + compact[len(compact) - keep_end :]
    )


def context(text: str, start: int, end: int, width: int = 24) -> str:
    """The words around a match, on its line, with the match itself masked."""
    before = text[max(0, start - width) : start]
    before = before[before.rfind("\n") + 1 :]
    after = text[end : end + width]
    line_end = after.find("\n")
    # Both sides masked in one substitution: a digit's mark takes its place, so the sides keep
    # their lengths.
    around = _DIGIT.sub("•", before + (after if line_end < 0 else after[:line_end]))
    before, after = around[: len(before)], around[len(before) :]
    return f"…{before}{mask(text[start:end])}{after}…".strip()
