"""Django's outgoing mail (notifications, reports) through the gateway's next hop.

Siegel's own mails leave the same way as every other mail, so the embedded mode
finds them in the sink and production hands them to Postfix: one path out.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.message import EmailMessage

from siegel.gateway.delivery import DeliveryError, Envelope, next_hop_from_setting


class NextHopEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        next_hop = next_hop_from_setting(settings.SIEGEL_NEXT_HOP)
        sent = 0
        for message in email_messages:
            recipients = message.recipients()
            if not recipients:
                continue
            # Django's MIMEMixin.as_bytes takes linesep; the stubs only know email.message's.
            content = message.message().as_bytes(linesep="\r\n")  # type: ignore[call-arg]
            envelope = Envelope(message.from_email, tuple(recipients), content)
            try:
                next_hop.deliver(envelope)
            except DeliveryError:
                if not self.fail_silently:
                    raise
                continue
            sent += 1
        return sent
