"""Decrypting S/MIME: which of our keys the message is for, and what is inside.

Every failure is a typed :class:`SmimeError` with a reason a person can read:
:class:`NotForUs` (encrypted to somebody else; the addressees are listed),
:class:`DecryptionFailed` (an addressed key does not open it: wrong key, tampered
GCM content, bad padding), :class:`UnsupportedAlgorithm` (e.g. ChaCha20-Poly1305
or X25519 from RFC 9216; :class:`WeakAlgorithm` for DES/RC2) and
:class:`MalformedMessage` (truncated, garbled, not encrypted at all).

RSA PKCS#1 v1.5 key transport is opened without a padding oracle (Bleichenbacher;
RFC 3218 section 2.3.2): a key block that does not decrypt, or gives a key of the
wrong length, is replaced by a random content key drawn beforehand, so a forged
block fails exactly like damaged content, with the same error and in the same
code path. With GCM that failure is certain (the tag). CBC has no integrity: a
forged block, like a changed ciphertext, fails the padding check 255 times in
256 and otherwise yields random bytes, which is why GCM is preferred wherever
the recipients support it. A private key that does not belong to its certificate
is told apart beforehand, from public data only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from email.utils import getaddresses

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes

from siegel.core.mime import MAX_MESSAGE_BYTES, headers
from siegel.core.smime import envelope
from siegel.core.smime.envelope import OPENED_CIPHERS, RecipientId
from siegel.core.smime.errors import refuse_oversized
from siegel.core.smime.verify import VerifyResult, verify

Keys = Sequence[tuple[x509.Certificate, PrivateKeyTypes]]


@dataclass(frozen=True)
class DecryptResult:
    content: bytes  # the decrypted MIME entity
    cipher: str  # asn1crypto's name: aes256_gcm, aes256_cbc, aes128_cbc, tripledes_3key, ...
    key_management: str  # "RSA PKCS#1 v1.5", "RSA-OAEP (SHA256)", "ECDH P-256 (...)"
    recipient: x509.Certificate  # ours, the one that opened it
    recipient_id: str  # how the envelope named that recipient

    @property
    def authenticated(self) -> bool:
        """True for AuthEnvelopedData (GCM): the content is exactly what was encrypted."""
        return OPENED_CIPHERS[self.cipher].authenticated

    @property
    def reason(self) -> str:
        return (
            f"decrypted ({OPENED_CIPHERS[self.cipher].name}, {self.key_management}) "
            f"for {self.recipient.subject.rfc4514_string()}"
        )


def decrypt(message: bytes, keys: Keys, *, max_size: int = MAX_MESSAGE_BYTES) -> DecryptResult:
    """Decrypt an S/MIME message (or bare ``application/pkcs7-mime`` entity) with ``keys``.

    ``keys`` are pairs of our certificate and its private key; the first pair the
    envelope is addressed to (by issuer and serial number or by subject key
    identifier) opens it. A private key that does not belong to its certificate is
    reported as :class:`DecryptionFailed` before any decryption is attempted.
    """
    refuse_oversized(message, max_size)
    opened = envelope.open_envelope(envelope.envelope_of(message), keys)
    return DecryptResult(
        opened.content,
        opened.cipher,
        opened.key_management,
        opened.recipient,
        str(opened.recipient_id),
    )


def recipients(message: bytes) -> tuple[RecipientId, ...]:
    """Whom a message is encrypted to, without any key: for inspection and error reports."""
    return envelope.recipient_ids(envelope.envelope_of(message))


@dataclass(frozen=True)
class DecryptedAndVerified:
    decrypted: DecryptResult
    verified: VerifyResult

    @property
    def reason(self) -> str:
        return f"{self.decrypted.reason}; {self.verified.reason}"


def decrypt_and_verify(
    message: bytes,
    keys: Keys,
    *,
    trust_anchors: Sequence[x509.Certificate],
    sender: str | None = None,
    at: dt.datetime | None = None,
) -> DecryptedAndVerified:
    """Decrypt, then verify the signature inside (sign-then-encrypt, RFC 8551 3.7).

    The decrypted entity is verified as sent by ``sender`` (else by the From of
    ``message``). Its status is in ``verified``; a message without a signature
    inside raises :class:`NotSigned`.
    """
    decrypted = decrypt(message, keys)
    if sender is None:
        found = [a for _, a in getaddresses(headers.get_all(message, "From")) if a]
        sender = found[0] if found else None
    verified = verify(decrypted.content, trust_anchors=trust_anchors, sender=sender, at=at)
    return DecryptedAndVerified(decrypted, verified)
