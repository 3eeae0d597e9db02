"""Putting test identities into the key store the way staff would (PKCS#12 import)."""

from __future__ import annotations

from cryptography import x509
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    NoEncryption,
    pkcs12,
)

from siegel.keys import services
from siegel.keys.models import OwnKey
from tests.support.pki import Identity


def p12(
    identity: Identity,
    password: bytes | None = b"geheim",
    chain: list[x509.Certificate] | None = None,
) -> bytes:
    encryption = BestAvailableEncryption(password) if password else NoEncryption()
    return pkcs12.serialize_key_and_certificates(
        b"test",
        identity.key,
        identity.cert,
        chain or None,
        encryption,  # type: ignore[arg-type]
    )


def import_own(identity: Identity) -> OwnKey:
    return services.import_p12(p12(identity), b"geheim", actor="test")
