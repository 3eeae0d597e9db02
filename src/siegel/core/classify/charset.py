"""A text part's characters, from its bytes and its charset label.

Most labels (UTF-8, ISO-8859-x, Windows-125x) write ASCII as ASCII, so a wrong
label garbles at most a few letters. A few do not: UTF-16, UTF-32 and the EBCDIC
code pages (cp037, cp500, …). Plain ASCII text labelled with one of them decodes
to nonsense — Chinese-looking characters for UTF-16 — which no detector reads,
while the receiving mail program (or person) may well read the bytes as they
are. Such a label, contradicted by its bytes, is doubt: the part counts as
broken (strictly confidential, SPEC section 2), and its text as the bytes say
is read as well so that ``siegel explain`` shows what was in it.
"""

from __future__ import annotations

import codecs
import functools
import re

_PROBE = "Az09 <=>,.;\n"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class Contradicted(ValueError):
    """The bytes of a part are plain text, but its label says otherwise; ``text`` is that text."""

    def __init__(self, label: str, text: str) -> None:
        super().__init__(f"charset {label!r} contradicted by its bytes (plain text)")
        self.text = text


def decoded(data: bytes | memoryview, label: str) -> str:
    """The text the label gives, as a mail program shows it.

    Raises ``LookupError`` for an unknown charset, ``UnicodeError`` when the
    bytes are not valid in a charset that is not ASCII-compatible, and
    :class:`Contradicted` when such a charset labels plain text. ``data`` may be a
    view into the mail, so that a long body is not copied before it is decoded.
    """
    codec = codecs.lookup(label).name
    if codec == "ascii":
        try:
            return str(data, "ascii")
        except UnicodeDecodeError:
            return _guessed(data)  # an unlabelled (or wrongly "us-ascii") 8-bit part
    if _writes_ascii_as_ascii(codec):
        return str(data, codec, "replace")
    plain = _plain_text(data)
    if plain is not None and plain.strip():
        raise Contradicted(label, plain)
    return str(data, codec)


@functools.cache
def _writes_ascii_as_ascii(codec: str) -> bool:
    try:
        return codecs.encode(_PROBE, codec) == _PROBE.encode("ascii")
    except (UnicodeError, LookupError, ValueError):
        return False


def _plain_text(data: bytes | memoryview) -> str | None:
    """``data`` as UTF-8 text if it is that (no control characters, no NUL), else None."""
    try:
        text = str(data, "utf-8")
    except UnicodeDecodeError:
        return None
    return None if _CONTROL.search(text) else text


def _guessed(data: bytes | memoryview) -> str:
    """What mail programs do with 8-bit text without a usable label: UTF-8, else Windows-1252."""
    try:
        return str(data, "utf-8")
    except UnicodeDecodeError:
        return str(data, "cp1252", "replace")
