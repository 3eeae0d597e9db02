"""Word lists as one trie-shaped regular expression, and text lowered for matching.

Python's regex engine tries the alternatives of ``a|b|c`` one by one at every
position; the same words arranged as a trie (``kranken(?:haus|kasse)``) fail at
the first wrong letter. On lowered text no case-insensitive matching is needed.
Both together keep classification above 20 MB/s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(trie)


def _render(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    ends = "" in node
    branches = [re.escape(char) + _render(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def lowered(text: str) -> str:
    """``text.lower()`` with the same length, so match positions stay valid in ``text``."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
