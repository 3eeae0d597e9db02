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

from pysequoia.packet import Packet, PacketPile

from siegel.core.openpgp.errors import MalformedMessage

ANONYMOUS_RECIPIENT = "0" * 16


def sequoia_problem(exc: BaseException) -> str:
    """Sequoia's messages carry a Rust backtrace after the first line; people need only the first."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def read_packets(data: bytes) -> list[Packet]:
    """The packets of armoured or binary OpenPGP data, containers (compression) unpacked."""
    try:
        packets = list(PacketPile.from_bytes(data))
        for packet in packets:
            packet.tag  # noqa: B018 -- pysequoia raises here for tags it has no name for
    except (RuntimeError, ValueError) as exc:
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
