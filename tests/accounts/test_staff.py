"""Staff actions: the admin (German) and ``siegel portal``, each audited."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from siegel.accounts import selectors
from siegel.accounts.models import Account, AccountStatus
from siegel.audit.models import AuditEvent
from tests.accounts.conftest import ADDRESS, PASSWORD
from tests.support.outbox import queued

pytestmark = pytest.mark.django_db


def portal(*args: str) -> str:
    out = StringIO()
    call_command("portal", *args, stdout=out)
    return out.getvalue()


def lock(address: str = ADDRESS) -> None:
    for attempt in range(3):
        Client().post("/postfach/anmelden/", {"username": address, "password": f"falsch {attempt}"})


@pytest.fixture
def staff() -> Client:
    user = User.objects.create_superuser("admin", "admin@versicherer.example", "admin-passwort-123")
    client = Client()
    client.force_login(user)
    return client


def test_command_create_and_list() -> None:
    assert "created" in portal("create", "Neu@Extern.Example")
    assert len(queued("accounts-one-time-password")) == 1
    listing = portal("list")
    assert "neu@extern.example\tinvited\t-" in listing
    with pytest.raises(CommandError, match="already has"):
        portal("create", "neu@extern.example")
    with pytest.raises(CommandError, match="not an e-mail"):
        portal("create", "kein-mail")
    assert AuditEvent.objects.filter(
        action="accounts.account.create", actor__startswith="cli:"
    ).exists()


def test_command_unlock_reset_disable(account: Account) -> None:
    lock()
    assert "locked" in portal("list", "--status", "active")
    assert "unlocked" in portal("unlock", ADDRESS)
    assert not selectors.is_locked(ADDRESS)
    assert "reset" in portal("reset-question", ADDRESS)
    assert len(queued("accounts-reset-link")) == 1
    assert "disabled" in portal("disable", ADDRESS)
    account.refresh_from_db()
    assert account.status == AccountStatus.DISABLED
    with pytest.raises(CommandError, match="no portal account"):
        portal("unlock", "niemand@extern.example")
    with pytest.raises(CommandError, match="registered already"):
        portal("resend", ADDRESS)
    actions = set(
        AuditEvent.objects.filter(actor__startswith="cli:").values_list("action", flat=True)
    )
    assert {"accounts.unlock", "accounts.question.reset", "accounts.disable"} <= actions


def test_command_resend(invited: object) -> None:
    assert "queued" in portal("resend", ADDRESS)
    assert len(queued("accounts-one-time-password")) == 2


def test_admin_lists_status_lock_and_last_login(staff: Client, account: Account) -> None:
    lock()
    html = staff.get("/admin/accounts/account/").content.decode()
    assert ADDRESS in html and "Gesperrt" in html and "Letzte Anmeldung" in html
    assert "icon-yes" in html  # locked
    assert PASSWORD not in html


def test_admin_actions(staff: Client, account: Account) -> None:
    lock()
    for action in ("unlock", "reset_security_question", "disable"):
        response = staff.post(
            "/admin/accounts/account/",
            {"action": action, "_selected_action": [account.pk]},
        )
        assert response.status_code == 302, action
    account.refresh_from_db()
    assert account.status == AccountStatus.DISABLED and not account.user.is_active
    assert not selectors.is_locked(ADDRESS)
    actors = set(AuditEvent.objects.filter(actor="staff:admin").values_list("action", flat=True))
    assert {"accounts.unlock", "accounts.question.reset", "accounts.disable"} <= actors


def test_admin_creates_and_resends(staff: Client) -> None:
    response = staff.post("/admin/accounts/account/add/", {"address": "Neu@Extern.Example"})
    assert response.status_code == 302
    account = selectors.account_for_address("neu@extern.example")
    assert account is not None
    staff.post(
        "/admin/accounts/account/",
        {"action": "resend_registration", "_selected_action": [account.pk]},
    )
    assert len(queued("accounts-one-time-password")) == 2
