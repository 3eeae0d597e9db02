"""Sending Siegel's own mails in the background."""

from __future__ import annotations

from django_tasks import task


@task()
def send_own_mail(mail_id: int) -> str:
    """Send one queued mail now (see :func:`siegel.outbox.sending.send_one`)."""
    # Imported here, not above: the gateway queues own mails, and sending goes through it.
    from siegel.outbox import sending

    return sending.send_one(mail_id)


@task()
def send_due_own_mails() -> int:
    """Every minute: what is due again after a failed attempt, or whose task was lost."""
    from siegel.outbox import sending

    return sending.send_due()
