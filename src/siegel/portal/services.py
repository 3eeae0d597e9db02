"""Depositing mail in the portal and telling the recipient, without content.

A deposit is idempotent: the key is a hash of the Message-ID, the content and the
recipient, so when the sending MTA retries a transaction whose answer got lost, the
second attempt finds the first deposit and neither stores nor notifies again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

from siegel.audit.services import record
from siegel.keys.masterkey import keyring
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


def deposit(*, recipient: str, sender: str, message_id: str, content: bytes) -> Deposit:
    """Store ``content`` for ``recipient`` and send the notification mail (once)."""
    key = idempotency_key(message_id, recipient, content)
    with transaction.atomic():
        existing = PortalMessage.objects.filter(idempotency_key=key).first()
        if existing:
            return Deposit(existing, created=False)
        account, new_account = PortalAccount.objects.get_or_create(
            address=recipient.strip().lower()
        )
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
        # The notification leaves only if the deposit commits, and fails the deposit if it cannot.
        notify(account, message)
    return Deposit(message, created=True)


def notify(account: PortalAccount, message: PortalMessage) -> None:
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
    mail = EmailMessage(
        subject=f"Neue sichere Nachricht – {brand}",
        body=body,
        to=[account.address],
        headers={"Auto-Submitted": "auto-generated"},
    )
    mail.send()
