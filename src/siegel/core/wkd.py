"""Web Key Directory (draft-koch-openpgp-webkey-service): where a key for an address lives."""

from __future__ import annotations

import hashlib

_ZBASE32 = "ybndrfg8ejkmcpqxot1uwisza345h769"


def zbase32(data: bytes) -> str:
    bits = int.from_bytes(data, "big")
    length = len(data) * 8
    padded = length + (-length % 5)
    bits <<= padded - length
    return "".join(_ZBASE32[(bits >> (padded - 5 * (i + 1))) & 31] for i in range(padded // 5))


def wkd_hash(local_part: str) -> str:
    """z-base-32 of the SHA-1 of the lower-cased local part (SHA-1 is the spec's name, not a security use)."""
    return zbase32(hashlib.sha1(local_part.lower().encode("utf-8"), usedforsecurity=False).digest())
