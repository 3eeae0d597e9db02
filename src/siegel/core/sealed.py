"""Content sealed at rest in pieces: AES-256-GCM per chunk under a per-message data key.

A portal message's parts (the original mail, its text, its attachments) may be
tens of megabytes; sealing them in chunks lets them be stored and served without
holding a whole part in memory. Each chunk is authenticated together with the
part's context, its index and whether it is the last one, so a chunk cannot be
swapped, reordered, dropped or cut off without :class:`TamperedContent` — a
reader never gets partial content that passes for complete.

The data key is random per message and itself sealed under the master key by
the caller; destroying it (with the message) makes every copy of the content,
backups included, unreadable.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable, Iterable, Iterator

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"SIEGEL-SEALED-1\n"
CHUNK = 1 << 20  # plaintext bytes per chunk
_LENGTH = struct.Struct(">I")
_NONCE = 12
_TAG = 16


class TamperedContent(Exception):
    """Sealed content that does not open: altered, cut off, reordered, or under another key."""


def new_data_key() -> bytes:
    """A fresh 256-bit key for one message."""
    return AESGCM.generate_key(bit_length=256)


def _aad(context: str, index: int, last: bool) -> bytes:
    return f"{context}\0{index}\0{int(last)}".encode()


def seal(key: bytes, context: str, pieces: Iterable[bytes]) -> Iterator[bytes]:
    """The sealed form of the bytes ``pieces`` yield, in pieces of about :data:`CHUNK` bytes."""
    cipher = AESGCM(key)
    yield MAGIC
    index = 0
    pending = b""
    for piece in _rechunked(pieces):
        if index or pending:
            yield _record(cipher, context, index, pending, last=False)
            index += 1
        pending = piece
    yield _record(cipher, context, index, pending, last=True)


def _rechunked(pieces: Iterable[bytes]) -> Iterator[bytes]:
    buffer = bytearray()
    for piece in pieces:
        buffer += piece
        while len(buffer) >= CHUNK:
            yield bytes(buffer[:CHUNK])
            del buffer[:CHUNK]
    if buffer:
        yield bytes(buffer)


def _record(cipher: AESGCM, context: str, index: int, chunk: bytes, *, last: bool) -> bytes:
    nonce = os.urandom(_NONCE)
    sealed = cipher.encrypt(nonce, chunk, _aad(context, index, last))
    return _LENGTH.pack(len(sealed)) + nonce + sealed


def open_sealed(key: bytes, context: str, read: Callable[[int], bytes]) -> Iterator[bytes]:
    """The plaintext chunks of sealed content read through ``read(n)`` (a file's ``read``).

    Raises :class:`TamperedContent` as soon as a chunk fails, and at the end when
    the last chunk never came: callers must not have sent anything they cannot
    take back before the iteration ended (stream only after a full check, or
    accept that a cut-off download fails visibly).
    """
    if read(len(MAGIC)) != MAGIC:
        raise TamperedContent("not sealed content (header missing)")
    cipher = AESGCM(key)
    index = 0
    while True:
        header = read(_LENGTH.size)
        if not header:
            raise TamperedContent("cut off: the last piece is missing")
        if len(header) != _LENGTH.size:
            raise TamperedContent("cut off inside a piece")
        (length,) = _LENGTH.unpack(header)
        if length < _TAG or length > CHUNK + _TAG:
            raise TamperedContent(f"piece {index} has an impossible length")
        nonce, body = read(_NONCE), read(length)
        if len(nonce) != _NONCE or len(body) != length:
            raise TamperedContent("cut off inside a piece")
        chunk, last = _open_record(cipher, context, index, nonce, body)
        yield chunk
        if last:
            if read(1):
                raise TamperedContent("data after the last piece")
            return
        index += 1


def _open_record(
    cipher: AESGCM, context: str, index: int, nonce: bytes, body: bytes
) -> tuple[bytes, bool]:
    for last in (False, True):
        try:
            return cipher.decrypt(nonce, body, _aad(context, index, last)), last
        except InvalidTag:
            continue
    raise TamperedContent(f"piece {index} does not open (altered, moved or another key)")


def seal_bytes(key: bytes, context: str, data: bytes) -> bytes:
    """Small content (a message's summary) sealed in one go."""
    return b"".join(seal(key, context, [data]))


def open_bytes(key: bytes, context: str, sealed: bytes) -> bytes:
    """The plaintext of :func:`seal_bytes` output (or any sealed content that fits in memory)."""
    position = 0

    def read(size: int) -> bytes:
        nonlocal position
        piece = sealed[position : position + size]
        position += len(piece)
        return piece

    return b"".join(open_sealed(key, context, read))
