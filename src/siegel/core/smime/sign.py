"""Signing S/MIME: detached ``multipart/signed`` (default) or opaque signed-data.

The entity is canonicalised first (:mod:`.canonical`: CRLF, 7-bit-safe transfer
encodings), because a signature is over exact bytes and any rewrite by a relay
after signing would break it at the recipient. The SignedData itself comes from
:mod:`.signed_data`: content type, signing time, message digest,
SMIMECapabilities and the ESS signing certificate as signed attributes, the
signer's certificate and chain included. RSA PKCS#1 v1.5 (default), RSA-PSS and
ECDSA; SHA-256 by default, SHA-384 and SHA-512 on request.

Detached is the default because every mail program shows a detached-signed
message even when it cannot check the signature; opaque signed-data is only
readable by S/MIME-capable clients.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from siegel.core.mime.entity import new_boundary
from siegel.core.smime import signed_data
from siegel.core.smime.canonical import canonicalize
from siegel.core.smime.errors import UnsupportedAlgorithm, WeakAlgorithm
from siegel.core.smime.mime import base64_lines, join_message, pkcs7_mime, split_message
from siegel.core.smime.validation import MIN_RSA_BITS

MICALG = {"sha256": "sha-256", "sha384": "sha-384", "sha512": "sha-512"}


@dataclass(frozen=True)
class Signer:
    """A signing certificate with its private key and the chain to send along (without the root)."""

    certificate: x509.Certificate
    private_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
    chain: tuple[x509.Certificate, ...] = field(default=())
    rsa_padding: Literal["pkcs1v15", "pss"] = "pkcs1v15"

    def __repr__(self) -> str:  # never print key material, not even by accident
        return f"<Signer {self.certificate.subject.rfc4514_string()}>"


def _check(signer: Signer, digest: str) -> None:
    """Refuse what our own verifier (and every careful recipient) would reject."""
    if digest not in MICALG:
        raise UnsupportedAlgorithm(f"digest {digest!r} (use sha256, sha384 or sha512)")
    key = signer.private_key
    if isinstance(key, rsa.RSAPrivateKey):
        if key.key_size < MIN_RSA_BITS:
            raise WeakAlgorithm(
                f"RSA key of {key.key_size} bits (at least {MIN_RSA_BITS} required)"
            )
    elif not isinstance(key, ec.EllipticCurvePrivateKey):
        raise UnsupportedAlgorithm(f"signing with a {type(key).__name__} key")
    if signer.rsa_padding not in ("pkcs1v15", "pss"):
        raise UnsupportedAlgorithm(f"RSA padding {signer.rsa_padding!r} (use pkcs1v15 or pss)")


def sign(entity: bytes, signer: Signer, *, detached: bool = True, digest: str = "sha256") -> bytes:
    """Sign a MIME entity (its Content-* headers and body); returns the signed entity (CRLF)."""
    _check(signer, digest)
    content = canonicalize(entity)
    der = signed_data.build(
        content,
        signer.certificate,
        signer.private_key,
        signer.chain,
        digest=digest,
        pss=signer.rsa_padding == "pss",
        detached=detached,
    )
    if not detached:
        return pkcs7_mime(der, "signed-data")
    boundary = new_boundary()
    return (
        (
            'Content-Type: multipart/signed; protocol="application/pkcs7-signature";'
            f" micalg={MICALG[digest]};\r\n"
            f' boundary="{boundary}"\r\n\r\n'
            "This is an S/MIME signed message.\r\n"
            f"--{boundary}\r\n"
        ).encode()
        + content
        + (
            f"\r\n--{boundary}\r\n"
            'Content-Type: application/pkcs7-signature; name="smime.p7s"\r\n'
            "Content-Transfer-Encoding: base64\r\n"
            'Content-Disposition: attachment; filename="smime.p7s"\r\n\r\n'
        ).encode()
        + base64_lines(der)
        + f"--{boundary}--\r\n".encode()
    )


def sign_message(
    message: bytes, signer: Signer, *, detached: bool = True, digest: str = "sha256"
) -> bytes:
    """Sign a whole message: routing headers (From, To, Subject, Date...) stay outside,
    the content entity (Content-* headers and body) is what gets signed."""
    outer, entity = split_message(message)
    return join_message(outer, sign(entity, signer, detached=detached, digest=digest))
