"""Facts about an X.509 certificate, and loading certificates and PKCS#12 files.

Pure: bytes in, values out. What a certificate *is* lives here; whether it is
*valid for use* (chain, revocation) is the validation layer's question.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


class CertificateLoadError(Exception):
    """Certificate or key material that cannot be used; ``str()`` says why."""


class WrongPassword(CertificateLoadError):
    """The PKCS#12 file is well-formed but the password does not open it."""


@dataclass(frozen=True)
class CertificateFacts:
    fingerprint: str
    subject: str
    issuer: str
    serial: str
    not_before: dt.datetime
    not_after: dt.datetime
    email_addresses: tuple[str, ...]
    is_ca: bool
    email_protection: bool
    key_description: str

    def valid_at(self, moment: dt.datetime) -> bool:
        return self.not_before <= moment <= self.not_after


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()


def email_addresses(cert: x509.Certificate) -> tuple[str, ...]:
    """rfc822Name entries of the SAN, then the legacy emailAddress of the DN; lower case."""
    found: list[str] = []
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        found.extend(san.get_values_for_type(x509.RFC822Name))
    except x509.ExtensionNotFound:
        pass
    for attribute in cert.subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS):
        found.append(str(attribute.value))
    return tuple(dict.fromkeys(address.strip().lower() for address in found))


def has_email_protection(cert: x509.Certificate) -> bool:
    """True when the EKU allows e-mail protection (or there is no EKU, which allows any use)."""
    try:
        usages = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        return True
    return (
        ExtendedKeyUsageOID.EMAIL_PROTECTION in usages
        or ExtendedKeyUsageOID.ANY_EXTENDED_KEY_USAGE in usages
    )


def is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def key_description(cert: x509.Certificate) -> str:
    key = cert.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        return f"RSA-{key.key_size}"
    if isinstance(key, ec.EllipticCurvePublicKey):
        return f"EC {key.curve.name}"
    if isinstance(key, ed25519.Ed25519PublicKey | ed448.Ed448PublicKey):
        return type(key).__name__.removesuffix("PublicKey")
    return type(key).__name__


def facts(cert: x509.Certificate) -> CertificateFacts:
    return CertificateFacts(
        fingerprint=fingerprint(cert),
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        serial=format(cert.serial_number, "x"),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        email_addresses=email_addresses(cert),
        is_ca=is_ca(cert),
        email_protection=has_email_protection(cert),
        key_description=key_description(cert),
    )


def load_certificates(data: bytes) -> list[x509.Certificate]:
    """One or more certificates from PEM (a bundle) or a single DER certificate."""
    try:
        if b"-----BEGIN" in data:
            certificates = x509.load_pem_x509_certificates(data)
        else:
            certificates = [x509.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise CertificateLoadError(f"not a certificate (PEM or DER): {exc}") from None
    return certificates


@dataclass(frozen=True)
class KeyBundle:
    """A PKCS#12 file's content: the end-entity certificate, its key and the chain."""

    certificate: x509.Certificate
    private_key: PrivateKey
    chain: tuple[x509.Certificate, ...]


def load_pkcs12(data: bytes, password: bytes | None) -> KeyBundle:
    """Open a PKCS#12 file, telling a wrong password apart from a corrupted file."""
    try:
        asn1_pkcs12.Pfx.load(data).native  # noqa: B018 - parses the whole outer structure
    except (ValueError, TypeError, OverflowError):
        raise CertificateLoadError("the file is not a readable PKCS#12 (.p12/.pfx) file") from None
    try:
        key, certificate, extra = pkcs12.load_key_and_certificates(data, password)
    except ValueError:
        raise WrongPassword("the password does not open this PKCS#12 file") from None
    if certificate is None or key is None:
        raise CertificateLoadError("the PKCS#12 file holds no certificate with its private key")
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise CertificateLoadError(f"unsupported key type {type(key).__name__}: RSA or EC needed")
    if _spki(key.public_key()) != _spki(certificate.public_key()):
        raise CertificateLoadError("the private key does not belong to the certificate")
    return KeyBundle(certificate, key, tuple(extra))


def _spki(public_key: object) -> bytes:
    return public_key.public_bytes(  # type: ignore[attr-defined,no-any-return]
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def private_key_der(key: PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def load_private_key_der(data: bytes) -> PrivateKey:
    key = serialization.load_der_private_key(data, password=None)
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise CertificateLoadError(f"unsupported key type {type(key).__name__}")
    return key


def pem_chain(certificates: Sequence[x509.Certificate]) -> bytes:
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certificates)
