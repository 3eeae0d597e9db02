"""Protecting a mail for one group of routes: pseudonymise, sign, encrypt — pure.

The keys come from the plan (each route carries the key its method was decided
on), the sender's keys from the key store; nothing here looks anything up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cryptography import x509

from siegel.core.openpgp.pgpmime import encrypt_and_sign
from siegel.core.policy.facts import RecipientKey
from siegel.core.policy.methods import TRANSPORT_METHODS, DeliveryMethod
from siegel.core.policy.pseudonymised_mail import pseudonymise_mail
from siegel.core.smime import Signer, encrypt_message, sign
from siegel.core.smime.envelope import choose_cipher
from siegel.core.smime.mime import join_message, split_message

S_MIME_METHODS = frozenset({DeliveryMethod.SMIME, DeliveryMethod.DOMAIN_SMIME})


class NotProtectable(ValueError):
    """The method does not send mail (portal, reject), or a route lacks the key it needs."""


@dataclass(frozen=True)
class SenderKeys:
    """What signs the sender's mail: its (or its domain's) S/MIME key, its OpenPGP secret key."""

    smime: Signer | None = None
    pgp_secret: bytes | None = None

    def __repr__(self) -> str:
        return f"<SenderKeys smime={self.smime is not None} pgp={self.pgp_secret is not None}>"


def protect(
    message: bytes,
    method: DeliveryMethod,
    keys: Sequence[RecipientKey | None],
    sender: SenderKeys,
    *,
    pseudonymise: bool = False,
) -> bytes:
    """The mail as ``method`` requires it for the recipients whose ``keys`` are given.

    Raises :class:`~siegel.core.policy.PseudonymisationError` when the personal
    data cannot be replaced safely, :class:`NotProtectable` when the method needs
    keys that are missing or sends nothing.
    """
    if pseudonymise:
        message = pseudonymise_mail(message).content
    if method in TRANSPORT_METHODS:
        return signed(message, sender.smime)
    present = [key for key in keys if key is not None]
    if not present or len(present) != len(keys):
        raise NotProtectable(f"{method.value} needs a key for every recipient of the group")
    if method is DeliveryMethod.PGP:
        outer, entity = split_message(message)
        return join_message(
            outer, encrypt_and_sign(entity, [k.public_data for k in present], sender.pgp_secret)
        )
    if method in S_MIME_METHODS:
        certificates = [x509.load_der_x509_certificate(k.public_data) for k in present]
        # AES-256-GCM only when every recipient of the group advertised it; else AES-256-CBC.
        common = frozenset.intersection(*(k.capabilities for k in present))
        return encrypt_message(
            message, certificates, cipher=choose_cipher(sorted(common)), signer=sender.smime
        )
    raise NotProtectable(f"{method.value} is not a way out that protects a mail")


def signed(message: bytes, signer: Signer | None) -> bytes:
    """The message signed with ``signer`` when there is one (the sender's or its domain's key)."""
    if signer is None:
        return message
    outer, entity = split_message(message)
    return join_message(outer, sign(entity, signer))
