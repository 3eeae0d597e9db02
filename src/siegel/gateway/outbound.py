"""Outbound: plan → protect → hand over, one group of routes at a time.

The plan (:func:`siegel.policy.decisions.plan_for`) gives every recipient a route:
the method and the key the decision chose. Each group of routes is protected
(:func:`siegel.core.protect.protect`) and handed over (:mod:`.handover`); every
group is at the next hop, in the portal, or reported to the author before this
returns, so the listener's 250 means "all of it is safe". What cannot be done as
decided raises :class:`DeliveryError` and the sender retries: a mail never leaves
weaker than its plan. Recipients a next hop refused for good are reported to the
author; only when every recipient was refused is the mail refused as a whole.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field, replace

from asn1crypto import cms
from django.conf import settings

from siegel.audit import services as audit
from siegel.core.mime import headers
from siegel.core.mime.entity import content_type
from siegel.core.openpgp.pgpmime import is_encrypted as pgp_encrypted
from siegel.core.policy import DeliveryMethod, PseudonymisationError
from siegel.core.policy.methods import TRANSPORT_METHODS
from siegel.core.policy.plan import Plan, Route
from siegel.core.protect import SenderKeys, protect
from siegel.core.smime import Signer
from siegel.core.smime.envelope import envelope_of
from siegel.core.smime.errors import SmimeError
from siegel.core.smime.mime import split_message
from siegel.gateway import records
from siegel.gateway.delivery import (
    DeliveryError,
    DeliveryInProgress,
    Envelope,
    NextHop,
    PermanentDeliveryError,
)
from siegel.gateway.handover import Handed, hand_over, tls_failing_too_long, tls_next_hop
from siegel.gateway.results import Fate, RecipientOutcome
from siegel.keys import selectors as key_selectors
from siegel.outbox import services as outbox
from siegel.policy.decisions import plan_for, record_decision
from siegel.portal import services as portal

log = logging.getLogger(__name__)

ENCRYPTED_TYPES = {"application/pkcs7-mime", "application/x-pkcs7-mime", "multipart/encrypted"}


def already_encrypted(message: bytes) -> bool:
    """The sender encrypted end to end itself: pass it through, never encrypt twice.

    The label alone is not trusted: a part that only *claims* to be encrypted (and
    might carry plain text) goes through classification like any other mail.
    """
    media = content_type(message)[0]  # the message's field, which its content entity keeps
    if media not in ENCRYPTED_TYPES:
        return False
    if media == "multipart/encrypted":
        return pgp_encrypted(split_message(message)[1])
    try:
        kind = cms.ContentInfo.load(envelope_of(message))["content_type"].native
    except (SmimeError, ValueError, TypeError, KeyError):
        return False
    return kind in {"enveloped_data", "authenticated_enveloped_data"}


def send(
    original: Envelope,
    recipients: tuple[str, ...],
    next_hop: NextHop,
    *,
    key: str,
    own_mail: bool = False,
) -> list[RecipientOutcome]:
    """Every recipient's mail out as planned; raises DeliveryError when the sender must retry.

    ``own_mail`` is Siegel's own mail (a notification, a report): it never goes to
    the portal (a notification would announce itself), and what cannot be sent is
    logged and audited instead of reported to an author that is Siegel itself.
    """
    message = headers.remove_names(original.content, ["Bcc"])
    if already_encrypted(message):
        passing = replace(
            original, recipients=recipients, content=headers.remove_prefix(message, "X-Siegel-")
        )
        outgoing = Outgoing(original, passing.content, "", key, next_hop, own_mail)
        outgoing.delivered(hand_over(next_hop, passing, key))
        return outgoing.finish()
    message_id = headers.get(message, "Message-ID") or ""
    if not message_id:
        # Made from the key, not at random: a retry must carry the same one, or its
        # portal deposits (keyed on Message-ID and content) would be made again.
        message_id = f"<{key[:32]}@{original.sender.rpartition('@')[2] or 'siegel.invalid'}>"
        message = headers.prepend(message, [("Message-ID", message_id)])
    # The marking header (X-Siegel-Classification) counts only from a configured internal relay.
    trusted = bool(original.peer) and original.peer in settings.SIEGEL_INTERNAL_RELAYS
    planned = plan_for(
        message,
        sender=original.sender,
        recipients=recipients,
        trusted_relay=trusted,
        portal=not own_mail,
    )
    record_decision(planned, sender=original.sender, message_id=message_id)
    outgoing = Outgoing(
        original,
        headers.remove_prefix(message, "X-Siegel-"),  # internal markings never leave
        message_id,
        key,
        next_hop,
        own_mail,
    )
    outgoing.follow(planned)
    return outgoing.finish()


@dataclass
class Outgoing:
    """One outbound mail on its way: each group delivered, deposited or reported."""

    original: Envelope
    message: bytes
    message_id: str
    key: str
    next_hop: NextHop
    own_mail: bool
    outcomes: list[RecipientOutcome] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # for good, by a next hop
    _sender_keys: SenderKeys | None = None

    @property
    def sender(self) -> str:
        return self.original.sender

    def envelope(self, recipients: list[str], content: bytes) -> Envelope:
        """What goes to the next hop; the sender's deadline travels with it."""
        return Envelope(self.sender, tuple(recipients), content, answer_by=self.original.answer_by)

    def follow(self, planned: Plan) -> None:
        for (method, pseudonymise), routes in planned.groups().items():
            if method is DeliveryMethod.REJECT:
                self.not_sent(routes, f"{self.key}:rejected", [r.reason for r in routes])
            elif method is DeliveryMethod.PORTAL:
                self.deposit(routes)
            else:
                self.transmit(planned, method, pseudonymise, routes)

    def deposit(self, routes: tuple[Route, ...]) -> None:
        """Store for each recipient and queue the notifications, and the note to the author.

        The note is queued in the deposits' own transaction: it exists exactly when they
        do (a retry that finds them stored finds the note queued too).
        """
        addresses = [r.address for r in routes]

        def note(deposits: list[portal.Deposit]) -> None:
            new = [d.message.account.address for d in deposits if d.created]
            if new and settings.SIEGEL_REPORT_PORTAL_DEPOSITS and not self.own_mail:
                outbox.queue(
                    portal_note(self.sender, self.subject, new),
                    key=f"{self.key}:portal-note:{_digest(new)}",
                )

        deposits = portal.deposit(
            recipients=addresses,
            sender=self.sender,
            message_id=self.message_id,
            content=self.message,
            also=note,
        )
        self.outcomes += [
            RecipientOutcome(a, Fate.DEPOSITED, f"portal:{d.message.pk}")
            for a, d in zip(addresses, deposits, strict=True)
        ]

    def transmit(
        self, planned: Plan, method: DeliveryMethod, pseudonymise: bool, routes: tuple[Route, ...]
    ) -> None:
        group = [r.address for r in routes]
        try:
            content = protect(
                self.message,
                method,
                [r.key for r in routes],
                self.sender_keys(),
                pseudonymise=pseudonymise,
            )
        except PseudonymisationError as exc:
            self.not_sent(
                routes,
                f"{self.key}:{method.value}:pseudonymised",
                [NOT_PSEUDONYMISED] * len(routes),
            )
            self.audit("gateway.pseudonymisation_failed", group, str(exc))
            return
        hop = tls_next_hop() if method is DeliveryMethod.TLS_VERIFIED else self.next_hop
        key = f"{self.key}:{method.value}"
        try:
            self.delivered(hand_over(hop, self.envelope(group, content), key))
        except DeliveryError as exc:
            if (
                method is not DeliveryMethod.TLS_VERIFIED
                or isinstance(exc, DeliveryInProgress)
                or not tls_failing_too_long(key, exc)
            ):
                raise
            self.without_tls(planned, records.pending(key, group), exc)

    def without_tls(self, planned: Plan, group: list[str], failure: DeliveryError) -> None:
        """Verified TLS kept failing: plan again without it (portal, or a report), never plain.

        ``group`` holds only the recipients still without the mail: direct delivery
        may have delivered some domains over verified TLS on an earlier attempt.
        """
        fallback = planned.without_tls(group)
        self.audit("gateway.tls_fallback", group, str(failure))
        for (method, _), routes in fallback.groups().items():
            if method in TRANSPORT_METHODS:  # the way was to be verified TLS: never weaker
                raise DeliveryError(
                    f"verified TLS keeps failing and the policy offers only a weaker way for "
                    f"{', '.join(r.address for r in routes)}: {failure}"
                ) from failure
        self.follow(fallback)

    def delivered(self, handed: Handed) -> None:
        self.refused += handed.refused
        self.outcomes += [
            RecipientOutcome(address, Fate.DELIVERED, handed.queue_id)
            for address in handed.delivered
        ]

    def not_sent(self, routes: tuple[Route, ...], key: str, reasons: list[str]) -> None:
        refused = [(r.address, why) for r, why in zip(routes, reasons, strict=True)]
        self.report(refused, key, because=NO_SECURE_WAY)

    def report(self, refused: list[tuple[str, str]], key: str, *, because: str) -> None:
        """Tell the author who did not get the mail and why (without its content)."""
        self.outcomes += [RecipientOutcome(a, Fate.REPORTED, why) for a, why in refused]
        addresses = [a for a, _ in refused]
        if self.own_mail:  # the author is Siegel: an operator must see it instead
            log.error("own mail %s not sent to %s", self.message_id, refused)
            self.audit("gateway.own_mail_not_sent", addresses, "; ".join(w for _, w in refused))
            return
        outbox.queue(
            not_sent_report(self.sender, self.subject, refused, because=because),
            key=f"{key}:{_digest(addresses)}",
        )

    def finish(self) -> list[RecipientOutcome]:
        """Report the recipients refused for good, or refuse the mail if that is all of them.

        When every recipient was refused, nobody got the mail: the refusal makes the
        sending MTA bounce it. Otherwise a bounce would tell the author that nobody
        got it, so the mail is accepted and this report names the others.
        """
        if self.refused:
            refused_addresses = {a.lower() for a, _ in self.refused}
            if refused_addresses >= {r.lower() for r in self.original.recipients}:
                raise PermanentDeliveryError(
                    "; ".join(dict.fromkeys(why for _, why in self.refused))
                )
            self.report(self.refused, f"{self.key}:refused", because=REFUSED_BY_RECIPIENT)
        return self.outcomes

    def sender_keys(self) -> SenderKeys:
        """The sender's signing keys, opened once per mail and only when a group signs."""
        if self._sender_keys is None:
            self._sender_keys = sender_keys(self.sender)
        return self._sender_keys

    @property
    def subject(self) -> str:
        return headers.get(self.message, "Subject") or "(ohne Betreff)"

    def audit(self, action: str, group: list[str], reason: str) -> None:
        audit.record(
            "system:gateway",
            action,
            f"message:{self.message_id}",
            {"recipients": group, "reason": reason[:500]},
        )


def sender_keys(sender: str) -> SenderKeys:
    """The keys that sign ``sender``'s mail (personal, else the domain's), if signing is on."""
    if not settings.SIEGEL_SIGN_OUTGOING:
        return SenderKeys()
    identity = key_selectors.signing_key(sender)
    own_pgp = key_selectors.own_pgp_secrets(sender)
    return SenderKeys(
        Signer(identity.certificate, identity.private_key, identity.chain) if identity else None,
        own_pgp[0] if own_pgp else None,
    )


def _digest(addresses: list[str]) -> str:
    return hashlib.sha256("\0".join(sorted(a.lower() for a in addresses)).encode()).hexdigest()[:16]


NOT_PSEUDONYMISED = (
    "die personenbezogenen Daten konnten nicht sicher ersetzt werden (Pseudonymisierung)"
)
NO_SECURE_WAY = "weil kein erlaubtes sicheres Verfahren zur Verfügung stand"
REFUSED_BY_RECIPIENT = "weil die Mailserver der Empfänger sie endgültig abgelehnt haben"


def not_sent_report(
    author: str, subject: str, refused: list[tuple[str, str]], *, because: str
) -> outbox.Draft:
    """Which recipients did not get the mail, and why (without its content)."""
    lines = "\n".join(f"- {address}: {reason}" for address, reason in refused)
    return outbox.Draft(
        kind="report-not-sent",
        to=(author,),
        subject=f"Nicht zugestellt: {subject}",
        body=(
            f"Ihre Nachricht »{subject}« wurde an folgende Empfänger nicht zugestellt, "
            f"{because}:\n\n{lines}\n\n"
            "Bitte wählen Sie einen anderen Weg (z. B. das Portal) oder wenden Sie sich an die "
            "Administration.\n"
        ),
        auto_submitted="auto-replied",
    )


def portal_note(author: str, subject: str, recipients: list[str]) -> outbox.Draft:
    """That the mail waits in the portal (SIEGEL_REPORT_PORTAL_DEPOSITS)."""
    lines = "\n".join(f"- {address}" for address in recipients)
    return outbox.Draft(
        kind="report-portal-deposit",
        to=(author,),
        subject=f"Über das Portal zugestellt: {subject}",
        body=(
            f"Ihre Nachricht »{subject}« wurde für folgende Empfänger sicher im Portal hinterlegt; "
            f"sie erhalten eine Benachrichtigung ohne Inhalt:\n\n{lines}\n"
        ),
        auto_submitted="auto-replied",
    )
