"""DANE for SMTP (RFC 7672): which TLSA records count, and whether a server's chain matches.

Pure judgement over bytes; the DNS look-up (and whether its answer was DNSSEC
validated) and the TLS handshake are the gateway's job. Only DANE-TA(2) and
DANE-EE(3) are usable for SMTP (RFC 7672 3.1.3): PKIX usages assume a CA set the
sender and receiver do not share.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import hmac
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.x509.verification import (
    Criticality,
    ExtensionPolicy,
    PolicyBuilder,
    Store,
    VerificationError,
)


class Usage(enum.IntEnum):
    PKIX_TA = 0
    PKIX_EE = 1
    DANE_TA = 2
    DANE_EE = 3


USABLE_USAGES = {Usage.DANE_TA, Usage.DANE_EE}
SELECTORS = {0, 1}  # full certificate, SubjectPublicKeyInfo
MATCHING_TYPES = {0, 1, 2}  # exact, SHA-256, SHA-512


@dataclass(frozen=True)
class Tlsa:
    usage: int
    selector: int
    mtype: int
    data: bytes

    def usable(self) -> bool:
        return (
            self.usage in USABLE_USAGES
            and self.selector in SELECTORS
            and self.mtype in MATCHING_TYPES
        )

    def matches(self, certificate_der: bytes) -> bool:
        """Whether the certificate (or its public key, per selector) is the one published."""
        selected = certificate_der
        if self.selector == 1:
            try:
                public_key = x509.load_der_x509_certificate(certificate_der).public_key()
            except (ValueError, UnsupportedAlgorithm):
                # The server's bytes: what cannot be read (or has a key type we do not
                # know) matches nothing.
                return False
            selected = public_key.public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        if self.mtype == 1:
            selected = hashlib.sha256(selected).digest()
        elif self.mtype == 2:
            selected = hashlib.sha512(selected).digest()
        return hmac.compare_digest(selected, self.data)


def usable(records: Iterable[Tlsa]) -> tuple[Tlsa, ...]:
    return tuple(r for r in records if r.usable())


@dataclass(frozen=True)
class DaneResult:
    authenticated: bool
    reason: str


def authenticate(
    records: Sequence[Tlsa],
    chain_der: Sequence[bytes],
    host: str,
    now: dt.datetime,
    domain: str | None = None,
) -> DaneResult:
    """Does the server's chain (leaf first) match a usable TLSA record of ``host``?

    DANE-EE binds the leaf itself: name and dates are ignored (RFC 7672 3.1.1).
    DANE-TA names a trust anchor inside the chain; the leaf must chain to it and
    be valid for one of the reference identifiers of RFC 7672 3.2.2: the MX
    ``host`` or the next-hop ``domain`` (the recipient domain), since many
    servers carry a certificate for the domain they receive mail for.
    """
    records = usable(records)
    if not chain_der:
        return DaneResult(False, f"{host} presented no certificate")
    leaf = chain_der[0]
    if any(r.usage == Usage.DANE_EE and r.matches(leaf) for r in records):
        return DaneResult(True, f"{host}: certificate matches a DANE-EE TLSA record")
    anchors = [
        der
        for der in chain_der[1:]
        if any(r.usage == Usage.DANE_TA and r.matches(der) for r in records)
    ]
    names = [host] if not domain or domain == host else [host, domain]
    for anchor in anchors:
        if _chains_to(anchor, chain_der, names, now):
            return DaneResult(True, f"{host}: certificate chains to a DANE-TA trust anchor")
    return DaneResult(False, f"{host}: certificate matches none of its TLSA records")


def _chains_to(
    anchor_der: bytes, chain_der: Sequence[bytes], names: Sequence[str], now: dt.datetime
) -> bool:
    """Web PKI path validation below the published anchor, valid for one of ``names``.

    The leaf's Authority Key Identifier is optional here: the anchor is named by
    DNSSEC, not found by key identifier among many CAs, and private DANE-TA CAs
    often omit it.
    """
    leaf_policy = ExtensionPolicy.webpki_defaults_ee().may_be_present(
        x509.AuthorityKeyIdentifier, Criticality.NON_CRITICAL, None
    )
    try:
        anchor = x509.load_der_x509_certificate(anchor_der)
        leaf, *rest = (x509.load_der_x509_certificate(der) for der in chain_der)
        builder = (
            PolicyBuilder()
            .store(Store([anchor]))
            .time(now)
            .extension_policies(
                ca_policy=ExtensionPolicy.webpki_defaults_ca(), ee_policy=leaf_policy
            )
        )
        intermediates = [c for c in rest if c != anchor]
        return any(_verifies(builder, leaf, intermediates, name) for name in names)
    except (VerificationError, ValueError, UnsupportedAlgorithm):
        # Unreadable server certificates, or keys and signatures of unknown
        # algorithms, do not chain.
        return False


def _verifies(
    builder: PolicyBuilder,
    leaf: x509.Certificate,
    intermediates: list[x509.Certificate],
    name: str,
) -> bool:
    try:
        builder.build_server_verifier(x509.DNSName(name)).verify(leaf, intermediates)
    except VerificationError:
        return False
    return True
