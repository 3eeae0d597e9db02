"""Encrypting and decrypting S/MIME (EnvelopedData, RSA key transport).

Encryption uses cryptography's PKCS7EnvelopeBuilder: AES-256-CBC by default,
AES-128-CBC when asked; never 3DES. Decryption first reads the recipient
infos (asn1crypto) to tell "encrypted to somebody else" (:class:`NotForUs`)
from "our key but it does not open" (:class:`DecryptionFailed`), then lets
cryptography decrypt (AES-128/256-CBC; 3DES and AES-192 from old clients are
refused with UnsupportedAlgorithm until Siegel's own CMS module handles them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from asn1crypto import cms
from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm as CryptographyUnsupported
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.serialization import pkcs7

from siegel.core.smime.errors import (
    DecryptionFailed,
    MalformedMessage,
    NotForUs,
    UnsupportedAlgorithm,
)
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
    entity: bytes, recipients: Sequence[x509.Certificate], *, cipher: str = "aes256-cbc"
) -> bytes:
    """Encrypt a MIME entity to every recipient; returns the application/pkcs7-mime entity."""
    if cipher not in CIPHERS:
        raise UnsupportedAlgorithm(f"cipher {cipher!r} (Siegel encrypts with {', '.join(CIPHERS)})")
    if not recipients:
        raise ValueError("no recipients")
    builder = pkcs7.PKCS7EnvelopeBuilder().set_data(canonical(entity))
    for cert in recipients:
        if not isinstance(cert.public_key(), rsa.RSAPublicKey):
            raise UnsupportedAlgorithm("only RSA recipient certificates can be encrypted to yet")
        builder = builder.add_recipient(cert)
    der = builder.set_content_encryption_algorithm(CIPHERS[cipher]).encrypt(
        serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary]
    )
    return pkcs7_mime(der, "enveloped-data")


def encrypt_message(
    message: bytes, recipients: Sequence[x509.Certificate], *, cipher: str = "aes256-cbc"
) -> bytes:
    outer, entity = split_message(message)
    return join_message(outer, encrypt(entity, recipients, cipher=cipher))


def _recipient_matches(info: cms.RecipientInfo, cert: x509.Certificate) -> bool:
    if info.name != "ktri":
        return False
    rid = info.chosen["rid"]
    if rid.name == "issuer_and_serial_number":
        return bool(
            rid.chosen["serial_number"].native == cert.serial_number
            and rid.chosen["issuer"].dump() == cert.issuer.public_bytes()
        )
    try:
        ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    except x509.ExtensionNotFound:
        return False
    return bool(rid.chosen.native == ski)


def envelope_of(message: bytes) -> bytes:
    _, entity = split_message(message)
    media, params = content_type(entity)
    if (
        media not in {"application/pkcs7-mime", "application/x-pkcs7-mime"}
        or params.get("smime-type", "enveloped-data") != "enveloped-data"
    ):
        raise MalformedMessage(f"not an encrypted S/MIME message ({media})")
    return decode_body(entity)


def decrypt(message: bytes, keys: Sequence[tuple[x509.Certificate, PrivateKey]]) -> DecryptResult:
    der = envelope_of(message)
    try:
        info = cms.ContentInfo.load(der)
        if info["content_type"].native == "authenticated_enveloped_data":
            raise UnsupportedAlgorithm(
                "AuthEnvelopedData (AES-GCM, ChaCha20-Poly1305) cannot be decrypted yet"
            )
        if info["content_type"].native != "enveloped_data":
            raise MalformedMessage(f"expected enveloped-data, found {info['content_type'].native}")
        recipient_infos = list(info["content"]["recipient_infos"])
        cipher = info["content"]["encrypted_content_info"]["content_encryption_algorithm"][
            "algorithm"
        ].native
    except (ValueError, TypeError, KeyError) as exc:
        raise MalformedMessage(f"the encrypted data cannot be parsed: {exc}") from None
    for cert, key in keys:
        if any(_recipient_matches(r, cert) for r in recipient_infos):
            if not isinstance(key, rsa.RSAPrivateKey):
                raise UnsupportedAlgorithm("key agreement (EC) recipients are not supported yet")
            others = sorted({r.name for r in recipient_infos} - {"ktri"})
            if others:
                raise UnsupportedAlgorithm(
                    f"envelopes with {', '.join(others)} recipients cannot be opened yet"
                )
            try:
                content = pkcs7.pkcs7_decrypt_der(der, cert, key, [])
            except CryptographyUnsupported as exc:
                raise UnsupportedAlgorithm(f"content encryption {cipher}: {exc}") from None
            except ValueError as exc:
                raise DecryptionFailed(
                    f"the message does not open with the key of {cert.subject.rfc4514_string()}: {exc}"
                ) from None
            return DecryptResult(content, str(cipher), cert)
    kinds = sorted({r.name for r in recipient_infos})
    raise NotForUs(
        f"encrypted to {len(recipient_infos)} recipient(s) ({', '.join(kinds)}), none of them ours"
    )
