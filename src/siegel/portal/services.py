"""Depositing mail in the portal and telling the recipient, without content.

A deposit is idempotent: the key is a hash of the Message-ID, the content and the
recipient, so when the sending MTA retries a transaction whose answer got lost, the
second attempt finds the first deposit and neither stores nor notifies again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from siegel.audit.services import record
from siegel.keys.masterkey import keyring
from siegel.outbox import services as outbox
from siegel.portal.models import PortalAccount, PortalMessage


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
    *, recipients: Sequence[str], sender: str, message_id: str, content: bytes
) -> list[Deposit]:
    """Store ``content`` for each recipient and queue each notification, in one transaction.

    Nothing leaves here: the notifications are queued (:mod:`siegel.outbox`) and
    sent after the commit, so a slow mail hop cannot hold this transaction, and a
    deposit that rolls back notifies nobody.
    """
    with transaction.atomic():
        return [_deposit(address, sender, message_id, content) for address in recipients]


def _deposit(recipient: str, sender: str, message_id: str, content: bytes) -> Deposit:
    key = idempotency_key(message_id, recipient, content)
    existing = PortalMessage.objects.filter(idempotency_key=key).first()
    if existing:
        return Deposit(existing, created=False)
    account, new_account = PortalAccount.objects.get_or_create(address=recipient.strip().lower())
    message = PortalMessage(
        account=account,
        sender=sender,
        idempotency_key=key,
        size=len(content),
        expires=timezone.now() + dt.timedelta(days=settings.SIEGEL_PORTAL_RETENTION_DAYS),
    )
    message.sealed_content = keyring().seal(content, message.seal_context)
    message.save()
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
    outbox.queue(notification(account, message), key=f"portal-notification:{key}")
    return Deposit(message, created=True)


def notification(account: PortalAccount, message: PortalMessage) -> outbox.Draft:
    """The notification mail: that there is a message and where, never what it says."""
    url = settings.SIEGEL_PORTAL_URL.rstrip("/") + "/postfach/"
    brand = settings.SIEGEL_BRAND_NAME
    body = (
        "Guten Tag,\n\n"
        f"in Ihrem sicheren Postfach bei {brand} liegt eine neue Nachricht für Sie.\n"
        f"Sie können sie hier lesen: {url}\n\n"
        f"Die Nachricht wird am {message.expires:%d.%m.%Y} automatisch gelöscht.\n\n"
        "Diese Benachrichtigung enthält aus Datenschutzgründen keinen Inhalt.\n"
        "Bitte antworten Sie nicht auf diese E-Mail.\n"
    )
    return outbox.Draft(
        kind="portal-notification",
        to=(account.address,),
        subject=f"Neue sichere Nachricht – {brand}",
        body=body,
    )


def delete_expired(*, now: dt.datetime | None = None) -> int:
    """Delete every message whose deletion date has come (content with it); returns how many.

    The notification promised this date. Each deletion is an audit event without
    content; a message is deleted in its own transaction, so a failure leaves the
    rest for the next run (every hour).
    """
    moment = now or timezone.now()
    deleted = 0
    for pk, address in PortalMessage.objects.filter(expires__lte=moment).values_list(
        "pk", "account__address"
    ):
        with transaction.atomic():
            count, _ = PortalMessage.objects.filter(pk=pk, expires__lte=moment).delete()
            if count:
                record(
                    "system:worker",
                    "portal.message.delete",
                    f"portal-message:{pk}",
                    {"recipient": address, "reason": "retention"},
                )
                deleted += 1
    return deleted
