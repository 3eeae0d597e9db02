"""OpenPGP messages (RFC 9580): encrypt, decrypt, sign and verify OpenPGP data with Sequoia.

This is the layer below MIME: bytes of OpenPGP data in, OpenPGP data or a
:class:`PgpResult` out. Every pysequoia exception is caught here and turned
into a typed :class:`OpenPgpError` with a readable reason; none escapes.

Keys are chosen before Sequoia is asked: the recipients named in the message's
session-key packets are compared with our keys, so "encrypted to somebody else"
is a clear :class:`NotForUs` instead of trying every key, and a message that
names our key but does not open is a :class:`DecryptionFailed`, not "not for us".

Every pysequoia call goes through :func:`sequoia_call` (a Rust panic becomes an
ordinary error) and catches :data:`SEQUOIA_ERRORS`: above Sequoia's 25 MiB
buffer pysequoia reports failures as ``OSError``. Decrypted content is bounded
by ``max_size`` like the input, so a small compressed message cannot turn into
an unbounded one on its way to the rest of the gateway.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import pysequoia
from pysequoia.packet import HashAlgorithm, Tag

from siegel.core.mime import MAX_MESSAGE_BYTES
from siegel.core.openpgp.compressed import inner_signed_message
from siegel.core.openpgp.errors import (
    DecryptionFailed,
    KeyExpired,
    KeyRevoked,
    KeyUnusable,
    MalformedMessage,
    MessageTooLarge,
    NotForUs,
    OpenPgpError,
    UnsupportedAlgorithm,
)
from siegel.core.openpgp.keys import PublicKey, SecretKey
from siegel.core.openpgp.packets import (
    ANONYMOUS_RECIPIENT,
    SEQUOIA_ERRORS,
    SequoiaPanic,
    pkesk_recipient,
    read_packets,
    sequoia_call,
    sequoia_problem,
)
from siegel.core.openpgp.verification import PgpResult, SignerLookup

_ENCRYPTED = (Tag.SEIP, Tag.AED, Tag.SED)
# (Tag and HashAlgorithm values of pysequoia are not hashable: pairs, not a dict)
_MICALG = (
    (HashAlgorithm.SHA256, "pgp-sha256"),
    (HashAlgorithm.SHA384, "pgp-sha384"),
    (HashAlgorithm.SHA512, "pgp-sha512"),
    (HashAlgorithm.SHA224, "pgp-sha224"),
    (HashAlgorithm.SHA3_256, "pgp-sha3-256"),
    (HashAlgorithm.SHA3_512, "pgp-sha3-512"),
)
_CLEARTEXT = re.compile(
    rb"-----BEGIN PGP SIGNED MESSAGE-----\r?\n(?:[^\r\n]+\r?\n)*\r?\n(.*?)\r?\n-----BEGIN PGP SIGNATURE-----",
    re.S,
)
_DASH_ESCAPE = re.compile(rb"^- ", re.M)
_LAYOUT_REJECTED = "Unexpected message structure"
_NO_VALID_SIGNATURE = "Signature verification failed"


def encrypt(data: bytes, recipients: Sequence[PublicKey], signer: SecretKey | None) -> bytes:
    """ASCII-armoured OpenPGP message for every recipient, signed inside when a signer is given."""
    if not recipients:
        raise KeyUnusable("no recipient key: an OpenPGP message needs at least one")
    for key in recipients:
        _check_encryption_key(key)
    if signer is not None and signer.signer is None:
        raise KeyUnusable(f"the key {signer.fingerprint} has no valid signing key")
    try:
        return sequoia_call(
            pysequoia.encrypt,
            data,
            [k.cert for k in recipients],
            signer=signer.signer if signer else None,
        )
    except SEQUOIA_ERRORS as exc:
        raise _classified(sequoia_problem(exc)) from None


def decrypt(
    data: bytes,
    secret_keys: Sequence[SecretKey],
    known_public_keys: Sequence[PublicKey],
    *,
    max_size: int = MAX_MESSAGE_BYTES,
) -> PgpResult:
    """Decrypt an armoured or binary OpenPGP message and check any signature inside.

    Content longer than ``max_size`` octets is :class:`MessageTooLarge`.
    """
    packets = read_packets(data)
    if not any(p.tag in _ENCRYPTED for p in packets):
        raise MalformedMessage("the OpenPGP data is not an encrypted message")
    recipients = tuple(pkesk_recipient(p.body) for p in packets if p.tag == Tag.PKESK)
    if not recipients:
        raise NotForUs("the message is encrypted with a password only, not to a key")
    candidates = [
        key
        for key in secret_keys
        if key.decryptor is not None
        and (
            ANONYMOUS_RECIPIENT in recipients
            or any(key.public.has_component(r) for r in recipients)
        )
    ]
    if not candidates:
        raise NotForUs(
            f"the message is encrypted to {', '.join(recipients)}: none of them is one of our keys"
        )
    problem = ""
    for key in candidates:
        lookup = SignerLookup(known_public_keys)
        try:
            opened = sequoia_call(pysequoia.decrypt, data, key.decryptor, store=lookup)
        except SEQUOIA_ERRORS as exc:
            _renew_if_panicked(exc, key)
            problem = sequoia_problem(exc)
            if problem.startswith("No key to decrypt"):
                continue
            if problem.startswith(_LAYOUT_REJECTED):
                return _verify_compressed(data, key, known_public_keys, recipients, max_size)
            if problem.startswith(_NO_VALID_SIGNATURE):
                return lookup.not_valid(_content(data, key, max_size), recipients)
            raise _classified(problem) from None
        content = _within(opened.bytes or b"", max_size)
        return lookup.valid(content, opened.valid_sigs, recipients)
    if ANONYMOUS_RECIPIENT in recipients and all(r == ANONYMOUS_RECIPIENT for r in recipients):
        raise NotForUs("the message is encrypted to hidden recipients, none of them our keys")
    raise DecryptionFailed(
        f"the message names our key, but its session key did not decrypt ({problem})"
    )


def sign_detached(data: bytes, signer: SecretKey) -> tuple[bytes, str]:
    """An armoured detached signature over ``data`` and its RFC 3156 ``micalg`` name."""
    if signer.signer is None:
        raise KeyUnusable(f"the key {signer.fingerprint} has no valid signing key")
    try:
        signature = sequoia_call(
            pysequoia.sign, signer.signer, data, mode=pysequoia.SignatureMode.DETACHED
        )
        algorithm = sequoia_call(pysequoia.Sig.from_bytes, signature).hash_algorithm
    except SEQUOIA_ERRORS as exc:
        raise _classified(sequoia_problem(exc)) from None
    micalg = next((name for known, name in _MICALG if known == algorithm), None)
    if micalg is None:
        raise UnsupportedAlgorithm(f"Sequoia signed with an unexpected hash ({algorithm!r})")
    return signature, micalg


def verify_detached(
    data: bytes, signature: bytes, known_public_keys: Sequence[PublicKey]
) -> PgpResult:
    """Check a detached signature (armoured or binary) over ``data``."""
    try:
        parsed = sequoia_call(pysequoia.Sig.from_bytes, signature)
    except SEQUOIA_ERRORS as exc:
        raise MalformedMessage(f"not an OpenPGP signature: {sequoia_problem(exc)}") from None
    lookup = SignerLookup(known_public_keys)
    try:
        checked = sequoia_call(pysequoia.verify, bytes=data, store=lookup, signature=parsed)
    except SEQUOIA_ERRORS as exc:
        problem = sequoia_problem(exc)
        if problem.startswith(_NO_VALID_SIGNATURE):
            return lookup.not_valid(data, ())
        raise _classified(problem) from None
    return lookup.valid(data, checked.valid_sigs, ())


def verify_inline(data: bytes, known_public_keys: Sequence[PublicKey]) -> PgpResult:
    """Check an inline-signed OpenPGP message (one-pass signature, literal data, signature)."""
    literal = [p.literal_data for p in read_packets(data) if p.tag == Tag.Literal]
    text = literal[0] if literal else _cleartext(data)
    if text is None:
        raise MalformedMessage("the OpenPGP data is not an inline-signed message")
    lookup = SignerLookup(known_public_keys)
    try:
        checked = sequoia_call(pysequoia.verify, data, lookup)
    except SEQUOIA_ERRORS as exc:
        problem = sequoia_problem(exc)
        if problem.startswith(_NO_VALID_SIGNATURE):
            return lookup.not_valid(text, ())
        raise _classified(problem) from None
    return lookup.valid(checked.bytes or b"", checked.valid_sigs, ())


def _cleartext(data: bytes) -> bytes | None:
    """The text of a cleartext-signed message (RFC 9580 section 7), dash-escaping undone.

    Only needed when the signature cannot be verified: Sequoia returns the text on success.
    """
    match = _CLEARTEXT.search(data)
    if match is None:
        return None
    return _DASH_ESCAPE.sub(b"", match.group(1))


def _verify_compressed(
    data: bytes,
    key: SecretKey,
    known_public_keys: Sequence[PublicKey],
    recipients: tuple[str, ...],
    max_size: int,
) -> PgpResult:
    """GnuPG's encryption → compression → signature layout (see :mod:`.compressed`)."""
    inner = inner_signed_message(data, key, max_size)
    lookup = SignerLookup(known_public_keys)
    try:
        checked = sequoia_call(pysequoia.verify, inner, lookup)
    except SEQUOIA_ERRORS as exc:
        problem = sequoia_problem(exc)
        if problem.startswith(_NO_VALID_SIGNATURE):
            return lookup.not_valid(_content(data, key, max_size), recipients)
        if problem.startswith(_LAYOUT_REJECTED):
            raise UnsupportedAlgorithm(
                "the message nests its layers in a way that cannot be verified"
            ) from None
        raise _classified(problem) from None
    return lookup.valid(_within(checked.bytes or b"", max_size), checked.valid_sigs, recipients)


def _content(data: bytes, key: SecretKey, max_size: int) -> bytes:
    """The plaintext alone, when the signature check already said all it can."""
    try:
        opened = sequoia_call(pysequoia.decrypt, data, key.decryptor)
    except SEQUOIA_ERRORS as exc:
        _renew_if_panicked(exc, key)
        raise _classified(sequoia_problem(exc)) from None
    return _within(opened.bytes or b"", max_size)


def _renew_if_panicked(exc: Exception, key: SecretKey) -> None:
    if isinstance(exc, SequoiaPanic):
        key.renew_decryptor()


def _within(content: bytes, max_size: int) -> bytes:
    """Sequoia decompresses without a limit; at least nothing larger goes further."""
    if len(content) > max_size:
        raise MessageTooLarge(
            f"the decrypted message has {len(content):,} bytes; the limit is {max_size:,}"
        )
    return content


def _check_encryption_key(key: PublicKey) -> None:
    if key.revoked:
        raise KeyRevoked(f"the recipient key {key.fingerprint} is revoked")
    if key.expiration is not None and key.expiration <= dt.datetime.now(dt.UTC):
        raise KeyExpired(
            f"the recipient key {key.fingerprint} expired on {key.expiration:%Y-%m-%d}"
        )
    if not key.can_encrypt:
        raise KeyUnusable(f"the recipient key {key.fingerprint} has no valid encryption subkey")


def _classified(problem: str) -> OpenPgpError:
    """Sort a Sequoia failure into the error a caller can act on."""
    lowered = problem.lower()
    if "manipulated" in lowered or "checksum" in lowered or "mdc" in lowered:
        return DecryptionFailed(f"the message was modified or is corrupt ({problem})")
    if "unsupported" in lowered or "not supported" in lowered or "unknown" in lowered:
        return UnsupportedAlgorithm(f"OpenPGP feature not supported: {problem}")
    if "no suitable" in lowered:
        return KeyUnusable(f"the key cannot be used for this: {problem}")
    if "expired" in lowered:
        return KeyExpired(problem)
    if "revoked" in lowered:
        return KeyRevoked(problem)
    return MalformedMessage(f"the OpenPGP data cannot be read ({problem})")
