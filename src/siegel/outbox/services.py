"""Queueing Siegel's own mails: written with their cause, sent after the commit.

:func:`queue` stores the finished mail (sealed) and enqueues the task that sends
it, both inside the caller's transaction — a mail exists exactly when what
caused it committed, and nothing leaves while the transaction is open. The same
``key`` queued again returns the mail already queued: a retried transaction (the
sender's MTA retries, a task runs twice) never sends a second copy.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from siegel.keys.masterkey import keyring
from siegel.outbox.models import OwnMail


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str  # "type/subtype"
    data: bytes


@dataclass(frozen=True)
class Draft:
    """One of Siegel's own mails before it is composed: who, what, and what kind.

    ``sender`` defaults to ``SIEGEL_FROM_ADDRESS``; the display name is always the
    brand (``SIEGEL_BRAND_NAME``), so the recipient sees who writes.
    """

    kind: str  # "portal-notification", "report-not-sent", ... (for the log and the admin)
    to: tuple[str, ...]
    subject: str
    body: str
    sender: str = ""
    reply_to: str = ""
    auto_submitted: str = "auto-generated"
    attachments: tuple[Attachment, ...] = ()


def compose(draft: Draft, *, key: str) -> bytes:
    """The mail as it leaves: brand display name, local ``Date``, a ``Message-ID`` from ``key``.

    The Message-ID is derived from the key, in the sender's domain, so the mail
    composed again for the same cause is the same mail.
    """
    sender = draft.sender or settings.DEFAULT_FROM_EMAIL
    mail = EmailMessage(policy=SMTP)
    mail["From"] = formataddr((settings.SIEGEL_BRAND_NAME, sender))
    mail["To"] = ", ".join(draft.to)
    mail["Subject"] = one_line(draft.subject)
    mail["Date"] = format_datetime(timezone.localtime())
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]
    mail["Message-ID"] = f"<{digest}@{sender.rpartition('@')[2]}>"
    mail["Auto-Submitted"] = draft.auto_submitted
    if draft.reply_to:
        mail["Reply-To"] = draft.reply_to
    mail.set_content(draft.body)
    for attachment in draft.attachments:
        maintype, _, subtype = attachment.content_type.partition("/")
        mail.add_attachment(
            attachment.data, maintype=maintype, subtype=subtype, filename=attachment.filename
        )
    return mail.as_bytes()


def one_line(text: str, limit: int = 200) -> str:
    """A header value from any text: no control or line-separating characters, bounded.

    Subjects of reports come from outside mail: a form feed or U+2028 in one made the
    mail package refuse the header, and the report — with the deposit it belonged to —
    was retried for ever.
    """
    printable = "".join(c if c.isprintable() else " " for c in text)
    return " ".join(printable.split())[:limit]


def queue(draft: Draft, *, key: str) -> OwnMail:
    """Store the composed mail and enqueue its sending, in the caller's transaction (idempotent)."""
    return queue_message(
        draft.kind,
        draft.sender or settings.DEFAULT_FROM_EMAIL,
        draft.to,
        compose(draft, key=key),
        key=key,
    )


def queue_message(
    kind: str,
    sender: str,
    recipients: tuple[str, ...],
    content: bytes,
    *,
    key: str,
    authenticated_sender: str = "",
) -> OwnMail:
    """Queue a finished mail under ``key``; the mail already queued under it if there is one.

    ``authenticated_sender`` is set for a portal user's letter (see
    :mod:`siegel.portal.sending`): the gateway marks the mail with it.
    """
    from siegel.outbox.tasks import send_own_mail

    with transaction.atomic():
        existing = OwnMail.objects.filter(key=key).first()
        if existing is not None:
            return existing
        mail = OwnMail(
            key=key,
            kind=kind,
            sender=sender,
            recipients=list(recipients),
            authenticated_sender=authenticated_sender,
            next_attempt=timezone.now(),
        )
        mail.sealed_content = keyring().seal(content, mail.seal_context)
        mail.save()
        # The database task queue writes the task in this transaction: it runs after the commit.
        send_own_mail.enqueue(mail.pk)
    return mail
