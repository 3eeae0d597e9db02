"""Wrapping DER pieces into the few outer structures Siegel encodes per message.

asn1crypto re-checks and re-encodes a whole structure on every dump; for each
signed mail that cost more CPU than the RSA signature itself. The pieces that
stay the same (certificates, algorithm identifiers, attribute types) are encoded
by asn1crypto once; what changes per message (a digest, the time, the
signature) is wrapped here. Only tag-length-value framing is done here — no
type knows its own encoding — and the tests check every result against
asn1crypto's encoding of the same structure, byte for byte.
"""

from __future__ import annotations

SEQUENCE = 0x30
SET = 0x31
OCTET_STRING = 0x04


def length(size: int) -> bytes:
    """The DER length octets (X.690 8.1.3: short form below 128, else the shortest long form)."""
    if size < 0x80:
        return bytes((size,))
    octets = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return bytes((0x80 | len(octets),)) + octets


def header(tag: int, size: int) -> bytes:
    """Identifier and length octets of an element of ``size`` content octets (the content may
    follow in pieces: an envelope writes its header before the ciphertext exists)."""
    return bytes((tag,)) + length(size)


def tlv(tag: int, *content: bytes) -> bytes:
    """One element: ``tag`` (a single identifier octet), its length, the content."""
    body = b"".join(content)
    return header(tag, len(body)) + body


def sequence(*elements: bytes) -> bytes:
    return tlv(SEQUENCE, *elements)


def set_of(*elements: bytes) -> bytes:
    """A SET OF: DER orders the elements by their encodings (X.690 11.6)."""
    return tlv(SET, *sorted(elements))


def context(number: int, *content: bytes, constructed: bool = True) -> bytes:
    """A context-specific tag ``[number]`` (below 31) around ``content``."""
    return tlv(0x80 | (0x20 if constructed else 0) | number, *content)


def content_of(element: bytes) -> bytes:
    """The content octets of one DER element (what an IMPLICIT retagging keeps)."""
    first = element[1]
    start = 2 if first < 0x80 else 2 + (first & 0x7F)
    return element[start:]
