"""What a signature check found, stated so a person can read it.

Sequoia asks a callback for the certificates a signature names and then either
reports valid signatures or fails with a generic "no valid signature". That
failure alone cannot tell "not signed", "signed by a stranger" and "signed, but
the signature or the key is bad" apart — yet those lead to very different
treatment (an unknown signer must never block reading; a broken signature must
be shown as a warning). :class:`SignerLookup` is the callback and remembers
what was asked and given, which is exactly what separates the three cases.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pysequoia

from siegel.core.openpgp.keys import PublicKey


class SignatureStatus(enum.StrEnum):
    VALID = "valid"
    INVALID = "invalid"
    UNKNOWN_SIGNER = "unknown_signer"
    UNSIGNED = "unsigned"


@dataclass(frozen=True)
class PgpResult:
    """The opened content and what its signature says.

    ``signer_fingerprint`` is the signer's certificate fingerprint when the signer
    is known, and the key id or fingerprint the signature names when not.
    ``recipients`` are the key ids the message was encrypted to (empty for
    signed-only messages).
    """

    content: bytes
    status: SignatureStatus
    signer_fingerprint: str | None
    recipients: tuple[str, ...]
    reason: str


class SignerLookup:
    """The certificate store Sequoia calls while verifying; keeps what was asked and found."""

    def __init__(self, known: Sequence[PublicKey]) -> None:
        self.known = tuple(known)
        self.asked: list[str] = []
        self.given: list[PublicKey] = []

    def __call__(self, key_handles: list[str]) -> list[pysequoia.Cert]:
        self.asked.extend(h.lower() for h in key_handles)
        found = [k for k in self.known if any(k.has_component(h) for h in key_handles)]
        self.given.extend(k for k in found if k not in self.given)
        return [k.cert for k in found]

    def valid(
        self, content: bytes, valid_sigs: Sequence[Any], recipients: tuple[str, ...]
    ) -> PgpResult:
        signer = str(valid_sigs[0].certificate).lower()
        names = next((k.email_addresses for k in self.given if k.fingerprint == signer), ())
        by = f" by {', '.join(names)}" if names else ""
        return PgpResult(
            content,
            SignatureStatus.VALID,
            signer,
            recipients,
            f"valid signature{by} (key {signer})",
        )

    def not_valid(self, content: bytes, recipients: tuple[str, ...]) -> PgpResult:
        """The result when Sequoia found no valid signature: unsigned, unknown or invalid."""
        if not self.asked:
            return PgpResult(content, SignatureStatus.UNSIGNED, None, recipients, "not signed")
        if not self.given:
            named = self.asked[0]
            return PgpResult(
                content,
                SignatureStatus.UNKNOWN_SIGNER,
                named,
                recipients,
                f"signed by an unknown key ({named}); the signature is unverified",
            )
        key = self.given[0]
        return PgpResult(
            content, SignatureStatus.INVALID, key.fingerprint, recipients, _why_invalid(key)
        )


def _why_invalid(key: PublicKey) -> str:
    if key.revoked:
        return f"the signer's key {key.fingerprint} is revoked"
    if key.expiration is not None and key.expiration <= dt.datetime.now(dt.UTC):
        return f"the signer's key {key.fingerprint} expired on {key.expiration:%Y-%m-%d}"
    return (
        f"the signature does not match the content (changed after signing) "
        f"or was not made by the key {key.fingerprint}"
    )
