"""Depositing mail in the portal and telling the recipient, without content.

A deposit is idempotent: the key is a hash of the Message-ID, the content and the
recipient, so when the sending MTA retries a transaction whose answer got lost, the
second attempt finds the first deposit and neither stores nor notifies again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from siegel.accounts import mails
from siegel.accounts import selectors as accounts_selectors
from siegel.accounts import services as accounts_services
from siegel.accounts.models import AccountStatus
from siegel.audit.services import record
from siegel.core.mime.display import display
from siegel.outbox import services as outbox
from siegel.portal.content import Sealed, delete_content, delete_store, seal_message
from siegel.portal.models import Folder, PortalAccount, PortalMessage


def idempotency_key(message_id: str, recipient: str, content: bytes) -> str:
    """Message-ID, content hash and recipient: the same mail again, not just the same Message-ID.

    A buggy client or an edited resend reuses a Message-ID for another mail; keyed on
    the Message-ID alone, that mail would be taken for a retry and never deposited.
    """
    material = "\0".join(
        [message_id.strip(), hashlib.sha256(content).hexdigest(), recipient.strip().lower()]
    )
    return hashlib.sha256(material.encode()).hexdigest()


@dataclass(frozen=True)
class Deposit:
    message: PortalMessage
    created: bool


def deposit(
    *,
    recipients: Sequence[str],
    sender: str,
    message_id: str,
    content: bytes,
    also: Callable[[list[Deposit]], None] | None = None,
) -> list[Deposit]:
    """Store ``content`` for each recipient and queue each notification, in one transaction.

    The parts are sealed into storage first, outside the transaction (files are
    no place for a rollback); if the transaction fails they are removed again.
    Nothing leaves here: the notifications are queued (:mod:`siegel.outbox`) and
    sent after the commit, so a slow mail hop cannot hold this transaction, and a
    deposit that rolls back notifies nobody. ``also`` runs inside the same
    transaction with the deposits (the gateway queues its note to the author there).
    """
    keys = {address: idempotency_key(message_id, address, content) for address in recipients}
    known = set(
        PortalMessage.objects.filter(idempotency_key__in=keys.values()).values_list(
            "idempotency_key", flat=True
        )
    )
    mail = display(content) if len(known) < len(keys) else None
    sealed = {
        address: seal_message(key, content, mail)
        for address, key in keys.items()
        if key not in known
    }
    try:
        with transaction.atomic():
            deposits = [
                _deposit(address, keys[address], sealed.get(address), sender, message_id, content)
                for address in recipients
            ]
            if also is not None:
                also(deposits)
            return deposits
    except BaseException:
        for stored in sealed.values():
            delete_store(stored.store, _parts(stored))
        raise


def _parts(stored: Sealed) -> list[str]:
    return ["original", "text", "html"] + [f"a{n}" for n in range(1, stored.attachments + 1)]


def _deposit(
    recipient: str,
    key: str,
    sealed: Sealed | None,
    sender: str,
    message_id: str,
    content: bytes,
) -> Deposit:
    existing = PortalMessage.objects.filter(idempotency_key=key).first()
    if existing or sealed is None:
        if existing is None:  # sealed for nobody: deposited meanwhile by a concurrent retry
            existing = PortalMessage.objects.get(idempotency_key=key)
        return Deposit(existing, created=False)
    account, new_account = PortalAccount.objects.get_or_create(address=recipient.strip().lower())
    message = PortalMessage.objects.create(
        account=account,
        folder=Folder.INBOX,
        sender=sender,
        recipients=[account.address],
        message_id=message_id[:998],
        idempotency_key=key,
        wrapped_key=sealed.wrapped_key,
        sealed_summary=sealed.sealed_summary,
        store=sealed.store,
        size=len(content),
        attachments=sealed.attachments,
        expires=timezone.now() + dt.timedelta(days=settings.SIEGEL_PORTAL_RETENTION_DAYS),
    )
    if new_account:
        record(
            "system:gateway",
            "portal.account.create",
            f"account:{account.pk}",
            {"address": account.address},
        )
    record(
        "system:gateway",
        "portal.message.deposit",
        f"portal-message:{message.pk}",
        {"recipient": account.address, "sender": sender, "size": len(content)},
    )
    _tell(account.address, message, key)
    return Deposit(message, created=True)


def _tell(address: str, message: PortalMessage, key: str) -> None:
    """The registration mails for a first message, else the notification (never both)."""
    if accounts_services.invite(address, actor="system:gateway"):
        return
    identity = accounts_selectors.account_for_address(address)
    if identity is not None and identity.status != AccountStatus.DISABLED:
        outbox.queue(mails.new_message(identity, message.expires), key=f"portal-notification:{key}")


def delete_expired(*, now: dt.datetime | None = None) -> int:
    """Delete every message whose deletion date has come (content with it); returns how many.

    The notification promised this date. Each deletion is an audit event without
    content; a message is deleted in its own transaction, so a failure leaves the
    rest for the next run (every hour).
    """
    moment = now or timezone.now()
    deleted = 0
    for message in PortalMessage.objects.filter(expires__lte=moment).select_related("account"):
        with transaction.atomic():
            count, _ = PortalMessage.objects.filter(pk=message.pk, expires__lte=moment).delete()
            if count:
                record(
                    "system:worker",
                    "portal.message.delete",
                    f"portal-message:{message.pk}",
                    {"recipient": message.account.address, "reason": "retention"},
                )
                deleted += 1
        if count:  # the key went with the row; the sealed parts follow
            delete_content(message)
    return deleted


def record_access(message: PortalMessage, part: str, *, actor: str, action: str = "read") -> bool:
    """Before content is shown or handed out: mark the message read, audit it; False if withdrawn.

    Every way to the content — the read view, the HTML frame, a download, the reply
    form that quotes it — counts as reading: the sending employee's read receipt and
    the rule "only unread messages can be withdrawn" rely on it. The conditional
    updates make reading and withdrawing exclude each other.
    """
    with transaction.atomic():
        if not _read_before(message):
            if message.folder == Folder.INBOX:
                PortalMessage.objects.filter(
                    pk=message.pk, read_at__isnull=True, withdrawn_at__isnull=True
                ).update(read_at=timezone.now())
            if PortalMessage.objects.filter(pk=message.pk, withdrawn_at__isnull=False).exists():
                return False
        record(actor, f"portal.message.{action}", f"portal-message:{message.pk}", {"part": part})
    return True


def _read_before(message: PortalMessage) -> bool:
    """Loaded as read and not withdrawn: it stays so (only an unread message can be withdrawn)."""
    return message.read_at is not None and message.withdrawn_at is None


def record_damage(message: PortalMessage, part: str, *, actor: str) -> None:
    """Sealed content that did not open: an event for the administrator, never partial content."""
    record(actor, "portal.message.tampered", f"portal-message:{message.pk}", {"part": part})


class NotWithdrawable(ValueError):
    """Only a message nobody has read yet can be withdrawn."""


def withdraw(message: PortalMessage, *, actor: str) -> None:
    """Take back an unread message: its content and key are deleted, the row says "withdrawn"."""
    with transaction.atomic():
        taken = PortalMessage.objects.filter(
            pk=message.pk, read_at__isnull=True, withdrawn_at__isnull=True
        ).update(withdrawn_at=timezone.now(), wrapped_key=b"", sealed_summary=b"")
        if not taken:
            raise NotWithdrawable(f"message {message.pk} was read or withdrawn already")
        record(actor, "portal.message.withdraw", f"portal-message:{message.pk}", {})
    delete_content(message)


def store_sent(
    *,
    address: str,
    recipient: str,
    message_id: str,
    content: bytes,
    key: str,
    also: Callable[[PortalMessage], None] | None = None,
) -> PortalMessage:
    """The portal user's copy of a mail they sent, in "Gesendet" (idempotent on ``key``).

    ``also`` runs in the same transaction (the letter is queued for the gateway there).
    """
    idempotency = hashlib.sha256(f"sent\0{key}".encode()).hexdigest()
    existing = PortalMessage.objects.filter(idempotency_key=idempotency).first()
    if existing:
        return existing
    sealed = seal_message(idempotency, content)
    try:
        with transaction.atomic():
            account, _ = PortalAccount.objects.get_or_create(address=address.lower())
            message = PortalMessage.objects.create(
                account=account,
                folder=Folder.SENT,
                sender=account.address,
                recipients=[recipient],
                message_id=message_id[:998],
                idempotency_key=idempotency,
                wrapped_key=sealed.wrapped_key,
                sealed_summary=sealed.sealed_summary,
                store=sealed.store,
                size=len(content),
                attachments=sealed.attachments,
                read_at=timezone.now(),
                expires=timezone.now() + dt.timedelta(days=settings.SIEGEL_PORTAL_RETENTION_DAYS),
            )
            record(
                f"portal:{account.address}",
                "portal.message.send",
                f"portal-message:{message.pk}",
                {"to": recipient, "size": len(content), "attachments": sealed.attachments},
            )
            if also is not None:
                also(message)
    except BaseException:
        delete_store(sealed.store, _parts(sealed))
        raise
    return message
