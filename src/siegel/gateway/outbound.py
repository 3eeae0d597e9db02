"""Outbound: classify, decide per recipient, and send each group the way it was decided.

One outgoing mail per method group; every group is at the next hop (or in the
portal) before this returns, so the listener's 250 means "all of it is safe".
Anything that cannot be done as decided raises, and the sender retries: a mail
never leaves weaker than its decision.
"""

from __future__ import annotations

import email
import email.policy
from email.utils import make_msgid

from asn1crypto import cms
from django.conf import settings
from django.core.mail import EmailMessage

from siegel.core.classify import Classification
from siegel.core.mime import headers
from siegel.core.openpgp.pgpmime import encrypt_and_sign
from siegel.core.policy import DeliveryMethod, RecipientDecision
from siegel.core.policy.pseudonymise import pseudonymise
from siegel.core.smime import Signer, encrypt_message, sign
from siegel.core.smime.envelope import choose_cipher, envelope_of
from siegel.core.smime.errors import SmimeError
from siegel.core.smime.mime import content_type, join_message, split_message
from siegel.gateway.delivery import DeliveryError, Envelope, NextHop, next_hop_from_setting
from siegel.keys import selectors as key_selectors
from siegel.keys.models import KeyKind
from siegel.policy.decisions import decide_for, record_decision
from siegel.portal import services as portal

ENCRYPTED_TYPES = {"application/pkcs7-mime", "application/x-pkcs7-mime", "multipart/encrypted"}
S_MIME_METHODS = {DeliveryMethod.SMIME, DeliveryMethod.DOMAIN_SMIME}


def already_encrypted(message: bytes) -> bool:
    """The sender encrypted end to end itself: pass it through, never encrypt twice.

    The label alone is not trusted: a part that only *claims* to be encrypted (and
    might carry plain text) goes through classification like any other mail.
    """
    entity = split_message(message)[1]
    media = content_type(entity)[0]
    if media == "multipart/encrypted":
        return b"-----BEGIN PGP MESSAGE-----" in entity
    if media not in ENCRYPTED_TYPES:
        return False
    try:
        kind = cms.ContentInfo.load(envelope_of(message))["content_type"].native
    except (SmimeError, ValueError, TypeError, KeyError):
        return False
    return kind in {"enveloped_data", "authenticated_enveloped_data"}


def send(original: Envelope, recipients: tuple[str, ...], next_hop: NextHop) -> str:
    message = headers.remove_names(original.content, ["Bcc"])
    key = Envelope(original.sender, recipients, original.content).delivery_key()
    if already_encrypted(message):
        passing = headers.remove_prefix(message, "X-Siegel-")
        return next_hop.deliver(Envelope(original.sender, recipients, passing), key=key)
    message_id = headers.get(message, "Message-ID") or ""
    if not message_id:
        message_id = make_msgid(domain=original.sender.rpartition("@")[2] or None)
        message = headers.prepend(message, [("Message-ID", message_id)])
    # The marking header (X-Siegel-Classification) counts only from a configured internal relay.
    trusted = bool(original.peer) and original.peer in settings.SIEGEL_INTERNAL_RELAYS
    outcome = decide_for(
        message, sender=original.sender, recipients=recipients, trusted_relay=trusted
    )
    record_decision(outcome, sender=original.sender, message_id=message_id)
    message = headers.remove_prefix(message, "X-Siegel-")  # internal markings never leave
    ids: list[str] = []
    for (method, replace_data), group in outcome.decision.groups().items():
        if method is DeliveryMethod.REJECT:
            rejected = [r for r in outcome.decision.recipients if r.address in group]
            report_rejection(original.sender, message, rejected)
            continue
        if method is DeliveryMethod.PORTAL:
            for address in group:
                deposit = portal.deposit(
                    recipient=address,
                    sender=original.sender,
                    message_id=message_id,
                    content=message,
                )
                ids.append(str(deposit.message.pk))
            continue
        body = pseudonymised(message, outcome.classification) if replace_data else message
        content, hop = protect(method, body, original.sender, group, next_hop)
        ids.append(
            hop.deliver(
                Envelope(original.sender, tuple(group), content), key=f"{key}:{method.value}"
            )
        )
    return ",".join(ids) or "reported"


def protect(
    method: DeliveryMethod, message: bytes, sender: str, group: list[str], next_hop: NextHop
) -> tuple[bytes, NextHop]:
    """The mail as the method requires it, and the hop it must leave through."""
    if method is DeliveryMethod.PGP:
        return pgp(message, sender, group), next_hop
    if method in S_MIME_METHODS:
        return smime(message, sender, group), next_hop
    if method is DeliveryMethod.TLS_VERIFIED:
        return signed(message, sender), tls_next_hop()
    if method in {DeliveryMethod.TLS_OPPORTUNISTIC, DeliveryMethod.PLAIN}:
        return signed(message, sender), next_hop
    raise DeliveryError(f"method {method.value} is not available in this gateway")


def pseudonymised(message: bytes, classification: Classification) -> bytes:
    """The mail with the personal data of subject and body replaced by placeholders.

    Only a single text part can be rewritten with certainty; anything else (HTML,
    attachments) is refused, and the sender retries or the mail is handled by hand.
    """
    parsed = email.message_from_bytes(message, policy=email.policy.default)
    if parsed.is_multipart() or parsed.get_content_type() != "text/plain":
        raise DeliveryError("only plain-text mails can be pseudonymised; this one has other parts")
    subject, _ = pseudonymise(
        str(parsed.get("Subject", "")),
        [f for f in classification.findings if f.location == "subject"],
    )
    body, _ = pseudonymise(
        parsed.get_content(), [f for f in classification.findings if f.location == "body"]
    )
    if parsed.get("Subject"):
        parsed.replace_header("Subject", subject)
    parsed.set_content(body, charset="utf-8")
    return parsed.as_bytes(policy=email.policy.SMTP)


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
    # AES-256-GCM only when every recipient of the group advertised it; else AES-256-CBC.
    common = set.intersection(*capabilities) if capabilities else set()
    return encrypt_message(
        message, certificates, cipher=choose_cipher(sorted(common)), signer=_signer(sender)
    )


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
