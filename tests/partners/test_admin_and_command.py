"""Staff create and lock firms in the admin and on the command line; documents stay sealed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from siegel.audit.models import AuditEvent
from siegel.partners.models import Firm, FirmState, Membership, Role, Shipment
from tests.partners.conftest import ADMIN, Pair, deposit
from tests.support.outbox import queued

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client: Client) -> Client:
    client.force_login(
        User.objects.create_superuser("a", "a@versicherer.example", "Sehr-geheim-2026!")
    )
    return client


def test_staff_create_a_firm_with_its_first_administrator_in_the_admin(staff: Client) -> None:
    response = staff.post(
        "/admin/partners/firm/add/",
        {
            "name": "Makler C OHG",
            "registration_number": "D-C000-11111-22",
            "admin_address": "Chef@Makler-C.example",
            "admin_name": "Carl Chef",
            "second_factor_required": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    firm = Firm.objects.get(registration_number="D-C000-11111-22")
    assert firm.second_factor_required
    admin = Membership.objects.get(firm=firm)
    assert admin.role == Role.FIRM_ADMIN and admin.account.address == "chef@makler-c.example"
    assert queued("partners-first-password-link")[0]["To"] == "chef@makler-c.example"
    assert AuditEvent.objects.filter(
        action="partners.firm.create", actor__startswith="user:"
    ).exists()


def test_an_address_already_in_a_firm_is_refused_in_the_admin(staff: Client, firms: Pair) -> None:
    response = staff.post(
        "/admin/partners/firm/add/",
        {"name": "Doppelt", "registration_number": "X-1", "admin_address": ADMIN},
    )
    assert response.status_code == 200 and not Firm.objects.filter(name="Doppelt").exists()


def test_the_admin_shows_shipment_metadata_never_content(staff: Client, firms: Pair) -> None:
    shipment = deposit(firms.a.firm, data=b"%PDF Diagnose F32.1")
    for url in (
        "/admin/partners/shipment/",
        f"/admin/partners/shipment/{shipment.pk}/change/",
        f"/admin/partners/firm/{firms.a.firm_id}/change/",
    ):
        page = staff.get(url)
        assert page.status_code == 200
        assert b"F32.1" not in page.content


def test_staff_lock_a_firm_and_its_users_lose_access(staff: Client, firms: Pair) -> None:
    staff.post(
        "/admin/partners/firm/",
        {"action": "lock", "_selected_action": [firms.a.firm_id]},
    )
    assert Firm.objects.get(pk=firms.a.firm_id).state == FirmState.LOCKED
    assert not User.objects.get(username=ADMIN).is_active
    assert User.objects.get(username="chef@makler-b.example").is_active


def test_the_command_creates_deposits_and_lists(tmp_path: Path) -> None:
    out = io.StringIO()
    call_command(
        "partners",
        "create-firm",
        "--name=Makler D",
        "--number=D-D1",
        "--admin-email=chef@makler-d.example",
        stdout=out,
    )
    assert "first-password link queued" in out.getvalue()
    first, second = tmp_path / "police.pdf", tmp_path / "anlage.txt"
    first.write_bytes(b"%PDF-1.4 police")
    second.write_text("Anlage")
    for _ in range(2):  # a rerun script deposits once
        call_command(
            "partners",
            "deposit",
            "--firm=D-D1",
            "--category=120",
            "--customer=Erika Mustermann",
            "--date=2026-03-01",
            str(first),
            str(second),
            stdout=out,
        )
    shipment = Shipment.objects.get()
    assert [d.content_type for d in shipment.documents.order_by("number")] == [
        "application/pdf",
        "text/plain",
    ]
    assert "exists" in out.getvalue()
    listing = io.StringIO()
    call_command("partners", "list", "--firm=D-D1", stdout=listing)
    assert f"{shipment.pk}\t120\tnew" in listing.getvalue()
    listing = io.StringIO()
    call_command("partners", "list", stdout=listing)
    assert "D-D1\tMakler D\tactive\tno\t1" in listing.getvalue()
    with pytest.raises(CommandError):
        call_command("partners", "deposit", "--firm=unbekannt", "--category=120", str(first))


def test_staff_who_may_only_view_firms_cannot_lock_or_unlock_them(
    client: Client, firms: Pair
) -> None:
    """Review finding: actions without permissions are offered to anyone who sees the list."""
    from django.contrib.auth.models import Permission

    viewer = User.objects.create_user("v", "v@versicherer.example", "Sehr-geheim-2026!")
    viewer.is_staff = True
    viewer.save()
    viewer.user_permissions.add(Permission.objects.get(codename="view_firm"))
    client.force_login(viewer)
    page = client.get("/admin/partners/firm/").content.decode()
    assert 'value="lock"' not in page and 'value="unlock"' not in page
    client.post("/admin/partners/firm/", {"action": "lock", "_selected_action": [firms.a.firm_id]})
    assert Firm.objects.get(pk=firms.a.firm_id).state == FirmState.ACTIVE
