"""Tables as the detectors can read them: each row as "heading: value" pairs.

A list of insured employees has "Geburtsdatum" once, in the heading, and the
dates below it; read cell by cell, no date would stand after its word. Written
as records ("Name: Erika Muster; Geburtsdatum: 12.05.1968") every datum stands
beside the word that names it, as the anchored detectors expect.

Attachments' tables are rendered so (:func:`render`). A table pasted into a mail's
text, with pipes or tabs between the cells, is read so too (:func:`labelled`): there
the headings are only inserted before the cells, so that every finding can be
mapped back to the text that is sent and pseudonymised. The classifier reads such a text
as it is as well, so that a heading inserted between a label and its value ("Feld | Wert")
hides nothing.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator, Sequence

from siegel.core.classify.shown import Shown

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


_RULE = re.compile(r"^[\s|:+]*-[\s|:+-]*$")  # a Markdown or ASCII-art line between rows
MAX_HEADING = 64  # characters of a heading's cell; a longer one is no heading


def labelled(text: str) -> Shown:
    """``text`` with each cell of a pasted table preceded by its heading ("Geburtsdatum: ").

    A pasted table is a run of lines with the same number (two or more) of cells
    between pipes or tabs, whose first line is a heading. The inserted words are the
    changed places of the returned :class:`Shown`, so its positions map back to ``text``.
    """
    if "|" not in text and "\t" not in text:
        return Shown(text, array("q"), array("q"), array("q"), array("q"))
    insertions, grown = [], 0
    for place in (place for table in _pasted(text) for place in _headed(table)):
        grown += len(place[1])
        if grown > len(text):  # at most twice the text: a hostile table cannot grow it more
            break
        insertions.append(place)
    return _inserted(text, insertions)


def _pasted(text: str) -> Iterator[list[list[tuple[int, str]]]]:
    """Runs of table lines, each line as its cells (position, content)."""
    run: list[list[tuple[int, str]]] = []
    position = 0
    for line in text.splitlines(keepends=True):
        ruled = _RULE.match(line) is not None
        cells = None if ruled else _cells(line, position)
        position += len(line)
        if ruled and run:
            continue  # a rule between the rows belongs to the table
        if cells is not None and run and len(cells) == len(run[0]):
            run.append(cells)
            continue
        if len(run) > 1:
            yield run
        run = [cells] if cells is not None else []
    if len(run) > 1:
        yield run


def _cells(line: str, position: int) -> list[tuple[int, str]] | None:
    separator = "\t" if "\t" in line else "|" if "|" in line else None
    if separator is None:
        return None
    cells, start = [], 0
    body = line.rstrip("\r\n")
    for piece in body.split(separator):
        content = piece.strip()
        offset = start + len(piece) - len(piece.lstrip())
        cells.append((position + offset, content))
        start += len(piece) + 1
    if separator == "|":  # outer pipes: "| a | b |" has no cell before the first one
        cells = cells[1:] if cells and not cells[0][1] else cells
        cells = cells[:-1] if cells and not cells[-1][1] else cells
    return cells if len(cells) >= 2 else None


def _headed(table: list[list[tuple[int, str]]]) -> Iterator[tuple[int, str]]:
    """(position, "heading: ") for each filled cell below a heading."""
    heading = [" ".join(content.split()) for _, content in table[0][:MAX_COLUMNS]]
    if not _is_heading(heading) or any(len(name) > MAX_HEADING for name in heading):
        return
    for row in table[1 : MAX_RECORDS + 1]:
        for name, (position, content) in zip(heading, row[:MAX_COLUMNS], strict=True):
            if name and content:
                yield position, f"{name}: "


def _inserted(text: str, insertions: list[tuple[int, str]]) -> Shown:
    starts, ends, original_starts, original_ends = array("q"), array("q"), array("q"), array("q")
    pieces: list[str] = []
    done = grown = 0
    for position, words in insertions:
        pieces += [text[done:position], words]
        starts.append(position + grown)
        grown += len(words)
        ends.append(position + grown)
        original_starts.append(position)
        original_ends.append(position)
        done = position
    pieces.append(text[done:])
    return Shown("".join(pieces), starts, ends, original_starts, original_ends)
