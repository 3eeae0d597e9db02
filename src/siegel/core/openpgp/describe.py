"""Describe a PGP message without opening it: framing, layers, recipients, signers.

Used by ``siegel inspect`` and by the audit log, so it must work without any key.
The recipients come from the session-key packets (key ids are in clear by
design, unless the sender hid them); whether an encrypted message is also signed
is unknowable before decryption, and is said so (``signed`` is None) rather
than guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

from pysequoia.packet import Packet, Tag

from siegel.core.mime.entity import content_type
from siegel.core.openpgp.errors import MalformedMessage
from siegel.core.openpgp.packets import pkesk_recipient, read_packets
from siegel.core.openpgp.pgpmime import decoded_body, encrypted_payload, find_armor, signed_parts

_LAYER_NAMES = (
    (Tag.PKESK, "public-key encrypted session key"),
    (Tag.SKESK, "password encrypted session key"),
    (Tag.SEIP, "integrity-protected encrypted data"),
    (Tag.AED, "AEAD encrypted data (GnuPG OCB)"),
    (Tag.SED, "encrypted data without integrity protection"),
    (Tag.CompressedData, "compressed data"),
    (Tag.OnePassSig, "one-pass signature"),
    (Tag.Literal, "literal data"),
    (Tag.Signature, "signature"),
    (Tag.Marker, "marker"),
    (Tag.Padding, "padding"),
)


@dataclass(frozen=True)
class PgpDescription:
    framing: str  # "pgp/mime", "inline" or "cleartext"
    encrypted: bool
    signed: bool | None  # None: encrypted, a signature would be inside
    layers: tuple[str, ...]
    recipient_key_ids: tuple[str, ...]
    signer_key_ids: tuple[str, ...]
    reason: str


def describe(mail: bytes) -> PgpDescription:
    """What a PGP/MIME or inline PGP message (or entity) consists of."""
    media, params = content_type(mail)
    if media == "multipart/encrypted":
        return _encrypted("pgp/mime", encrypted_payload(mail, params))
    if media == "multipart/signed":
        _, signature = signed_parts(mail, params)
        return _signed("pgp/mime", ("multipart/signed",), read_packets(signature))
    text = decoded_body(mail)
    cleartext = find_armor(text, b"SIGNED MESSAGE")
    if cleartext is not None:
        return _signed("cleartext", ("cleartext signed text",), read_packets(cleartext))
    armored = find_armor(text, b"MESSAGE")
    if armored is None:
        raise MalformedMessage(f"no OpenPGP data in this message ({media})")
    if any(p.tag == Tag.PKESK or p.tag == Tag.SEIP for p in read_packets(armored)):
        return _encrypted("inline", armored)
    return _signed("inline", (), read_packets(armored))


def _encrypted(framing: str, armored: bytes) -> PgpDescription:
    packets = read_packets(armored)
    recipients = tuple(pkesk_recipient(p.body) for p in packets if p.tag == Tag.PKESK)
    layers = tuple(_layer(p) for p in packets)
    to = ", ".join(recipients) if recipients else "a password only"
    return PgpDescription(
        framing=framing,
        encrypted=True,
        signed=None,
        layers=layers,
        recipient_key_ids=recipients,
        signer_key_ids=(),
        reason=f"{framing} encrypted to {to}; a signature, if any, is inside",
    )


def _signed(framing: str, outer: tuple[str, ...], packets: list[Packet]) -> PgpDescription:
    signers = tuple(
        dict.fromkeys(
            handle
            for p in packets
            if p.tag == Tag.Signature and (handle := p.issuer_fingerprint or p.issuer_key_id)
        )
    )
    if not any(p.tag == Tag.Signature for p in packets):
        raise MalformedMessage("the OpenPGP data is neither encrypted nor signed")
    return PgpDescription(
        framing=framing,
        encrypted=False,
        signed=True,
        layers=outer + tuple(_layer(p) for p in packets),
        recipient_key_ids=(),
        signer_key_ids=signers,
        reason=f"{framing} signed by {', '.join(signers) or 'an unnamed key'}, not encrypted",
    )


def _layer(packet: Packet) -> str:
    name = next((n for tag, n in _LAYER_NAMES if tag == packet.tag), repr(packet.tag))
    if packet.tag == Tag.PKESK:
        return f"{name} to {pkesk_recipient(packet.body)}"
    if packet.tag == Tag.SEIP:
        return f"{name} v{packet.body[0]}" if packet.body else name
    return name
