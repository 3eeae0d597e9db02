"""PGP/MIME (RFC 3156) and inline PGP: OpenPGP messages as mail.

Encrypted mail is ``multipart/encrypted; protocol="application/pgp-encrypted"``
with a ``Version: 1`` control part and the armoured message in an
``application/octet-stream`` part (RFC 3156 section 4); the encrypted content
is a whole MIME entity, so attachments and the real headers stay inside.
Signed mail is ``multipart/signed; protocol="application/pgp-signature"`` with
a detached signature over the first part exactly as transmitted, in canonical
CRLF form (section 5) — that is why :func:`sign` fixes line ends before it
signs, and :func:`verify` checks the bytes between the boundaries, not a
re-serialisation. Inline PGP (an armoured block inside a ``text/plain`` body)
is still sent by some clients and is read, never written.

Keys may be given parsed (:class:`PublicKey`, :class:`SecretKey`) or as the
armoured/binary bytes the key store holds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pysequoia.packet import Tag

from siegel.core.mime import MAX_MESSAGE_BYTES
from siegel.core.mime.entity import MalformedEntity, body_of, content_type, new_boundary, parts
from siegel.core.mime.entity import decoded_body as entity_decoded_body
from siegel.core.mime.line_ends import crlf
from siegel.core.openpgp import message
from siegel.core.openpgp.errors import MalformedMessage, MessageTooLarge, OpenPgpError
from siegel.core.openpgp.keys import PublicKey, SecretKey, public_key_of, secret_key_of
from siegel.core.openpgp.packets import read_packets
from siegel.core.openpgp.verification import PgpResult, SignatureStatus

__all__ = [
    "SignatureStatus",
    "decoded_body",
    "decrypt_and_verify",
    "encrypt_and_sign",
    "encrypted_payload",
    "find_armor",
    "sign",
    "signed_parts",
    "verify",
]

ENCRYPTED_PROTOCOL = "application/pgp-encrypted"
SIGNATURE_PROTOCOL = "application/pgp-signature"
_ARMOR = {
    kind: re.compile(rb"-----BEGIN PGP " + kind + rb"-----.*?-----END PGP " + end + rb"-----", re.S)
    for kind, end in (
        (b"MESSAGE", b"MESSAGE"),
        (b"SIGNED MESSAGE", b"SIGNATURE"),
        (b"SIGNATURE", b"SIGNATURE"),
    )
}


def encrypt_and_sign(
    entity: bytes,
    recipients: Sequence[PublicKey | bytes],
    signer: SecretKey | bytes | None = None,
) -> bytes:
    """A ``multipart/encrypted`` entity (CRLF) carrying ``entity`` encrypted to every recipient.

    The entity is encrypted byte for byte, so it comes back exactly as given.
    """
    armored = message.encrypt(
        entity,
        [public_key_of(k) for k in recipients],
        secret_key_of(signer) if signer is not None else None,
    )
    boundary = new_boundary("siegel-pgp")
    return (
        (
            f'Content-Type: multipart/encrypted; protocol="{ENCRYPTED_PROTOCOL}";\r\n'
            f' boundary="{boundary}"\r\n\r\n'
            "This is an OpenPGP/MIME encrypted message (RFC 3156).\r\n"
            f"--{boundary}\r\n"
            f"Content-Type: {ENCRYPTED_PROTOCOL}\r\n"
            "Content-Description: PGP/MIME version identification\r\n\r\n"
            "Version: 1\r\n\r\n"
            f"--{boundary}\r\n"
            'Content-Type: application/octet-stream; name="encrypted.asc"\r\n'
            "Content-Description: OpenPGP encrypted message\r\n"
            'Content-Disposition: inline; filename="encrypted.asc"\r\n\r\n'
        ).encode()
        + crlf(armored).rstrip(b"\r\n")
        + f"\r\n--{boundary}--\r\n".encode()
    )


def decrypt_and_verify(
    mail: bytes,
    secret_keys: Sequence[SecretKey | bytes],
    known_public_keys: Sequence[PublicKey | bytes],
    *,
    max_size: int = MAX_MESSAGE_BYTES,
) -> PgpResult:
    """Open a PGP/MIME or inline-PGP message (or entity) and check the signature inside.

    For PGP/MIME the content is the decrypted MIME entity. For inline PGP it is a
    ``text/plain`` entity holding only the decrypted text: text around the armoured
    block was not encrypted or signed and is left out rather than mixed in.
    """
    if len(mail) > max_size:
        raise MessageTooLarge(f"the message has {len(mail):,} bytes; the limit is {max_size:,}")
    media, params = content_type(mail)
    keys = [secret_key_of(k) for k in secret_keys]
    known = [public_key_of(k) for k in known_public_keys]
    if media == "multipart/encrypted":
        return message.decrypt(encrypted_payload(mail, params), keys, known, max_size=max_size)
    armored = _inline(mail, media, b"MESSAGE")
    opened = message.decrypt(armored, keys, known, max_size=max_size)
    return _as_text_entity(opened, params.get("charset", "utf-8"))


def sign(entity: bytes, signer: SecretKey | bytes) -> bytes:
    """A ``multipart/signed`` entity (CRLF): ``entity`` in canonical form and its detached signature.

    The entity must already be 7bit-safe (quoted-printable or base64 for 8-bit
    content), as RFC 3156 section 5 requires for anything that may be re-encoded.
    """
    signed = crlf(entity)
    signature, micalg = message.sign_detached(signed, secret_key_of(signer))
    boundary = new_boundary("siegel-pgp")
    return (
        (
            f'Content-Type: multipart/signed; micalg="{micalg}";\r\n'
            f' protocol="{SIGNATURE_PROTOCOL}"; boundary="{boundary}"\r\n\r\n'
            "This is an OpenPGP/MIME signed message (RFC 3156).\r\n"
            f"--{boundary}\r\n"
        ).encode()
        + signed
        + (
            f"\r\n--{boundary}\r\n"
            f'Content-Type: {SIGNATURE_PROTOCOL}; name="signature.asc"\r\n'
            "Content-Description: OpenPGP digital signature\r\n"
            'Content-Disposition: attachment; filename="signature.asc"\r\n\r\n'
        ).encode()
        + crlf(signature).rstrip(b"\r\n")
        + f"\r\n--{boundary}--\r\n".encode()
    )


def verify(mail: bytes, known_public_keys: Sequence[PublicKey | bytes]) -> PgpResult:
    """Check a PGP/MIME ``multipart/signed`` message, or an inline-signed text.

    The result's content is the signed entity exactly as it was signed (CRLF).
    """
    media, params = content_type(mail)
    known = [public_key_of(k) for k in known_public_keys]
    if media == "multipart/signed":
        signed, signature = signed_parts(mail, params)
        return message.verify_detached(signed, signature, known)
    text = decoded_body(mail)
    for kind in (b"SIGNED MESSAGE", b"MESSAGE"):
        found = find_armor(text, kind)
        if found is not None:
            return message.verify_inline(found, known)
    raise MalformedMessage(f"not an OpenPGP signed message ({media})")


def encrypted_payload(mail: bytes, params: dict[str, str]) -> bytes:
    """The armoured OpenPGP message of a ``multipart/encrypted`` entity (RFC 3156 section 4)."""
    if params.get("protocol", "").lower() != ENCRYPTED_PROTOCOL:
        raise MalformedMessage(
            f"multipart/encrypted with protocol {params.get('protocol')!r}, not PGP/MIME"
        )
    parts = _parts(mail)
    if len(parts) < 2:
        raise MalformedMessage("PGP/MIME message needs a control part and an encrypted part")
    control, payload = parts[0], parts[1]
    if content_type(control)[0] != ENCRYPTED_PROTOCOL or b"Version: 1" not in body_of(control):
        raise MalformedMessage("PGP/MIME control part is not application/pgp-encrypted Version: 1")
    found = find_armor(decoded_body(payload), b"MESSAGE")
    if found is None:
        raise MalformedMessage("the PGP/MIME encrypted part holds no armoured PGP message")
    return found


def signed_parts(mail: bytes, params: dict[str, str]) -> tuple[bytes, bytes]:
    """(signed entity as transmitted in CRLF form, armoured signature) of ``multipart/signed``."""
    if params.get("protocol", "").lower() != SIGNATURE_PROTOCOL:
        raise MalformedMessage(
            f"multipart/signed with protocol {params.get('protocol')!r}, not PGP/MIME"
        )
    parts = _parts(mail)
    if len(parts) != 2:
        raise MalformedMessage(f"multipart/signed must have two parts, this one has {len(parts)}")
    signature = find_armor(decoded_body(parts[1]), b"SIGNATURE")
    if signature is None:
        raise MalformedMessage("the signature part holds no armoured PGP signature")
    return parts[0], signature


def find_armor(text: bytes, kind: bytes) -> bytes | None:
    """The first ASCII-armoured block of ``kind`` (MESSAGE, SIGNED MESSAGE, SIGNATURE), if any."""
    match = _ARMOR[kind].search(text)
    return match.group(0) if match else None


def _inline(mail: bytes, media: str, kind: bytes) -> bytes:
    if not media.startswith("text/"):
        raise MalformedMessage(f"not a PGP/MIME or inline PGP message ({media})")
    found = find_armor(decoded_body(mail), kind)
    if found is None:
        raise MalformedMessage(f"no OpenPGP message in this {media} body")
    return found


def _as_text_entity(opened: PgpResult, charset: str) -> PgpResult:
    safe_charset = re.sub(r"[^A-Za-z0-9_.:-]", "", charset) or "utf-8"
    entity = (
        f"Content-Type: text/plain; charset={safe_charset}\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
    ).encode() + crlf(opened.content)
    return PgpResult(
        entity, opened.status, opened.signer_fingerprint, opened.recipients, opened.reason
    )


def _parts(mail: bytes) -> list[bytes]:
    try:
        return parts(mail)
    except MalformedEntity as exc:
        raise MalformedMessage(str(exc)) from None


def decoded_body(entity: bytes) -> bytes:
    """A single-part body with its transfer encoding undone."""
    try:
        return entity_decoded_body(entity)
    except MalformedEntity:
        raise MalformedMessage("the part is not valid base64") from None


def is_encrypted(entity: bytes) -> bool:
    """A real PGP/MIME envelope: control part ``Version: 1``, then encrypted OpenPGP packets.

    A marker string in a plain text part is not enough (review finding): the armoured
    block must hold a session key for a recipient and the encrypted data.
    """
    try:
        packets = read_packets(encrypted_payload(entity, content_type(entity)[1]))
    except (OpenPgpError, MalformedEntity):
        return False
    tags = [packet.tag for packet in packets]  # pysequoia's tags compare, but do not hash
    session_key = any(tag in (Tag.PKESK, Tag.SKESK) for tag in tags)
    return session_key and any(tag in (Tag.SEIP, Tag.AED, Tag.SED) for tag in tags)
