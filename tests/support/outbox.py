"""Siegel's own mails in tests: what was queued, and sending it as the task worker would."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from email.message import EmailMessage
from pathlib import Path
from unittest import mock

from siegel.core.policy import PortalAvailability
from siegel.keys.masterkey import keyring
from siegel.outbox import sending
from siegel.outbox.models import OwnMail
from siegel.policy import selectors as policy_selectors


def queued(kind: str | None = None) -> list[EmailMessage]:
    """The own mails queued so far (sent or not), oldest first, parsed; of one ``kind`` if given."""
    mails = OwnMail.objects.order_by("pk")
    if kind:
        mails = mails.filter(kind=kind)
    found = []
    for mail in mails:
        content = (
            keyring().open(bytes(mail.sealed_content), mail.seal_context)
            if mail.sealed_content
            else b""
        )
        parsed = email.message_from_bytes(content, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        found.append(parsed)
    return found


def body(mail: EmailMessage) -> str:
    part = mail.get_body(("plain",))
    assert part is not None
    return str(part.get_content())


def send_queued() -> int:
    """Send every due own mail now, as the worker's minute task does; how many were sent."""
    return sending.send_due()


@contextmanager
def without_portal() -> Iterator[None]:
    """Plan as if no recipient could use the portal (the policy's next way is then visible)."""
    real = policy_selectors.recipient_facts

    def no_portal(addresses, **kwargs):  # type: ignore[no-untyped-def]
        return [
            replace(f, portal=PortalAvailability.NOT_POSSIBLE) for f in real(addresses, **kwargs)
        ]

    with mock.patch("siegel.policy.decisions.recipient_facts", no_portal):
        yield


def arrived(directory: Path) -> list[Path]:
    """The mails in a sink directory once Siegel's queued own mails are sent too."""
    send_queued()
    return sorted(directory.glob("*.eml"))
