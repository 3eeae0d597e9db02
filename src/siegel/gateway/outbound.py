"""Outbound: classify, decide per recipient, and send each group the way it was decided.

One outgoing mail per method group; every group is at the next hop (or in the
portal) before this returns, so the listener's 250 means "all of it is safe".
Anything that cannot be done as decided raises, and the sender retries: a mail
never leaves weaker than its decision.
"""

from __future__ import annotations

from email.utils import make_msgid

from django.conf import settings
from django.core.mail import EmailMessage

from siegel.core.mime import headers
from siegel.core.openpgp.pgpmime import encrypt_and_sign
from siegel.core.policy import DeliveryMethod, RecipientDecision
from siegel.core.smime import Signer, encrypt, protected_headers, sign
from siegel.core.smime.envelope import choose_cipher
from siegel.core.smime.mime import content_type, join_message, split_message
from siegel.gateway.delivery import DeliveryError, Envelope, NextHop, next_hop_from_setting
from siegel.keys import selectors as key_selectors
from siegel.keys.models import KeyKind
from siegel.policy.decisions import decide_for, record_decision
from siegel.portal import services as portal

ENCRYPTED_TYPES = {"application/pkcs7-mime", "application/x-pkcs7-mime", "multipart/encrypted"}
S_MIME_METHODS = {DeliveryMethod.SMIME, DeliveryMethod.DOMAIN_SMIME}


def already_encrypted(message: bytes) -> bool:
    """The sender encrypted end to end itself: pass it through, never encrypt twice."""
    return content_type(split_message(message)[1])[0] in ENCRYPTED_TYPES


def send(original: Envelope, recipients: tuple[str, ...], next_hop: NextHop) -> str:
    message = headers.remove_names(original.content, ["Bcc"])
    key = Envelope(original.sender, recipients, original.content).delivery_key()
    if already_encrypted(message):
        return next_hop.deliver(Envelope(original.sender, recipients, message), key=key)
    message_id = headers.get(message, "Message-ID") or ""
    if not message_id:
        message_id = make_msgid(domain=original.sender.rpartition("@")[2] or None)
        message = headers.prepend(message, [("Message-ID", message_id)])
    outcome = decide_for(message, sender=original.sender, recipients=recipients)
    record_decision(outcome, sender=original.sender, message_id=message_id)
    ids = []
    for (method, pseudonymise), group in outcome.decision.groups().items():
        group_key = f"{key}:{method.value}"
        if method is DeliveryMethod.REJECT:
            report_rejection(
                original.sender,
                message,
                [r for r in outcome.decision.recipients if r.address in group],
            )
        elif method is DeliveryMethod.PORTAL:
            for address in group:
                ids.append(
                    str(
                        portal.deposit(
                            recipient=address,
                            sender=original.sender,
                            message_id=message_id,
                            content=message,
                        ).message.pk
                    )
                )
        elif pseudonymise:
            raise DeliveryError(
                "pseudonymised delivery is not available yet; refusing to send the original"
            )
        elif method is DeliveryMethod.PGP:
            ids.append(
                next_hop.deliver(
                    Envelope(original.sender, tuple(group), pgp(message, original.sender, group)),
                    key=group_key,
                )
            )
        elif method in S_MIME_METHODS:
            ids.append(
                next_hop.deliver(
                    Envelope(original.sender, tuple(group), smime(message, original.sender, group)),
                    key=group_key,
                )
            )
        elif method is DeliveryMethod.TLS_VERIFIED:
            ids.append(
                tls_next_hop().deliver(
                    Envelope(original.sender, tuple(group), signed(message, original.sender)),
                    key=group_key,
                )
            )
        elif method in {DeliveryMethod.TLS_OPPORTUNISTIC, DeliveryMethod.PLAIN}:
            ids.append(
                next_hop.deliver(
                    Envelope(original.sender, tuple(group), signed(message, original.sender)),
                    key=group_key,
                )
            )
        else:
            raise DeliveryError(f"method {method.value} is not available in this gateway")
    return ",".join(ids) or "reported"


def _signer(sender: str) -> Signer | None:
    identity = key_selectors.signing_key(sender) if settings.SIEGEL_SIGN_OUTGOING else None
    if identity is None:
        return None
    return Signer(identity.certificate, identity.private_key, identity.chain)


def signed(message: bytes, sender: str) -> bytes:
    """The message signed with the sender's (or the domain's) key, when there is one."""
    signer = _signer(sender)
    if signer is None:
        return message
    outer, entity = split_message(message)
    return join_message(outer, sign(entity, signer))


def smime(message: bytes, sender: str, recipients: list[str]) -> bytes:
    """Sign (when a key exists), then encrypt to every recipient's certificate of the group."""
    certificates, capabilities = [], []
    for address in recipients:
        target = key_selectors.encryption_target(address)
        if target.key is None:
            raise DeliveryError(f"no usable certificate for {address} any more: {target.reason}")
        certificates.append(target.certificate)
        capabilities.append(set(getattr(target.key, "capabilities", None) or ()))
    outer, entity = split_message(message)
    outer, entity = protected_headers.protect(outer, entity)
    signer = _signer(sender)
    inner = sign(entity, signer) if signer else entity
    # AES-256-GCM only when every recipient of the group advertised it; else AES-256-CBC.
    common = set.intersection(*capabilities) if capabilities else set()
    return join_message(outer, encrypt(inner, certificates, cipher=choose_cipher(sorted(common))))


def pgp(message: bytes, sender: str, recipients: list[str]) -> bytes:
    """PGP/MIME to every recipient's key, signed with the sender's own OpenPGP key if there is one."""
    keys = []
    for address in recipients:
        target = key_selectors.encryption_target(address)
        if target.key is None or target.kind != KeyKind.PGP:
            raise DeliveryError(f"no usable OpenPGP key for {address} any more: {target.reason}")
        keys.append(bytes(target.key.public_data))
    outer, entity = split_message(message)
    own = key_selectors.own_pgp_secrets(sender) if settings.SIEGEL_SIGN_OUTGOING else []
    return join_message(outer, encrypt_and_sign(entity, keys, own[0] if own else None))


def tls_next_hop() -> NextHop:
    """TLS-required mail leaves only through a hop that insists on TLS (or the local sink)."""
    if settings.SIEGEL_TLS_NEXT_HOP:
        return next_hop_from_setting(settings.SIEGEL_TLS_NEXT_HOP)
    if settings.SIEGEL_NEXT_HOP.startswith("sink:"):
        return next_hop_from_setting(settings.SIEGEL_NEXT_HOP)
    raise DeliveryError("TLS-required mail but no SIEGEL_TLS_NEXT_HOP is configured")


def report_rejection(sender: str, message: bytes, rejected: list[RecipientDecision]) -> None:
    """Tell the sender which recipients did not get the mail, and why (without its content)."""
    subject = headers.get(message, "Subject") or "(ohne Betreff)"
    lines = [f"- {r.address}: {r.reason}" for r in rejected]
    body = (
        f"Ihre Nachricht »{subject}« wurde an folgende Empfänger nicht versandt, weil kein erlaubtes "
        "sicheres Verfahren zur Verfügung stand:\n\n" + "\n".join(lines) + "\n\n"
        "Bitte wählen Sie einen anderen Weg (z. B. das Portal) oder wenden Sie sich an die Administration.\n"
    )
    EmailMessage(
        subject=f"Nicht zugestellt: {subject}",
        body=body,
        to=[sender],
        headers={"Auto-Submitted": "auto-replied"},
    ).send()
