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
    """
    joined: list[str] = []
    flowed_depth = -1  # the quote depth of a line that flows into the next, -1 for none
    for line in text.split("\n"):
        quote = _QUOTE.match(line)
        depth = quote.group().count(">") if quote else 0
        rest = line[quote.end() if quote else 0 :]
        separator = rest.rstrip("\r") == SIGNATURE_SEPARATOR
        if depth == flowed_depth and not separator:
            joined[-1] += rest[1:] if rest.startswith(" ") else rest
        else:
            joined.append(line)
        last = joined[-1]
        if last.endswith(" ") and not separator:
            joined[-1] = last[:-1] if delete_space else last
            flowed_depth = depth
        elif last.endswith(" \r") and not separator:
            joined[-1] = last[:-2] if delete_space else last[:-1]
            flowed_depth = depth
        else:
            flowed_depth = -1
    return "\n".join(joined)


_QUOTE = re.compile(r"(?:> ?)+")
