"""Depositing in the portal: sealed content, one notification without content, idempotent."""

from __future__ import annotations

import pytest
from django.core import mail
from django.test import Client

from siegel.audit.models import AuditEvent
from siegel.keys.masterkey import keyring
from siegel.portal import services
from siegel.portal.models import PortalAccount, PortalMessage

pytestmark = pytest.mark.django_db

CONTENT = (
    b"From: leistung@versicherer.example\r\nSubject: Ihr Arztbericht\r\n\r\nDiagnose F32.1\r\n"
)


def deposit(
    message_id: str = "<1@versicherer.example>", recipient: str = "Kunde@Example.org"
) -> services.Deposit:
    return services.deposit(
        recipient=recipient,
        sender="leistung@versicherer.example",
        message_id=message_id,
        content=CONTENT,
    )


def test_deposit_seals_content_and_notifies_without_content() -> None:
    result = deposit()
    assert result.created
    stored = bytes(result.message.sealed_content)
    assert b"F32.1" not in stored and b"Arztbericht" not in stored
    assert keyring().open(stored, result.message.seal_context) == CONTENT
    assert PortalAccount.objects.get().address == "kunde@example.org"
    (notification,) = mail.outbox
    assert notification.to == ["kunde@example.org"]
    assert "neue Nachricht" in notification.body and "/postfach/" in notification.body
    assert "Arztbericht" not in notification.body + notification.subject
    assert "F32.1" not in notification.body
    assert notification.extra_headers["Auto-Submitted"] == "auto-generated"
    assert set(AuditEvent.objects.values_list("action", flat=True)) == {
        "portal.account.create",
        "portal.message.deposit",
    }


def test_retried_mail_is_deposited_once() -> None:
    first, again = deposit(), deposit()
    assert first.created and not again.created
    assert again.message == first.message
    assert PortalMessage.objects.count() == 1
    assert len(mail.outbox) == 1


def test_other_recipient_or_message_is_a_new_deposit() -> None:
    deposit()
    deposit(recipient="zweite@example.org")
    deposit(message_id="<2@versicherer.example>")
    assert PortalMessage.objects.count() == 3


def test_failed_notification_leaves_no_deposit(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("next hop down")

    monkeypatch.setattr(services.EmailMessage, "send", broken)
    with pytest.raises(OSError, match="next hop down"):
        deposit()
    assert not PortalMessage.objects.exists() and not PortalAccount.objects.exists()


def test_entry_page(client: Client) -> None:
    response = client.get("/postfach/")
    assert response.status_code == 200
    assert "Sicheres Postfach" in response.content.decode()
