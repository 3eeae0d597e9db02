"""PGP/MIME (RFC 3156) and inline PGP with Sequoia: encrypt+sign, decrypt+verify.

The result is an object (:class:`PgpResult`): the decrypted entity and the
signature status VALID, INVALID, UNKNOWN_SIGNER, UNVERIFIED (signed, but this
Sequoia binding cannot check the signature inside GnuPG's compressed
sign+encrypt layout) or UNSIGNED. An unknown signer never blocks reading.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import pysequoia

from siegel.core.openpgp.errors import MalformedMessage, NotForUs, OpenPgpError
from siegel.core.smime.mime import content_type, decode_body, new_boundary, split_message

_INLINE = re.compile(rb"-----BEGIN PGP MESSAGE-----.*?-----END PGP MESSAGE-----", re.S)


class SignatureStatus(enum.StrEnum):
    VALID = "valid"
    INVALID = "invalid"
    UNKNOWN_SIGNER = "unknown_signer"
    UNVERIFIED = "unverified"
    UNSIGNED = "unsigned"


@dataclass(frozen=True)
class PgpResult:
    content: bytes
    status: SignatureStatus
    signers: tuple[str, ...] = field(default=())
    reason: str = ""


def encrypt_and_sign(
    entity: bytes, recipients: Sequence[bytes], signer: bytes | None = None
) -> bytes:
    """A multipart/encrypted PGP/MIME entity for the recipients' public keys (armoured or binary)."""
    try:
        certs = [pysequoia.Cert.from_bytes(key) for key in recipients]
        signing = pysequoia.Tsk.from_bytes(signer).signer() if signer else None
        armored = pysequoia.encrypt(entity, certs, signer=signing)
    except Exception as exc:  # pysequoia raises plain exceptions
        raise OpenPgpError(f"OpenPGP encryption failed: {_first_line(exc)}") from None
    boundary = new_boundary()
    return (
        (
            f'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="{boundary}"\r\n\r\n'
            "This is an OpenPGP/MIME encrypted message (RFC 3156).\r\n"
            f"--{boundary}\r\nContent-Type: application/pgp-encrypted\r\nContent-Description: PGP/MIME version identification\r\n\r\n"
            "Version: 1\r\n\r\n"
            f'--{boundary}\r\nContent-Type: application/octet-stream; name="encrypted.asc"\r\n'
            'Content-Disposition: inline; filename="encrypted.asc"\r\n\r\n'
        ).encode()
        + armored.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        + f"\r\n--{boundary}--\r\n".encode()
    )


def _ciphertext(message: bytes) -> bytes:
    _, entity = split_message(message)
    media, params = content_type(entity)
    if (
        media == "multipart/encrypted"
        and params.get("protocol", "").lower() == "application/pgp-encrypted"
    ):
        match = _INLINE.search(entity)
        if match:
            return match.group(0)
        raise MalformedMessage("PGP/MIME message without an encrypted part")
    match = _INLINE.search(decode_body(entity) if media.startswith("text/") else entity)
    if match:
        return match.group(0)
    raise MalformedMessage(f"not an OpenPGP encrypted message ({media})")


def decrypt_and_verify(
    message: bytes, secret_keys: Sequence[bytes], known_public_keys: Sequence[bytes]
) -> PgpResult:
    ciphertext = _ciphertext(message)
    known = {}
    for key in known_public_keys:
        cert = pysequoia.Cert.from_bytes(key)
        known[cert.fingerprint.lower()] = cert
    for secret in secret_keys:
        result = _with_key(ciphertext, secret, known)
        if result is not None:
            return result
    raise NotForUs("the message is encrypted to none of our OpenPGP keys")


def _with_key(
    ciphertext: bytes, secret: bytes, known: dict[str, pysequoia.Cert]
) -> PgpResult | None:
    """Decrypt and verify with one secret key; None when the message is not for this key."""
    decryptor = pysequoia.Tsk.from_bytes(secret).decryptor()
    asked: list[str] = []
    given: list[str] = []

    def store(ids: list[str]) -> list[pysequoia.Cert]:
        asked.extend(ids)
        found = [c for fp, c in known.items() if any(fp.endswith(i.lower()) for i in ids)]
        given.extend(c.fingerprint.lower() for c in found)
        return found

    try:
        result = pysequoia.decrypt(ciphertext, decryptor, store=store)
    except Exception as exc:  # pysequoia raises plain exceptions; classified here
        problem = _first_line(exc)
        if "No key to decrypt" in problem:
            return None
        if "Signature verification failed" in problem or "Unexpected message structure" in problem:
            return _without_verification(ciphertext, decryptor, problem, asked, given)
        raise MalformedMessage(f"OpenPGP message cannot be read: {problem}") from None
    signers = tuple(str(s).split("certificate=")[1].split()[0] for s in result.valid_sigs)
    status = SignatureStatus.VALID if signers else SignatureStatus.UNSIGNED
    return PgpResult(
        result.bytes or b"", status, signers, "valid signature" if signers else "not signed"
    )


def _without_verification(
    ciphertext: bytes,
    decryptor: pysequoia.PyDecryptor,
    problem: str,
    asked: list[str],
    given: list[str],
) -> PgpResult:
    try:
        plain = pysequoia.decrypt(ciphertext, decryptor).bytes or b""
    except Exception as exc:
        raise MalformedMessage(f"OpenPGP message cannot be read: {_first_line(exc)}") from None
    if "Unexpected message structure" in problem:
        return PgpResult(
            plain,
            SignatureStatus.UNVERIFIED,
            (),
            "signed in a layout whose signature cannot be checked here",
        )
    if not asked:
        return PgpResult(plain, SignatureStatus.UNSIGNED, (), "not signed")
    if given:
        return PgpResult(
            plain,
            SignatureStatus.INVALID,
            tuple(given),
            "the signature does not match (content or signature changed)",
        )
    return PgpResult(
        plain,
        SignatureStatus.UNKNOWN_SIGNER,
        tuple(asked),
        "signed by an unknown key (" + ", ".join(asked) + ")",
    )


def _first_line(exc: Exception) -> str:
    """Sequoia's messages carry a Rust backtrace after the first line; people need only the first."""
    text = str(exc)
    return text.splitlines()[0] if text else type(exc).__name__
