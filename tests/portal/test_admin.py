"""Staff see metadata only and withdraw unread messages; the user then sees "zurückgezogen"."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from siegel.audit.models import AuditEvent
from siegel.portal import content, selectors, services
from siegel.portal.models import PortalMessage

pytestmark = pytest.mark.django_db

SECRET = b"From: leistung@versicherer.example\r\nSubject: Befund Mueller\r\n\r\nDiagnose F32.1\r\n"


@pytest.fixture
def staff(client: Client) -> Client:
    client.force_login(
        User.objects.create_superuser("a", "a@versicherer.example", "Sehr-geheim-2026!")
    )
    return client


def deposit(message_id: str) -> PortalMessage:
    (done,) = services.deposit(
        recipients=["kunde@example.org"],
        sender="leistung@versicherer.example",
        message_id=message_id,
        content=SECRET,
    )
    return done.message


def test_the_admin_never_shows_content(staff: Client) -> None:
    message = deposit("<a-1@versicherer.example>")
    for url in (
        "/admin/portal/portalmessage/",
        f"/admin/portal/portalmessage/{message.pk}/change/",
        "/admin/portal/portalaccount/",
    ):
        page = staff.get(url).content.decode()
        assert "kunde@example.org" in page
        assert "Befund" not in page and "F32.1" not in page and "Mueller" not in page


def test_withdrawing_an_unread_message(staff: Client) -> None:
    unread, read = deposit("<a-2@versicherer.example>"), deposit("<a-3@versicherer.example>")
    services.record_access(read, "text", actor="portal:kunde@example.org")
    staff.post(
        "/admin/portal/portalmessage/",
        {"action": "withdraw", "_selected_action": [unread.pk, read.pk]},
    )
    unread.refresh_from_db()
    read.refresh_from_db()
    assert unread.withdrawn_at is not None and read.withdrawn_at is None
    assert bytes(unread.wrapped_key) == b"" and bytes(unread.sealed_summary) == b""
    assert selectors.opened_summary(unread) is None
    assert content.summary(read).subject == "Befund Mueller"
    assert AuditEvent.objects.filter(action="portal.message.withdraw").count() == 1
    (status,) = [s for s in selectors.status_of("<a-2@versicherer.example>")]
    assert status.withdrawn_at and not status.read_at


def test_status_and_withdraw_from_the_command_line(settings: object) -> None:
    from io import StringIO

    from django.core.management import CommandError, call_command

    message = deposit("<cli-1@versicherer.example>")
    out = StringIO()
    call_command("portal", "status", "<cli-1@versicherer.example>", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "recipient\tdeposited\tread\texpires\twithdrawn"
    assert lines[1].startswith("kunde@example.org\t") and "Befund" not in out.getvalue()
    call_command("portal", "withdraw", "<cli-1@versicherer.example>", stdout=out)
    message.refresh_from_db()
    assert message.withdrawn_at is not None
    with pytest.raises(CommandError, match="no portal message"):
        call_command("portal", "status", "<nope@x>", stdout=StringIO())


def test_only_staff_with_the_permission_withdraw(client: Client) -> None:
    from django.contrib.auth.models import Permission

    message = deposit("<perm-1@versicherer.example>")
    viewer = User.objects.create_user(
        "v", "v@versicherer.example", "Sehr-geheim-2026!", is_staff=True
    )
    viewer.user_permissions.add(Permission.objects.get(codename="view_portalmessage"))
    client.force_login(viewer)
    client.post(
        "/admin/portal/portalmessage/", {"action": "withdraw", "_selected_action": [message.pk]}
    )
    message.refresh_from_db()
    assert message.withdrawn_at is None
    viewer.user_permissions.add(Permission.objects.get(codename="withdraw_portalmessage"))
    viewer = User.objects.get(pk=viewer.pk)
    client.force_login(viewer)
    client.post(
        "/admin/portal/portalmessage/", {"action": "withdraw", "_selected_action": [message.pk]}
    )
    message.refresh_from_db()
    assert message.withdrawn_at is not None
