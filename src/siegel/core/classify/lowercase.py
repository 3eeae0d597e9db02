"""Text lowered for keyword matching, with every position unchanged."""

from __future__ import annotations

PIECE = 1 << 20  # characters lowered at once (see lowered)
# Every Latin-1 character lowered, by its code: each stays one character of Latin-1.
_LATIN_1_LOWER = bytes(range(256)).decode("latin-1").lower().encode("latin-1")


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
    if text.isascii():
        return text.lower()
    try:
        return _lowered_latin_1(text)
    except UnicodeEncodeError:
        pass
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _lowered_latin_1(text: str) -> str:
    """A text of Latin-1 characters only (German without "€" or typographic quotes) lowered
    through a byte table: ``str.lower`` looks up each non-ASCII character's case mapping,
    four times slower. Raises UnicodeEncodeError for any other text."""
    return text.encode("latin-1").translate(_LATIN_1_LOWER).decode("latin-1")
