"""Outbound: classify, decide per recipient, and send each group the way it was decided.

One outgoing mail per method group; every group is at the next hop (or in the
portal) before this returns, so the listener's 250 means "all of it is safe".
Anything that cannot be done as decided raises, and the sender retries: a mail
never leaves weaker than its decision. Recipients a next hop refused for good are
reported to the author once the rest is out, so the 250 stands for the others;
only when every recipient was refused does the sender get a 5xx (and bounce).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from asn1crypto import cms
from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import F
from django.utils import timezone

from siegel.audit import services as audit
from siegel.core.mime import headers
from siegel.core.openpgp.pgpmime import encrypt_and_sign
from siegel.core.policy import Decision, DeliveryMethod, PseudonymisationError
from siegel.core.policy.methods import TRANSPORT_METHODS
from siegel.core.policy.pseudonymised_mail import pseudonymise_mail
from siegel.core.smime import Signer, encrypt_message, sign
from siegel.core.smime.envelope import choose_cipher, envelope_of
from siegel.core.smime.errors import SmimeError
from siegel.core.smime.mime import content_type, join_message, split_message
from siegel.gateway.delivery import (
    DeliveryError,
    DeliveryInProgress,
    Envelope,
    NextHop,
    PartlyDelivered,
    PermanentDeliveryError,
    next_hop_from_setting,
)
from siegel.gateway.direct import DirectNextHop, pending
from siegel.gateway.models import TlsDeliveryFailure
from siegel.keys import selectors as key_selectors
from siegel.keys.models import KeyKind
from siegel.policy.decisions import (
    MessageDecision,
    decide_for,
    decide_without_tls,
    record_decision,
)
from siegel.portal import services as portal

ENCRYPTED_TYPES = {"application/pkcs7-mime", "application/x-pkcs7-mime", "multipart/encrypted"}
S_MIME_METHODS = {DeliveryMethod.SMIME, DeliveryMethod.DOMAIN_SMIME}


def already_encrypted(message: bytes) -> bool:
    """The sender encrypted end to end itself: pass it through, never encrypt twice.

    The label alone is not trusted: a part that only *claims* to be encrypted (and
    might carry plain text) goes through classification like any other mail.
    """
    media = content_type(message)[0]  # the message's field, which its content entity keeps
    if media not in ENCRYPTED_TYPES:
        return False
    if media == "multipart/encrypted":
        return b"-----BEGIN PGP MESSAGE-----" in split_message(message)[1]
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
        refused: list[tuple[str, str]] = []
        queue_id = hand_over(next_hop, Envelope(original.sender, recipients, passing), key, refused)
        report_refused(original, passing, refused)
        return queue_id or "reported"
    message_id = headers.get(message, "Message-ID") or ""
    if not message_id:
        # Made from the key, not at random: a retry must carry the same one, or its
        # portal deposits (keyed on Message-ID and content) would be made again.
        message_id = f"<{key[:32]}@{original.sender.rpartition('@')[2] or 'siegel.invalid'}>"
        message = headers.prepend(message, [("Message-ID", message_id)])
    # The marking header (X-Siegel-Classification) counts only from a configured internal relay.
    trusted = bool(original.peer) and original.peer in settings.SIEGEL_INTERNAL_RELAYS
    outcome = decide_for(
        message, sender=original.sender, recipients=recipients, trusted_relay=trusted
    )
    record_decision(outcome, sender=original.sender, message_id=message_id)
    sending = Sending(
        original.sender,
        headers.remove_prefix(message, "X-Siegel-"),  # internal markings never leave
        message_id,
        key,
        next_hop,
        outcome,
    )
    for (method, replace_data), group in outcome.decision.groups().items():
        sending.deliver(method, replace_data, group, outcome.decision)
    report_refused(original, sending.message, sending.refused)
    if sending.deposited and settings.SIEGEL_REPORT_PORTAL_DEPOSITS:
        report_portal_deposit(original.sender, sending.message, sending.deposited)
    return ",".join(sending.ids) or "reported"


def hand_over(
    hop: NextHop, envelope: Envelope, key: str, refused: list[tuple[str, str]]
) -> str | None:
    """Deliver; recipients the hop refused for good go to ``refused`` (address, reason).

    They do not fail the mail: :func:`report_refused` tells the author about them
    once everything else is out. None when the hop took no recipient at all.
    """
    try:
        return hop.deliver(envelope, key=key)
    except PartlyDelivered as exc:
        refused += exc.refused
        return exc.delivered
    except PermanentDeliveryError as exc:
        refused += [(address, str(exc)) for address in envelope.recipients]
        return None


def report_refused(original: Envelope, message: bytes, refused: list[tuple[str, str]]) -> None:
    """Report the recipients refused for good to the author, or refuse the mail if that is all.

    When every recipient of the transaction was refused, nobody got the mail: the
    5xx makes the sending MTA bounce it. Otherwise a bounce would tell the author
    that nobody got it, so the listener answers 250 and this report names the others.
    """
    if not refused:
        return
    if {a.lower() for a, _ in refused} >= {r.lower() for r in original.recipients}:
        raise PermanentDeliveryError("; ".join(dict.fromkeys(why for _, why in refused)))
    report_not_sent(original.sender, message, refused, because=REFUSED_BY_RECIPIENT)


@dataclass
class Sending:
    """One outbound mail on its way: each method group delivered, deposited or reported."""

    sender: str
    message: bytes
    message_id: str
    key: str
    next_hop: NextHop
    outcome: MessageDecision
    ids: list[str] = field(default_factory=list)
    deposited: list[str] = field(default_factory=list)  # new portal deposits (not retries)
    refused: list[tuple[str, str]] = field(default_factory=list)  # for good, by a next hop

    def deliver(
        self, method: DeliveryMethod, replace_data: bool, group: list[str], decision: Decision
    ) -> None:
        if method is DeliveryMethod.REJECT:
            rejected = [r for r in decision.recipients if r.address in group]
            report_not_sent(self.sender, self.message, [(r.address, r.reason) for r in rejected])
        elif method is DeliveryMethod.PORTAL:
            self.deposit(group)
        else:
            self.transmit(method, replace_data, group)

    def deposit(self, group: list[str]) -> None:
        for address in group:
            deposit = portal.deposit(
                recipient=address,
                sender=self.sender,
                message_id=self.message_id,
                content=self.message,
            )
            self.ids.append(str(deposit.message.pk))
            if deposit.created:
                self.deposited.append(address)

    def transmit(self, method: DeliveryMethod, replace_data: bool, group: list[str]) -> None:
        try:
            body = pseudonymise_mail(self.message).content if replace_data else self.message
        except PseudonymisationError as exc:
            report_not_sent(self.sender, self.message, [(a, NOT_PSEUDONYMISED) for a in group])
            self._audit("gateway.pseudonymisation_failed", group, str(exc))
            return
        content, hop = protect(method, body, self.sender, group, self.next_hop)
        key = f"{self.key}:{method.value}"
        try:
            queue_id = hand_over(
                hop, Envelope(self.sender, tuple(group), content), key, self.refused
            )
        except DeliveryError as exc:
            if (
                method is not DeliveryMethod.TLS_VERIFIED
                or isinstance(exc, DeliveryInProgress)
                or not tls_failing_too_long(key, exc)
            ):
                raise
            self.without_tls(undelivered(hop, key, group), exc)
            return
        if queue_id:
            self.ids.append(queue_id)

    def without_tls(self, group: list[str], failure: DeliveryError) -> None:
        """Verified TLS kept failing: decide again without it (portal, or a report), never plain.

        ``group`` holds only the recipients still without the mail (see :func:`undelivered`).
        """
        decision = decide_without_tls(self.outcome, group)
        self._audit("gateway.tls_fallback", group, str(failure))
        for (method, replace_data), fallback in decision.groups().items():
            if method in TRANSPORT_METHODS:  # the way was to be verified TLS: never weaker
                raise DeliveryError(
                    f"verified TLS keeps failing and the policy offers only a weaker way for "
                    f"{', '.join(fallback)}: {failure}"
                ) from failure
            self.deliver(method, replace_data, fallback, decision)

    def _audit(self, action: str, group: list[str], reason: str) -> None:
        audit.record(
            "system:gateway",
            action,
            f"message:{self.message_id}",
            {"recipients": group, "reason": reason[:500]},
        )


def undelivered(hop: NextHop, key: str, group: list[str]) -> list[str]:
    """The recipients of ``group`` that the failed hand-over under ``key`` did not reach.

    Direct delivery hands over domain by domain and records every recipient a server
    accepted, maybe over verified TLS on an earlier attempt: those must not be decided
    again (a portal deposit or a report for mail they have). Any other hop takes the
    group as a whole or not at all.
    """
    return pending(key, group) if isinstance(hop, DirectNextHop) else group


def tls_failing_too_long(key: str, failure: DeliveryError) -> bool:
    """Count the failed attempt; True once the first one is older than SIEGEL_TLS_FALLBACK_AFTER."""
    record, _ = TlsDeliveryFailure.objects.get_or_create(key=key[:200])
    TlsDeliveryFailure.objects.filter(pk=record.pk).update(
        attempts=F("attempts") + 1, last_reason=str(failure)[:1000]
    )
    waited = timezone.now() - record.first_failed_at
    return waited.total_seconds() >= settings.SIEGEL_TLS_FALLBACK_AFTER


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
        return next_hop_from_setting(settings.SIEGEL_TLS_NEXT_HOP, tls_required=True)
    if settings.SIEGEL_NEXT_HOP.startswith("sink:"):
        return next_hop_from_setting(settings.SIEGEL_NEXT_HOP)
    raise DeliveryError("TLS-required mail but no SIEGEL_TLS_NEXT_HOP is configured")


NOT_PSEUDONYMISED = (
    "die personenbezogenen Daten konnten nicht sicher ersetzt werden (Pseudonymisierung)"
)
NO_SECURE_WAY = "weil kein erlaubtes sicheres Verfahren zur Verfügung stand"
REFUSED_BY_RECIPIENT = "weil die Mailserver der Empfänger sie endgültig abgelehnt haben"


def report_not_sent(
    sender: str, message: bytes, refused: list[tuple[str, str]], *, because: str = NO_SECURE_WAY
) -> None:
    """Tell the sender which recipients did not get the mail, and why (without its content)."""
    subject = _subject(message)
    lines = "\n".join(f"- {address}: {reason}" for address, reason in refused)
    _report(
        sender,
        f"Nicht zugestellt: {subject}",
        f"Ihre Nachricht »{subject}« wurde an folgende Empfänger nicht zugestellt, "
        f"{because}:\n\n{lines}\n\n"
        "Bitte wählen Sie einen anderen Weg (z. B. das Portal) oder wenden Sie sich an die "
        "Administration.\n",
    )


def report_portal_deposit(sender: str, message: bytes, recipients: list[str]) -> None:
    """Tell the sender that the mail waits in the portal (SIEGEL_REPORT_PORTAL_DEPOSITS)."""
    subject = _subject(message)
    lines = "\n".join(f"- {address}" for address in recipients)
    _report(
        sender,
        f"Über das Portal zugestellt: {subject}",
        f"Ihre Nachricht »{subject}« wurde für folgende Empfänger sicher im Portal hinterlegt; "
        f"sie erhalten eine Benachrichtigung ohne Inhalt:\n\n{lines}\n",
    )


def _subject(message: bytes) -> str:
    return headers.get(message, "Subject") or "(ohne Betreff)"


def _report(sender: str, subject: str, body: str) -> None:
    EmailMessage(
        subject=subject, body=body, to=[sender], headers={"Auto-Submitted": "auto-replied"}
    ).send()
