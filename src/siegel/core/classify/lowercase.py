"""Text lowered for keyword matching, with every position unchanged."""

from __future__ import annotations


def lowered(text: str) -> str:
    """``text.lower()`` with the same length, so match positions stay valid in ``text``.

    A few characters grow when lowered (``"İ"`` becomes two); those stay as they are.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
