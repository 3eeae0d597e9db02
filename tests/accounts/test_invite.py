"""The contract with the mailbox: invite() inside the deposit, and the two registration mails."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.contrib.auth.models import User
from django.db import transaction
from django.test import override_settings

from siegel.accounts import selectors, services
from siegel.accounts.models import AccountStatus, AccountToken
from siegel.accounts.tokens import OTP_ALPHABET
from siegel.audit.models import AuditEvent
from siegel.outbox.models import OwnMail
from tests.accounts.conftest import ADDRESS, invite, register
from tests.support.outbox import body, queued

pytestmark = pytest.mark.django_db


@override_settings(
    SIEGEL_BRAND_NAME="Muster Versicherung",
    SIEGEL_CONTACT_TEXT="Telefon 0800 123 456",
    SIEGEL_PORTAL_URL="https://postfach.muster.example",
)
def test_first_invitation_creates_the_account_and_queues_two_mails() -> None:
    assert services.invite("  Kunde@Extern.Example ", actor="system:gateway") is True
    account = selectors.account_for_address(ADDRESS)
    assert account is not None and account.status == AccountStatus.INVITED
    assert account.user.username == ADDRESS and not account.user.is_staff
    assert not account.user.has_usable_password()
    (password_mail,) = queued("accounts-one-time-password")
    (link_mail,) = queued("accounts-registration-link")
    secret = re.search(r"^ {4}(\S+)\r?$", body(password_mail), re.MULTILINE).group(1)  # type: ignore[union-attr]
    assert len(secret) >= 8 and set(secret) <= set(OTP_ALPHABET)
    assert not set(secret) & set("0O1Il5S2Z8B")
    assert "registrieren" not in body(password_mail)
    assert secret not in body(link_mail)
    assert (
        "https://postfach.muster.example/postfach/registrieren/?adresse=kunde%40extern.example"
        in body(link_mail)
    )
    for mail in (password_mail, link_mail):
        text = body(mail)
        assert "Muster Versicherung" in text and "Telefon 0800 123 456" in text
        assert text.index("Guten Tag") < text.index("Hello")
        assert mail["To"] == ADDRESS
    stored = AccountToken.objects.get()
    assert secret not in stored.digest
    assert set(AuditEvent.objects.values_list("action", flat=True)) >= {
        "accounts.account.create",
        "accounts.registration.mailed",
    }
    assert all(secret not in str(event.details) for event in AuditEvent.objects.all())


def test_second_deposit_sends_no_second_registration() -> None:
    invite()
    assert services.invite(ADDRESS, actor="system:gateway") is False
    assert OwnMail.objects.count() == 2


def test_expired_one_time_password_brings_new_registration_mails() -> None:
    invite()
    AccountToken.objects.update(expires=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    assert services.invite(ADDRESS, actor="system:gateway") is True
    assert OwnMail.objects.count() == 4


def test_active_account_gets_no_registration_mails() -> None:
    register()
    before = OwnMail.objects.count()
    assert services.invite(ADDRESS, actor="system:gateway") is False
    assert OwnMail.objects.count() == before


def test_deposit_invitation_for_a_disabled_account_is_refused() -> None:
    account = register()
    services.disable(account, actor="staff:test")
    before = OwnMail.objects.count()
    assert services.invite(ADDRESS, actor="system:gateway") is False
    assert OwnMail.objects.count() == before


def test_staff_address_never_becomes_a_portal_account() -> None:
    User.objects.create_user("chef@extern.example", is_staff=True)
    assert services.invite("chef@extern.example", actor="system:gateway") is False
    assert selectors.account_for_address("chef@extern.example") is None
    assert AuditEvent.objects.filter(action="accounts.invite.refused").exists()


def test_invitation_rolls_back_with_the_deposit() -> None:
    with pytest.raises(RuntimeError), transaction.atomic():
        services.invite(ADDRESS, actor="system:gateway")
        raise RuntimeError("deposit failed")
    assert selectors.account_for_address(ADDRESS) is None
    assert OwnMail.objects.count() == 0


@override_settings(SIEGEL_PORTAL_OTP_DAYS=3)
def test_one_time_password_validity_is_configurable() -> None:
    invite()
    token = AccountToken.objects.get()
    assert (token.expires - token.created).days in {2, 3}


def test_address_too_long_for_an_account_is_refused_not_raised() -> None:
    address = "a" * 140 + "@extern.example"
    assert services.invite(address, actor="system:gateway") is False
    assert selectors.account_for_address(address) is None
    assert AuditEvent.objects.filter(action="accounts.invite.refused").exists()
