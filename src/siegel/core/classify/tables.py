"""Tables as the detectors can read them: each row as "heading: value" pairs.

A list of insured employees has "Geburtsdatum" once, in the heading, and the
dates below it; read cell by cell, no date would stand after its word. Written
as records ("Name: Erika Muster; Geburtsdatum: 12.05.1968") every datum stands
beside the word that names it, as the anchored detectors expect.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

MAX_COLUMNS = 64
MAX_RECORDS = 10_000  # rows written as records; later rows as they are (bounded growth)
_DATUM = re.compile(r"^[\d\s.,:/+€$%-]*$")  # numbers, dates, amounts: not a heading


def render(rows: Iterable[Sequence[str]]) -> str:
    """The rows as lines; after a heading row, the rows below it as records."""
    lines: list[str] = []
    heading: list[str] | None = None
    for raw in rows:
        row = [" ".join(cell.split()) for cell in raw[:MAX_COLUMNS]]
        if not any(row):
            continue
        if not lines:
            heading = row if _is_heading(row) else None
        elif heading is not None and len(lines) <= MAX_RECORDS:
            lines.append(_record(heading, row))
            continue
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n" if lines else ""


def _record(heading: list[str], row: list[str]) -> str:
    return "; ".join(
        f"{name}: {value}" if name else value
        for name, value in zip(heading, row, strict=False)
        if value
    )


def _is_heading(row: Sequence[str]) -> bool:
    named = [cell for cell in row if cell]
    return len(named) >= 2 and not any(_DATUM.match(cell) for cell in named)
