"""Sending queued own mails through the gateway's outbound path, until each is out.

A mail is claimed by moving its next attempt into the future in one UPDATE, so
two workers never send it at once; the hand-over itself runs outside any
transaction, and the delivery key (the mail's ``key``) keeps a retry after a
crash from delivering it twice where the next hop can tell.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.db.models import F
from django.utils import timezone

from siegel.audit.services import record
from siegel.gateway.delivery import Envelope
from siegel.gateway.services import send_mail
from siegel.keys.masterkey import keyring
from siegel.outbox.models import OwnMail

log = logging.getLogger(__name__)

CLAIM = dt.timedelta(minutes=15)  # longer than any hand-over; a crashed attempt is retried after it
RETRY_AFTER = (60, 300, 900, 3600)  # seconds, by attempt; the last one repeats


def send_one(mail_id: int, *, now: dt.datetime | None = None) -> str:
    """Send the mail if it is due and nobody else is sending it; say what happened."""
    moment = now or timezone.now()
    claimed = OwnMail.objects.filter(
        pk=mail_id, sent_at__isnull=True, given_up_at__isnull=True, next_attempt__lte=moment
    ).update(next_attempt=moment + CLAIM, attempts=F("attempts") + 1)
    if not claimed:
        return "not due"
    mail = OwnMail.objects.get(pk=mail_id)
    content = keyring().open(bytes(mail.sealed_content), mail.seal_context)
    result = send_mail(
        Envelope(
            mail.sender,
            tuple(mail.recipients),
            content,
            authenticated_sender=mail.authenticated_sender,
        ),
        key=mail.key,
        own_mail=True,
    )
    if result.accepted:
        OwnMail.objects.filter(pk=mail.pk).update(
            sent_at=timezone.now(), sealed_content=b"", last_error=""
        )
        return "sent"
    if result.refusal is not None:
        OwnMail.objects.filter(pk=mail.pk).update(  # the content is no longer needed
            given_up_at=timezone.now(), last_error=result.refusal.reason[:1000], sealed_content=b""
        )
        log.error("own mail %s (%s) refused for good: %s", mail.pk, mail.kind, result.refusal)
        record(
            "system:outbox",
            "outbox.mail.given_up",
            f"own-mail:{mail.pk}",
            {"kind": mail.kind, "recipients": mail.recipients, "reason": result.refusal.reason},
        )
        return "given up"
    reason = result.retry.reason if result.retry else "unknown"
    wait = RETRY_AFTER[min(mail.attempts, len(RETRY_AFTER)) - 1]
    OwnMail.objects.filter(pk=mail.pk).update(
        next_attempt=timezone.now() + dt.timedelta(seconds=wait), last_error=reason[:1000]
    )
    log.warning("own mail %s (%s) not sent, retry in %d s: %s", mail.pk, mail.kind, wait, reason)
    return "retry"


def send_due(*, now: dt.datetime | None = None, limit: int = 200) -> int:
    """Send what is due (a failed attempt's wait is over, or its task was lost); how many were sent."""
    moment = now or timezone.now()
    due = OwnMail.objects.filter(
        sent_at__isnull=True, given_up_at__isnull=True, next_attempt__lte=moment
    ).values_list("pk", flat=True)[:limit]
    return sum(send_one(pk, now=moment) == "sent" for pk in list(due))
