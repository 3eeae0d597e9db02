"""Encrypting and decrypting S/MIME as MIME entities.

The CMS work is in :mod:`.cms_envelope` (own code: AES-GCM, RSA-OAEP, every
decryption) and cryptography's PKCS7EnvelopeBuilder (the default AES-256-CBC
with PKCS#1 v1.5). Never encrypts with 3DES or AES-192; opens them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.serialization import pkcs7

from siegel.core.smime import cms_envelope
from siegel.core.smime.errors import MalformedMessage, UnsupportedAlgorithm
from siegel.core.smime.mime import (
    canonical,
    content_type,
    decode_body,
    join_message,
    pkcs7_mime,
    split_message,
)

CIPHERS: dict[str, type[algorithms.AES128] | type[algorithms.AES256]] = {
    "aes256-cbc": algorithms.AES256,
    "aes128-cbc": algorithms.AES128,
}
PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


@dataclass(frozen=True)
class DecryptResult:
    content: bytes  # the decrypted MIME entity
    cipher: str
    recipient: x509.Certificate

    @property
    def reason(self) -> str:
        return f"decrypted ({self.cipher}) for {self.recipient.subject.rfc4514_string()}"


def encrypt(
    entity: bytes,
    recipients: Sequence[x509.Certificate],
    *,
    cipher: str = "aes256-cbc",
    key_transport: str = "pkcs1v15",
) -> bytes:
    """Encrypt a MIME entity to every recipient; returns the application/pkcs7-mime entity.

    AES-256-CBC with PKCS#1 v1.5 (the default, what every client reads) goes through
    cryptography's builder; AES-256-GCM (AuthEnvelopedData) and RSA-OAEP through
    Siegel's own CMS module, as do EC recipients (ECDH key agreement).
    """
    if not recipients:
        raise ValueError("no recipients")
    if key_transport not in {"pkcs1v15", "oaep"}:
        raise UnsupportedAlgorithm(f"key transport {key_transport!r}")
    content = canonical(entity)
    has_ec = any(isinstance(c.public_key(), ec.EllipticCurvePublicKey) for c in recipients)
    if cipher == "aes256-gcm" or key_transport == "oaep" or has_ec:
        return pkcs7_mime(
            cms_envelope.build(content, recipients, cipher=cipher, key_transport=key_transport),
            "authEnveloped-data" if cipher == "aes256-gcm" else "enveloped-data",
        )
    if cipher not in CIPHERS:
        raise UnsupportedAlgorithm(
            f"cipher {cipher!r} (Siegel encrypts with aes256-gcm, {', '.join(CIPHERS)})"
        )
    builder = pkcs7.PKCS7EnvelopeBuilder().set_data(content)
    for cert in recipients:
        if not isinstance(cert.public_key(), rsa.RSAPublicKey):
            raise UnsupportedAlgorithm("only RSA recipient certificates can be encrypted to yet")
        builder = builder.add_recipient(cert)
    der = builder.set_content_encryption_algorithm(CIPHERS[cipher]).encrypt(
        serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary]
    )
    return pkcs7_mime(der, "enveloped-data")


def choose_cipher(capabilities: Sequence[str] | None) -> str:
    """AES-256-GCM only when the recipient advertised it; AES-256-CBC when unknown."""
    return "aes256-gcm" if capabilities and "aes256_gcm" in capabilities else "aes256-cbc"


def encrypt_message(
    message: bytes, recipients: Sequence[x509.Certificate], *, cipher: str = "aes256-cbc"
) -> bytes:
    outer, entity = split_message(message)
    return join_message(outer, encrypt(entity, recipients, cipher=cipher))


def envelope_of(message: bytes) -> bytes:
    _, entity = split_message(message)
    media, params = content_type(entity)
    if media not in {"application/pkcs7-mime", "application/x-pkcs7-mime"} or params.get(
        "smime-type", "enveloped-data"
    ).lower() not in {"enveloped-data", "authenveloped-data"}:
        raise MalformedMessage(f"not an encrypted S/MIME message ({media})")
    return decode_body(entity)


def decrypt(message: bytes, keys: Sequence[tuple[x509.Certificate, PrivateKey]]) -> DecryptResult:
    opened = cms_envelope.open_envelope(envelope_of(message), keys)
    return DecryptResult(opened.content, opened.cipher, opened.recipient)
