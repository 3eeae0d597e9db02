"""Reading OpenPGP keys: what a key is, for whom, until when, and whether it is secret."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pysequoia

from siegel.core.openpgp.errors import MalformedKey

_EMAIL_IN_USER_ID = re.compile(r"<([^<>\s]+@[^<>\s]+)>|^([^<>\s]+@[^<>\s]+)$")


@dataclass(frozen=True)
class PgpKeyInfo:
    fingerprint: str
    email_addresses: tuple[str, ...]
    expiration: dt.datetime | None
    revoked: bool
    has_secret: bool
    public_key: bytes  # binary transferable public key (as WKD serves it)
    armored_public_key: str

    def valid_at(self, moment: dt.datetime) -> bool:
        return not self.revoked and (self.expiration is None or moment < self.expiration)


def email_addresses(user_ids: list[str]) -> tuple[str, ...]:
    found = []
    for user_id in user_ids:
        match = _EMAIL_IN_USER_ID.search(user_id.strip())
        if match:
            found.append((match.group(1) or match.group(2)).lower())
    return tuple(dict.fromkeys(found))


def load_key(data: bytes) -> tuple[PgpKeyInfo, bytes | None]:
    """Parse an armoured or binary key; returns its facts and the secret key bytes if present."""
    try:
        tsk: pysequoia.Tsk | None = pysequoia.Tsk.from_bytes(data)
    except Exception:  # unreadable as a key at all: Cert.from_bytes below says why
        tsk = None
    try:
        cert = tsk.extract_certificate() if tsk is not None else pysequoia.Cert.from_bytes(data)
    except Exception as exc:  # pysequoia raises plain exceptions for every parse error
        raise MalformedKey(f"not an OpenPGP key: {exc}") from None
    # A Tsk also parses a public key; it holds secrets only when it differs from its certificate.
    secret = bytes(tsk) if tsk is not None and bytes(tsk) != bytes(cert) else None
    info = PgpKeyInfo(
        fingerprint=cert.fingerprint.lower(),
        email_addresses=email_addresses([str(u) for u in cert.user_ids]),
        expiration=cert.expiration,
        revoked=cert.is_revoked,
        has_secret=secret is not None,
        public_key=bytes(cert),
        armored_public_key=str(cert),
    )
    return info, secret
