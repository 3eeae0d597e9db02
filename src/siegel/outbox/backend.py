"""Django's mail API (``send_mail``, ``EmailMessage.send``) into the outbox, like Siegel's own mails.

Siegel's code queues its mails with :func:`siegel.outbox.services.queue` and a key
that names their cause. Whatever else uses Django's mail API (a third-party app)
still leaves the one way, keyed by its content, so the same message sent twice in
a row is sent once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.message import EmailMessage

from siegel.outbox.services import queue_message


class OutboxEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        queued = 0
        for message in email_messages:
            recipients = message.recipients()
            if not recipients:
                continue
            # Django's MIMEMixin.as_bytes takes linesep; the stubs only know email.message's.
            content = message.message().as_bytes(linesep="\r\n")  # type: ignore[call-arg]
            key = "django-mail:" + hashlib.sha256(content).hexdigest()
            queue_message("django-mail", message.from_email, tuple(recipients), content, key=key)
            queued += 1
        return queued
