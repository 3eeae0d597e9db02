"""Reading the message of an SMTP DATA command in pieces, not line by line.

aiosmtpd reads the DATA phase one line per ``await``: for a 50 KB mail that is
some 700 trips through the event loop, more CPU than the rest of the SMTP
conversation. :func:`read_data` asks the stream for everything up to the end
marker ``CRLF . CRLF`` at once instead (the stream hands it over in pieces of at
most its limit), then undoes the dot-stuffing in one call (RFC 5321 4.5.2).

It keeps aiosmtpd's rules: only CRLF.CRLF ends the message (no bare CR or LF
variant: SMTP smuggling), the size limit counts the message as sent (dots
included, the end marker not), a line longer than ``line_length_limit`` octets
(CRLF included) is refused with 500, and a refused message is still read to its
end marker so the next command is understood — only nothing of it is kept. One
difference: a message both too large and with a too long line is answered 552
(aiosmtpd answered whichever it met first); both refuse the mail for good.
Nothing after the end marker is read: a pipelining client's next command stays
in the stream. Hostile input costs at most one read per line, as in aiosmtpd; mail is read in pieces of about the stream limit.
"""

from __future__ import annotations

import asyncio

END = b"\r\n.\r\n"
# The starts of the end marker, longest first. When what was read ends with one,
# the marker may go on in the stream, where ``readuntil(END)`` would not see it
# whole. Then exactly the octets that would complete it are read: they are always
# there, as the marker (this one or a later one) has yet to come. After a lone CR
# the stream is read up to the rest of the marker instead — a suffix of it, so it
# turns up at the latest where the marker ends — because a flood of CRs would
# otherwise be read four octets at a time.
_MARKER_STARTS = tuple(END[:n] for n in range(len(END) - 1, 0, -1))


class DataRefused(Exception):
    """The message was read to its end but is not accepted; ``reply`` says why."""

    def __init__(self, reply: str) -> None:
        super().__init__(reply)
        self.reply = reply


async def read_data(
    reader: asyncio.StreamReader, size_limit: int | None, line_length_limit: int
) -> bytes:
    """The message after the 354 reply up to its end marker, dot-stuffing undone.

    Raises :class:`DataRefused` (552 too much data, 500 line too long) only after
    the end marker was read. ``asyncio.IncompleteReadError`` when the client hangs up.
    """
    # A virtual line end in front: an empty message is then just the end marker.
    data = bytearray(b"\r\n")
    received = 0  # octets read from the stream
    too_much = False
    while not data.endswith(END):
        started = _marker_started(data)
        try:
            if started > 1:
                piece = await reader.readexactly(len(END) - started)
            else:
                piece = await reader.readuntil(END[started:])
        except asyncio.LimitOverrunError as exc:  # a piece as long as the stream allows
            piece = await reader.readexactly(exc.consumed)
        received += len(piece)
        data += piece
        if size_limit and received - len(b".\r\n") > size_limit:
            too_much = True
            del data[: -len(END)]  # keep only what the end marker may start with
    if too_much:
        raise DataRefused("552 Error: Too much mail data")
    if _has_long_line(data, line_length_limit):
        raise DataRefused("500 Line too long (see RFC5321 4.5.3.1.6)")
    del data[-3:]  # ".\r\n"; the CRLF before it ends the last line
    if b"\r\n." in data:
        data = data.replace(b"\r\n.", b"\r\n")
    return bytes(memoryview(data)[2:])  # after the virtual line end


def _marker_started(data: bytearray) -> int:
    """How many octets of the end marker ``data`` ends with (0: none)."""
    for start in _MARKER_STARTS:
        if data.endswith(start):
            return len(start)
    return 0


def _has_long_line(data: bytearray, limit: int) -> bool:
    """A line longer than ``limit`` octets with its CRLF (lines end at CRLF, as in aiosmtpd)."""
    start, end_of_data = 2, len(data)  # after the virtual line end
    while start < end_of_data:
        end = data.find(b"\r\n", start)
        if end < 0:
            end = end_of_data
        if end - start + 2 > limit:
            return True
        start = end + 2
    return False
