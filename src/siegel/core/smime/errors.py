"""The typed errors of the S/MIME layer.

Callers catch :class:`SmimeError` to handle every failure of this layer; the
subclasses say what is wrong so the gateway can answer precisely and the audit
log can keep the reason. Each carries a human-readable ``reason``.
"""

from __future__ import annotations


class SmimeError(Exception):
    """Base of every S/MIME failure."""

    @property
    def reason(self) -> str:
        return str(self)


class MalformedMessage(SmimeError):
    """The MIME structure or the CMS data cannot be parsed (truncated, garbled)."""


class MessageTooLarge(SmimeError):
    """The input exceeds the configured size limit."""


def refuse_oversized(message: bytes, max_size: int) -> None:
    """Raise :class:`MessageTooLarge` before any parsing when ``message`` is above ``max_size``."""
    if len(message) > max_size:
        raise MessageTooLarge(
            f"the message has {len(message):,} bytes; the limit is {max_size:,} bytes"
        )


class UnsupportedAlgorithm(SmimeError):
    """An algorithm we do not implement (or refuse to use) was requested or found."""


class WeakAlgorithm(SmimeError):
    """MD5, SHA-1 signatures, RSA below 2048 bits and other algorithms we refuse."""


class NotForUs(SmimeError):
    """The message is encrypted, but to none of the keys we were given."""


class DecryptionFailed(SmimeError):
    """A recipient matched but the content could not be decrypted (wrong key, tampered data)."""


class CertificateError(SmimeError):
    """A certificate is unusable for the requested operation."""


class NotForEmail(CertificateError):
    """The certificate lacks the e-mail-protection usage."""


class CertificateExpired(CertificateError):
    """The certificate was not valid at the relevant time (expired or not yet valid)."""


class CertificateRevoked(CertificateError):
    """The supplied CRL/OCSP data says the certificate is revoked."""


class UntrustedSigner(CertificateError):
    """No path from the certificate to a configured trust anchor."""


class AddressMismatch(CertificateError):
    """The certificate is not issued for the address it is used with."""


class NotSigned(SmimeError):
    """The message carries no S/MIME signature (neither multipart/signed nor signed-data)."""


class UnsupportedRecipient(UnsupportedAlgorithm, NotForUs):
    """The envelope is only for recipient kinds Siegel cannot open (pre-shared key, password, KEM).

    Both an unsupported algorithm and, as far as we can tell, not for our keys:
    callers handling either case handle this one.
    """
