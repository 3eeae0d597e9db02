"""A ZIP archive written as it is sent: members go in piece by piece, bytes come out as made.

The standard library's :mod:`zipfile` writes to any object with ``write``; given
one that cannot seek, it puts each member's sizes and CRC in a data descriptor
after the member's data instead of going back to its header. :func:`stream_zip`
hands it such a sink and yields what the sink holds after every piece, so memory
holds one piece of one member (and the compressor's window) at a time, whatever
the archive's size. Every ZIP reader (7-Zip, Windows, macOS, ``unzip``, Python)
reads data descriptors.

Pure: no Django; the caller supplies each member's pieces (decrypted content,
for instance) as an iterable that is only started when the member is written.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

# What the sink gathers before it is drained: small enough to stay bounded, large
# enough that a response is not sent as thousands of tiny chunks.
DRAIN_AT = 64 * 1024
WRITE_SLICE = 256 * 1024  # what the compressor gets at once


@dataclass(frozen=True)
class Member:
    """One file of the archive.

    ``size`` is the uncompressed size when known: at 2 GiB or more the member is
    written as ZIP64. A member of unknown size (``None``) must stay below that;
    :mod:`zipfile` refuses it otherwise (``RuntimeError``), and the archive is cut off.
    """

    name: str
    pieces: Callable[[], Iterable[bytes]]
    size: int | None = None
    modified: dt.datetime | None = None


class _Sink:
    """A write-only, unseekable file: ``zipfile`` writes into it, the generator drains it."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def write(self, data: bytes) -> int:
        self._buffer += data
        return len(data)

    def flush(self) -> None:
        return None

    def close(self) -> None:
        return None

    def __len__(self) -> int:
        return len(self._buffer)

    def take(self) -> bytes:
        data = bytes(self._buffer)
        self._buffer.clear()
        return data


def _info(member: Member, compression: int) -> zipfile.ZipInfo:
    moment = member.modified or dt.datetime.now()
    # ZIP keeps local time without a zone, from 1980 on.
    stamp = max(moment.timetuple()[:6], (1980, 1, 1, 0, 0, 0))
    info = zipfile.ZipInfo(member.name, date_time=stamp)
    info.compress_type = compression
    info.file_size = member.size or 0
    info.external_attr = 0o600 << 16  # a plain file, readable by its owner (as writestr does)
    return info


def stream_zip(
    members: Iterable[Member], *, compression: int = zipfile.ZIP_DEFLATED
) -> Iterator[bytes]:
    """The archive of ``members``, in chunks of about :data:`DRAIN_AT` bytes or one piece.

    An exception from a member's pieces propagates: the archive is then incomplete,
    so callers check their content before they start sending.
    """
    sink = _Sink()
    with zipfile.ZipFile(sink, "w", compression) as archive:
        for member in members:
            info = _info(member, compression)
            with archive.open(info, "w") as entry:
                for piece in member.pieces():
                    view = memoryview(piece)
                    # In slices, so the sink never holds more than a slice's output.
                    for start in range(0, len(view), WRITE_SLICE):
                        entry.write(view[start : start + WRITE_SLICE])
                        if len(sink) >= DRAIN_AT:
                            yield sink.take()
            if len(sink) >= DRAIN_AT:
                yield sink.take()
    tail = sink.take()
    if tail:
        yield tail
