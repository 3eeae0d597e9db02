"""Text lowered for keyword matching, with every position unchanged."""

from __future__ import annotations

PIECE = 1 << 20  # characters lowered at once (see lowered)


def lowered(text: str) -> str:
    """``text.lower()`` with the same length, so match positions stay valid in ``text``.

    A few characters grow when lowered (``"İ"`` becomes two); those stay as they are.
    Long texts are lowered a piece at a time: ``str.lower`` sets aside four bytes
    times three for every character of a text that is not ASCII, which for a 25 MB
    mail would be 300 MB at once.
    """
    if len(text) <= PIECE:
        return _lowered_piece(text)
    return "".join(
        _lowered_piece(text[start : start + PIECE]) for start in range(0, len(text), PIECE)
    )


def _lowered_piece(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
