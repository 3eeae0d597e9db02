"""Sealing private keys at rest under the installation's master key.

A sealed blob is ``b"SGL1" || key id (8 bytes) || nonce (12 bytes) || AES-256-GCM
ciphertext+tag``. The additional authenticated data binds the blob to what it
protects (e.g. ``own-key:<fingerprint>``): a blob copied onto another row does
not open, so an attacker with write access to the database cannot swap keys.

The keyring may hold several master keys: the first seals, every one opens (found
by its id). Rotation therefore needs no downtime: put the new key first, restart,
re-seal every blob (``siegel keys rotate-master-key``), then drop the old key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"SGL1"
KEY_ID_BYTES = 8
NONCE_BYTES = 12
MASTER_KEY_BYTES = 32


class KeyringError(Exception):
    """The master key is missing, malformed, or does not open a blob."""


def key_id(master_key: bytes) -> bytes:
    """A public identifier of a master key (a hash prefix, it reveals nothing useful)."""
    return hashlib.sha256(b"siegel master key id:" + master_key).digest()[:KEY_ID_BYTES]


def sealed_under(blob: bytes) -> str:
    """The id (hex) of the master key that sealed ``blob``; "" for anything that is not a blob.

    Read from the header without opening: the census of what still needs an old key
    before it may be dropped (``siegel keys master-key-status``).
    """
    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + KEY_ID_BYTES:
        return ""
    return blob[len(MAGIC) : len(MAGIC) + KEY_ID_BYTES].hex()


def parse_master_keys(text: str) -> list[bytes]:
    """Master keys from text: one base64 (or url-safe base64) 32-byte key per line, newest first.

    Blank lines and lines starting with ``#`` are ignored.
    """
    keys = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            key = base64.b64decode(line.replace("-", "+").replace("_", "/") + "==", validate=False)
        except (binascii.Error, ValueError):
            raise KeyringError(f"master key on line {number} is not base64") from None
        if len(key) != MASTER_KEY_BYTES:
            raise KeyringError(f"master key on line {number} must be 32 bytes, not {len(key)}")
        keys.append(key)
    if not keys:
        raise KeyringError("no master key configured")
    return keys


def new_master_key_line() -> str:
    return base64.b64encode(os.urandom(MASTER_KEY_BYTES)).decode("ascii")


@dataclass(frozen=True)
class Keyring:
    """Master keys, newest first; ``seal`` uses the first, ``open`` any of them."""

    keys: tuple[bytes, ...]

    def __post_init__(self) -> None:
        if not self.keys:
            raise KeyringError("no master key configured")

    @classmethod
    def from_text(cls, text: str) -> Keyring:
        return cls(tuple(parse_master_keys(text)))

    @property
    def current_id(self) -> str:
        return key_id(self.keys[0]).hex()

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(key_id(k).hex() for k in self.keys)

    def seal(self, secret: bytes, context: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        ciphertext = AESGCM(self.keys[0]).encrypt(nonce, secret, context.encode("utf-8"))
        return MAGIC + key_id(self.keys[0]) + nonce + ciphertext

    def open(self, blob: bytes, context: str) -> bytes:
        header = len(MAGIC) + KEY_ID_BYTES + NONCE_BYTES
        if len(blob) < header + 16 or not blob.startswith(MAGIC):
            raise KeyringError("sealed blob is malformed")
        wanted = blob[len(MAGIC) : len(MAGIC) + KEY_ID_BYTES]
        key = next((k for k in self.keys if key_id(k) == wanted), None)
        if key is None:
            raise KeyringError(f"sealed under master key {wanted.hex()}, which is not configured")
        nonce = blob[len(MAGIC) + KEY_ID_BYTES : header]
        try:
            return AESGCM(key).decrypt(nonce, blob[header:], context.encode("utf-8"))
        except InvalidTag:
            raise KeyringError(
                "sealed blob does not open: tampered or moved to another record"
            ) from None

    def reseal(self, blob: bytes, context: str) -> bytes:
        """Open with whichever key sealed it and seal again with the current one."""
        return self.seal(self.open(blob, context), context)
