"""Signing S/MIME: detached ``multipart/signed`` (default) or opaque signed-data.

cryptography's PKCS7SignatureBuilder makes the SignedData: signed attributes with
content type, signing time, message digest and SMIMECapabilities, the signer's
certificate and chain. RSA PKCS#1 v1.5 (default), RSA-PSS and ECDSA; SHA-256 by
default. The entity is canonicalised first, so the signature survives transports
that normalise line ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from siegel.core.smime import signed_data
from siegel.core.smime.errors import UnsupportedAlgorithm
from siegel.core.smime.mime import (
    base64_lines,
    canonical,
    join_message,
    new_boundary,
    pkcs7_mime,
    split_message,
)

DIGESTS: dict[str, tuple[hashes.SHA256 | hashes.SHA384 | hashes.SHA512, str]] = {
    "sha256": (hashes.SHA256(), "sha-256"),
    "sha384": (hashes.SHA384(), "sha-384"),
    "sha512": (hashes.SHA512(), "sha-512"),
}


@dataclass(frozen=True)
class Signer:
    certificate: x509.Certificate
    private_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
    chain: tuple[x509.Certificate, ...] = field(default=())
    rsa_padding: Literal["pkcs1v15", "pss"] = "pkcs1v15"

    def __repr__(self) -> str:
        return f"<Signer {self.certificate.subject.rfc4514_string()}>"


def _signed_data(content: bytes, signer: Signer, digest: str, detached: bool) -> bytes:
    if digest not in DIGESTS:
        raise UnsupportedAlgorithm(f"digest {digest!r} (use sha256, sha384 or sha512)")
    return signed_data.build(
        content,
        signer.certificate,
        signer.private_key,
        signer.chain,
        digest=digest,
        pss=signer.rsa_padding == "pss",
        detached=detached,
    )


def sign(entity: bytes, signer: Signer, *, detached: bool = True, digest: str = "sha256") -> bytes:
    """Sign a MIME entity (its Content-* headers and body); returns the signed entity."""
    content = canonical(entity)
    der = _signed_data(content, signer, digest, detached)
    if not detached:
        return pkcs7_mime(der, "signed-data")
    boundary = new_boundary()
    micalg = DIGESTS[digest][1]
    return (
        (
            f'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg={micalg};\r\n'
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
    """Sign a whole message: routing headers stay outside, the content entity is signed."""
    outer, entity = split_message(message)
    return join_message(outer, sign(entity, signer, detached=detached, digest=digest))
