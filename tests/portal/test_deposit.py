"""Depositing in the portal: sealed content, mails without content, idempotent."""

from __future__ import annotations

import pytest
from django.test import Client

from siegel.audit.models import AuditEvent
from siegel.outbox.models import OwnMail
from siegel.portal import content, services
from siegel.portal.models import PortalAccount, PortalMessage
from siegel.portal.storage import content_storage
from tests.support.outbox import body, queued

pytestmark = pytest.mark.django_db

CONTENT = (
    b"From: leistung@versicherer.example\r\nSubject: Ihr Arztbericht\r\n\r\nDiagnose F32.1\r\n"
)


def deposit(
    message_id: str = "<1@versicherer.example>", recipient: str = "Kunde@Example.org"
) -> services.Deposit:
    (deposited,) = services.deposit(
        recipients=[recipient],
        sender="leistung@versicherer.example",
        message_id=message_id,
        content=CONTENT,
    )
    return deposited


def test_deposit_seals_content_and_notifies_without_content() -> None:
    result = deposit()
    assert result.created
    message = result.message
    assert content.part_bytes(message, "original") == CONTENT
    assert content.summary(message).subject == "Ihr Arztbericht"
    at_rest = [bytes(message.sealed_summary), bytes(message.wrapped_key)] + [
        content_storage().open(f"{message.store}/{part}").read() for part in ("original", "text")
    ]
    assert not any(b"F32.1" in blob or b"Arztbericht" in blob for blob in at_rest)
    assert PortalAccount.objects.get().address == "kunde@example.org"
    mails = queued()
    assert [m["To"] for m in mails] == ["kunde@example.org"] * 2, "the two registration mails"
    for mail in mails:
        text = body(mail)
        assert "Arztbericht" not in text + str(mail["Subject"]) and "F32.1" not in text
        assert mail["Auto-Submitted"] == "auto-generated" and "English" in text
    assert "/postfach/registrieren/?adresse=kunde%40example.org" in body(mails[1])
    assert set(AuditEvent.objects.values_list("action", flat=True)) == {
        "portal.account.create",
        "portal.message.deposit",
        "accounts.account.create",
        "accounts.registration.mailed",
    }


def test_retried_mail_is_deposited_once() -> None:
    first, again = deposit(), deposit()
    assert first.created and not again.created
    assert again.message == first.message
    assert PortalMessage.objects.count() == 1
    assert OwnMail.objects.count() == 2, "the registration mails, once"


def test_other_recipient_or_message_is_a_new_deposit() -> None:
    deposit()
    deposit(recipient="zweite@example.org")
    deposit(message_id="<2@versicherer.example>")
    assert PortalMessage.objects.count() == 3


def test_a_notification_that_cannot_be_queued_leaves_no_deposit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(services.outbox, "queue", broken)
    with pytest.raises(OSError, match="disk full"):
        deposit()
    assert not PortalMessage.objects.exists() and not PortalAccount.objects.exists()


def test_several_recipients_are_deposited_together_or_not_at_all(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real, calls = services.outbox.queue, []

    def second_fails(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(services.outbox, "queue", second_fails)
    with pytest.raises(OSError):
        services.deposit(
            recipients=["a@example.org", "b@example.org"],
            sender="leistung@versicherer.example",
            message_id="<3@versicherer.example>",
            content=CONTENT,
        )
    assert not PortalMessage.objects.exists() and not OwnMail.objects.exists()


def test_the_entry_leads_to_the_sign_in_page(client: Client) -> None:
    response = client.get("/postfach/")
    assert response.status_code == 302 and response["Location"] == "/postfach/anmelden/"
