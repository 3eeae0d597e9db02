"""Plain text sent as ``format=flowed`` (RFC 3676), joined as a mail program shows it.

Thunderbird, Apple Mail and others wrap long lines at about 72 characters and mark each
soft break with a space at the end of the line; the receiving program joins such lines
again. Read as sent, a datum wrapped at a soft break ("Steuernummer" at the end of one
line, "241/272/50123" at the start of the next; an IBAN in two pieces) is not found.
"""

from __future__ import annotations

import re

SIGNATURE_SEPARATOR = "-- "


def unflowed(text: str, delete_space: bool = False) -> str:
    """``text`` with every soft line break removed (quoted lines only join their own depth;
    the signature separator "-- " is a line of its own).

    With ``DelSp=yes`` the space that marks a soft break is not part of the text and is
    dropped as well. The space that stuffs a joined line (RFC 3676, 4.4) is removed.

    A joined line is kept as its pieces and joined once: adding each piece to the line so far
    copied it for every soft break, in time that grew with the square of a long line ("a " on
    every line: 11 s for 2 MB; review, issue 14).
    """
    done: list[str] = []
    pieces: list[str] = []  # the line being joined
    flowed_depth = -1  # the quote depth of a line that flows into the next, -1 for none
    for number, line in enumerate(text.split("\n")):
        quote = _QUOTE.match(line)
        depth = quote.group().count(">") if quote else 0
        rest = line[quote.end() if quote else 0 :]
        separator = rest.rstrip("\r") == SIGNATURE_SEPARATOR
        if depth == flowed_depth and not separator:
            piece = rest[1:] if rest.startswith(" ") else rest
            if piece:
                pieces.append(piece)
        else:
            if number:
                done.append("".join(pieces))
            pieces = [line]
        if _ends(pieces, " ") and not separator:
            if delete_space:
                _trim(pieces, 1)
            flowed_depth = depth
        elif _ends(pieces, " \r") and not separator:
            _trim(pieces, 2 if delete_space else 1)
            flowed_depth = depth
        else:
            flowed_depth = -1
    done.append("".join(pieces))
    return "\n".join(done)


def _ends(pieces: list[str], suffix: str) -> bool:
    """Whether the line of ``pieces`` ends with ``suffix``, reading only its last pieces."""
    tail = ""
    for piece in reversed(pieces):
        tail = piece + tail
        if len(tail) >= len(suffix):
            break
    return tail.endswith(suffix)


def _trim(pieces: list[str], count: int) -> None:
    """The line of ``pieces`` without its last ``count`` characters."""
    while count:
        last = pieces[-1]
        cut = min(count, len(last))
        pieces[-1] = last[: len(last) - cut]
        count -= cut
        if not pieces[-1] and len(pieces) > 1:
            pieces.pop()


_QUOTE = re.compile(r"(?:> ?)+")
