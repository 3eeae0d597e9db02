"""Reading OpenPGP packets (RFC 9580 section 4/5) that Sequoia frames but does not interpret for us.

Sequoia parses the packet framing (old and new headers, partial lengths,
compression) and hands out packet bodies. pysequoia does not expose some body
fields we need: the recipient of a Public-Key Encrypted Session Key packet (to
say *who* a message is for without holding the key) and the fields of key and
session-key packets (for the compressed sign+encrypt layout, see
:mod:`siegel.core.openpgp.compressed`). This module reads exactly those fields
and nothing more; every out-of-range read is a :class:`MalformedMessage`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeVar

from pysequoia.packet import Packet, PacketPile

from siegel.core.openpgp.errors import MalformedMessage

ANONYMOUS_RECIPIENT = "0" * 16
COMPRESSED_DATA = 8
# pysequoia raises OSError instead of RuntimeError once a message is above Sequoia's buffer size.
SEQUOIA_ERRORS = (RuntimeError, ValueError, OSError)
_MIN_PARTIAL_CHUNK = 512
_Params = ParamSpec("_Params")
_Result = TypeVar("_Result")


class SequoiaPanic(RuntimeError):
    """A Rust panic inside Sequoia, as an ordinary error the callers already classify."""


def sequoia_call(
    call: Callable[_Params, _Result], *args: _Params.args, **kwargs: _Params.kwargs
) -> _Result:
    """Call pysequoia so that a Rust panic cannot escape untyped.

    pyo3 turns a panic into ``pyo3_runtime.PanicException``, a ``BaseException``
    that no ``except Exception`` sees — hostile input (e.g. a session key packet
    decrypting to nothing) triggers one. The class lives in a module pyo3
    creates at run time, so it is recognised by name; everything else, notably
    ``KeyboardInterrupt`` and ``SystemExit``, passes through unchanged.
    """
    try:
        return call(*args, **kwargs)
    except BaseException as exc:
        if type(exc).__name__ != "PanicException":
            raise
        raise SequoiaPanic(f"Sequoia failed on this input: {sequoia_problem(exc)}") from None


def sequoia_problem(exc: BaseException) -> str:
    """Sequoia's messages carry a Rust backtrace after the first line; people need only the first."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def read_packets(data: bytes) -> list[Packet]:
    """The packets of armoured or binary OpenPGP data, containers (compression) unpacked."""
    try:
        packets = list(sequoia_call(PacketPile.from_bytes, data))
        for packet in packets:
            packet.tag  # noqa: B018 -- pysequoia raises here for tags it has no name for
    except SEQUOIA_ERRORS as exc:
        raise MalformedMessage(f"unreadable OpenPGP data: {sequoia_problem(exc)}") from None
    return packets


def pkesk_recipient(body: bytes) -> str:
    """The key id (v3 packet) or fingerprint (v6 packet) a session key is encrypted to.

    All zeros (v3) or an empty key field (v6) mean an anonymous recipient
    ("hidden recipient", gpg --throw-keyids); :data:`ANONYMOUS_RECIPIENT` stands for both.
    """
    fields = PacketBody(body)
    version = fields.byte()
    if version == 3:
        return fields.take(8).hex()
    if version == 6:
        length = fields.byte()
        if length == 0:
            return ANONYMOUS_RECIPIENT
        fields.byte()  # key version; the fingerprint length tells it anyway
        return fields.take(length - 1).hex()
    raise MalformedMessage(f"public-key encrypted session key packet of unknown version {version}")


def packet_tag(data: bytes) -> int:
    """The tag of the packet ``data`` starts with (RFC 9580 4.2), -1 when there is none."""
    if not data or not data[0] & 0x80:
        return -1
    return data[0] & 0x3F if data[0] & 0x40 else (data[0] >> 2) & 0x0F


def split_packet(data: bytes) -> tuple[int, bytes, bytes]:
    """(tag, body, what follows) of the first packet, partial body lengths joined.

    Used where Sequoia must not see the packet: it would decompress a compressed
    packet without any size limit. Partial chunks shorter than 512 octets are
    refused (RFC 9580 requires that of the first; no implementation writes
    smaller ones), so hostile framing cannot cost a loop turn per octet.
    """
    tag, fields = packet_tag(data), PacketBody(data, position=1)
    if tag < 0:
        raise MalformedMessage("OpenPGP data does not start with a packet header")
    if not data[0] & 0x40:
        kind = data[0] & 3
        if kind == 3:  # old format, indeterminate length: the body runs to the end
            return tag, fields.rest(), b""
        body = fields.take(int.from_bytes(fields.take(1 << kind), "big"))
        return tag, body, fields.rest()
    chunks = []
    while True:
        length, partial = _new_length(fields)
        if partial and length < _MIN_PARTIAL_CHUNK:
            raise MalformedMessage("OpenPGP packet split into chunks of under 512 octets")
        chunks.append(fields.take(length))
        if not partial:
            return tag, b"".join(chunks), fields.rest()


def _new_length(fields: PacketBody) -> tuple[int, bool]:
    """A new-format body length (RFC 9580 4.2.1): (length, whether more chunks follow)."""
    first = fields.byte()
    if first < 192:
        return first, False
    if first < 224:
        return ((first - 192) << 8) + fields.byte() + 192, False
    if first == 255:
        return int.from_bytes(fields.take(4), "big"), False
    return 1 << (first & 0x1F), True


class PacketBody:
    """A cursor over a packet body: octets, fixed-size fields and multiprecision integers."""

    def __init__(self, body: bytes, position: int = 0) -> None:
        self.body = body
        self.position = position

    def take(self, count: int) -> bytes:
        end = self.position + count
        if count < 0 or end > len(self.body):
            raise MalformedMessage("OpenPGP packet is shorter than its fields say (truncated)")
        chunk = self.body[self.position : end]
        self.position = end
        return chunk

    def byte(self) -> int:
        return self.take(1)[0]

    def mpi(self) -> bytes:
        """A multiprecision integer (RFC 9580 3.2): two octets bit count, then big-endian octets."""
        bits = int.from_bytes(self.take(2), "big")
        return self.take((bits + 7) // 8)

    def short_field(self) -> bytes:
        """One length octet, then that many octets (curve OIDs, KDF parameters, wrapped keys)."""
        return self.take(self.byte())

    def rest(self) -> bytes:
        return self.take(len(self.body) - self.position)
