"""A deposit is the same deposit only for the same mail, not for the same Message-ID."""

from __future__ import annotations

import pytest

from siegel.outbox.models import OwnMail
from siegel.portal import services
from siegel.portal.models import PortalMessage

pytestmark = pytest.mark.django_db

MESSAGE_ID = "<1@versicherer.example>"
CONTENT = b"Message-ID: <1@versicherer.example>\r\nSubject: Ihr Bescheid\r\n\r\nBescheid A\r\n"


def deposit(content: bytes) -> services.Deposit:
    (deposited,) = services.deposit(
        recipients=["kunde@example.org"],
        sender="leistung@versicherer.example",
        message_id=MESSAGE_ID,
        content=content,
    )
    return deposited


def test_the_same_mail_again_is_one_deposit() -> None:
    first, again = deposit(CONTENT), deposit(CONTENT)
    assert first.created and not again.created
    assert PortalMessage.objects.count() == 1 and OwnMail.objects.count() == 2


def test_another_mail_reusing_the_message_id_is_deposited_too() -> None:
    """A buggy client or an edited resend reuses the Message-ID: that mail must not vanish."""
    deposit(CONTENT)
    edited = deposit(CONTENT.replace(b"Bescheid A", b"Bescheid B (korrigiert)"))
    assert edited.created
    assert PortalMessage.objects.count() == 2
    kinds = list(OwnMail.objects.order_by("pk").values_list("kind", flat=True))
    assert kinds[-1] == "portal-notification", "registered or not, the second message is announced"
