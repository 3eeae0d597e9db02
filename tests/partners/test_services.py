"""The partner services: firms, users, broker post — each rule as the spec states it."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import time
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.utils import timezone

from siegel.accounts.models import AccountStatus
from siegel.audit.models import AuditEvent
from siegel.partners import content, selectors, services
from siegel.partners.errors import (
    AlreadyMember,
    FirmExists,
    InvalidShipment,
    KeyReused,
    LastAdministrator,
    NotAUser,
    NotPermitted,
)
from siegel.partners.models import (
    Category,
    Firm,
    Membership,
    MembershipState,
    Role,
    Shipment,
    ShipmentState,
)
from siegel.partners.services import DocumentInput, ShipmentMetadata
from siegel.portal.storage import content_storage
from tests.partners.conftest import ADMIN, STAFF, Pair, deposit, make_firm, make_user
from tests.support.outbox import body, queued

pytestmark = pytest.mark.django_db


def actions() -> list[str]:
    return list(AuditEvent.objects.order_by("seq").values_list("action", flat=True))


# --- firms and users ------------------------------------------------------------------------


def test_staff_create_a_firm_and_its_administrator_gets_a_link_never_a_password() -> None:
    created = services.create_firm(
        name="Makler A GmbH",
        registration_number=" D-A1B2-C3D4E-56 ",
        admin_address="Chefin@Makler-A.example",
        actor=STAFF,
    )
    assert created.firm.registration_number == "D-A1B2-C3D4E-56"
    assert created.administrator.role == Role.FIRM_ADMIN
    account = created.administrator.account
    assert account.address == ADMIN and account.status == AccountStatus.ACTIVE
    assert not account.user.has_usable_password()
    (mail,) = queued("partners-first-password-link")
    assert mail["To"] == ADMIN
    assert "/postfach/passwort-neu/" in body(mail) and "Makler A GmbH" in body(mail)
    assert not queued("accounts-one-time-password")
    assert {"partners.firm.create", "partners.user.add"} <= set(actions())


def test_a_registration_number_names_one_firm() -> None:
    make_firm()
    with pytest.raises(FirmExists):
        services.create_firm(
            name="Doppelt",
            registration_number="D-A1B2-C3D4E-56",
            admin_address="x@y.example",
            actor=STAFF,
        )


def test_the_first_password_link_works_once(firms: Pair) -> None:
    from siegel.accounts import selectors as account_selectors
    from tests.accounts.conftest import link_from_mail

    secret = link_from_mail("partners-first-password-link", ADMIN).rstrip("/").rsplit("/", 1)[1]
    assert account_selectors.reset_token(secret) is None  # used by make_firm already


def test_only_a_firm_administrator_manages_users(firms: Pair) -> None:
    basic = make_user(firms.a, "basis@makler-a.example", Role.BASIC)
    with pytest.raises(NotPermitted):
        services.add_user(basic, "neu@makler-a.example")
    with pytest.raises(NotPermitted):
        services.lock_user(basic, firms.a)


def test_an_administrator_acts_within_their_own_firm_only(firms: Pair) -> None:
    other = make_user(firms.b, "b-user@makler-b.example")
    with pytest.raises(NotPermitted):
        services.lock_user(firms.a, other)
    with pytest.raises(NotPermitted):
        services.change_role(firms.a, other, Role.BASIC)
    assert selectors.firm_user(firms.a, other.pk) is None


def test_a_person_is_in_one_firm_at_a_time(firms: Pair) -> None:
    make_user(firms.a, "wechsel@makler.example")
    with pytest.raises(AlreadyMember):
        services.add_user(firms.b, "wechsel@makler.example")


def test_staff_users_cannot_become_firm_users(firms: Pair) -> None:
    User.objects.create_user("staff@versicherer.example", is_staff=True)
    with pytest.raises(NotAUser):
        services.add_user(firms.a, "staff@versicherer.example")


def test_locking_ends_sign_in_and_unlocking_restores_it(firms: Pair) -> None:
    member = make_user(firms.a, "mitarbeiter@makler-a.example")
    services.lock_user(firms.a, member)
    member.refresh_from_db()
    assert member.state == MembershipState.LOCKED
    assert not User.objects.get(pk=member.account.user_id).is_active
    assert selectors.membership_of(member.account.user) is None
    services.unlock_user(firms.a, member)
    assert User.objects.get(pk=member.account.user_id).is_active
    assert {"partners.user.lock", "partners.user.unlock", "accounts.sign_in.suspend"} <= set(
        actions()
    )


def test_a_removed_user_is_blocked_and_may_join_another_firm(firms: Pair) -> None:
    member = make_user(firms.a, "geht@makler.example")
    services.remove_user(firms.a, member)
    assert not User.objects.get(pk=member.account.user_id).is_active
    moved = services.add_user(firms.b, "geht@makler.example", role=Role.BASIC)
    assert moved.firm_id == firms.b.firm_id
    assert User.objects.get(pk=member.account.user_id).is_active
    assert queued("partners-added-to-firm")  # they have a password: no new link


def test_the_last_administrator_stays(firms: Pair) -> None:
    with pytest.raises(LastAdministrator):
        services.change_role(firms.a, firms.a, Role.BASIC)
    with pytest.raises(LastAdministrator):
        services.lock_user(firms.a, firms.a)
    second = make_user(firms.a, "zweite@makler-a.example", Role.FIRM_ADMIN)
    with pytest.raises(LastAdministrator):  # nobody removes themselves
        services.remove_user(firms.a, firms.a)
    services.remove_user(second, firms.a)


@pytest.mark.parametrize("change", ["add", "role", "lock", "unlock", "remove"])
def test_every_change_of_a_firms_users_locks_the_firm_row_first(
    firms: Pair, change: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The firm row serialises changes of its users, so the administrator rule holds."""
    member = make_user(firms.a, "sperre@makler-a.example", Role.BASIC)
    if change == "unlock":
        services.lock_user(firms.a, member)
    locked: list[object] = []
    real = Firm.objects.select_for_update

    def spy(**kwargs: bool) -> object:
        locked.append(kwargs)
        return real(**kwargs)

    monkeypatch.setattr(Firm.objects, "select_for_update", spy)
    calls = {
        "add": lambda: services.add_user(firms.a, "noch-wer@makler-a.example"),
        "role": lambda: services.change_role(firms.a, member, Role.PORTFOLIO),
        "lock": lambda: services.lock_user(firms.a, member),
        "unlock": lambda: services.unlock_user(firms.a, member),
        "remove": lambda: services.remove_user(firms.a, member),
    }
    calls[change]()
    assert locked


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_an_administrator_demoted_meanwhile_cannot_act_on_a_stale_check(
    firms: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A demotes B while B locks C: B's right is checked after the firm row is B's turn.

    Administrator A has checked their right and holds on; only then B starts. With
    the firm row locked before the check, B waits for A's demotion to commit and is
    refused; a check before the lock would let B lock C after losing the right.
    (The one-administrator guard itself runs after ``_locked_member``, whose
    ``FOR UPDATE`` over the join locks the firm row too.)
    """
    second = make_user(firms.a, "zweite@makler-a.example", Role.FIRM_ADMIN)
    colleague = make_user(firms.a, "kollege@makler-a.example", Role.BASIC)
    first_checked = threading.Event()
    meeting = threading.Barrier(2)
    real = services._check_admin

    def check_then_hold(admin: Membership, member: Membership | None = None) -> None:
        real(admin, member)
        if admin.pk == firms.a.pk:
            first_checked.set()
        with contextlib.suppress(threading.BrokenBarrierError):
            meeting.wait(timeout=3)
        if admin.pk == second.pk:
            time.sleep(0.5)  # A goes first once both have checked

    monkeypatch.setattr(services, "_check_admin", check_then_hold)
    outcomes: dict[str, str] = {}

    def run(name: str, call: Callable[[], object]) -> None:
        try:
            call()
            outcomes[name] = "done"
        except NotPermitted:
            outcomes[name] = "refused"
        finally:
            connection.close()

    demote = threading.Thread(
        target=run, args=("demote", lambda: services.change_role(firms.a, second, Role.BASIC))
    )
    lock = threading.Thread(
        target=run, args=("lock", lambda: services.lock_user(second, colleague))
    )
    demote.start()
    assert first_checked.wait(timeout=10)
    lock.start()
    demote.join(timeout=30)
    lock.join(timeout=30)
    assert outcomes == {"demote": "done", "lock": "refused"}, outcomes
    colleague.refresh_from_db()
    assert colleague.state == MembershipState.ACTIVE


def test_roles_give_and_take_portfolio_rights(firms: Pair) -> None:
    member = make_user(firms.a, "rolle@makler-a.example", Role.BASIC)
    shipment = deposit(firms.a.firm)
    assert selectors.shipment_for(member, shipment.pk) is None
    member = services.change_role(firms.a, member, Role.PORTFOLIO)
    assert selectors.shipment_for(member, shipment.pk) == shipment


# --- broker post ----------------------------------------------------------------------------


def test_a_deposit_is_sealed_and_opens_for_its_firm(firms: Pair) -> None:
    shipment = deposit(firms.a.firm, data=b"%PDF geheim")
    stored = content_storage().open(shipment.document_name(1)).read()
    assert b"geheim" not in stored
    assert content.document_bytes(shipment, 1) == b"%PDF geheim"
    (document,) = selectors.documents(shipment)
    assert (document.name, document.content_type, document.size) == (
        "nachtrag.pdf",
        "application/pdf",
        11,
    )
    assert shipment.expires_at - shipment.deposited_at == dt.timedelta(days=90)
    assert shipment.state == ShipmentState.NEW
    assert queued("partners-new-shipment")[0]["To"] == ADMIN
    assert "geheim" not in body(queued("partners-new-shipment")[0])


def test_a_deposit_is_idempotent_and_a_reused_key_refused(firms: Pair) -> None:
    first = deposit(firms.a.firm, "same")
    again = deposit(firms.a.firm, "same")
    assert again.pk == first.pk and Shipment.objects.count() == 1
    assert len(queued("partners-new-shipment")) == 1
    with pytest.raises(KeyReused):
        deposit(firms.a.firm, "same", data=b"anderer Inhalt")
    other_firm = deposit(firms.b.firm, "same")  # keys are per firm
    assert other_firm.pk != first.pk


def test_bad_deposits_are_refused() -> None:
    firm = make_firm().firm
    metadata = ShipmentMetadata(category="999")
    with pytest.raises(InvalidShipment):
        services.deposit_shipment(
            firm, metadata, [DocumentInput("a.pdf", "application/pdf", b"x")], key="k"
        )
    with pytest.raises(InvalidShipment):
        services.deposit_shipment(firm, ShipmentMetadata(category="100"), [], key="k")


def test_fetch_and_acknowledge_move_the_state_and_acknowledge_is_idempotent(firms: Pair) -> None:
    shipment = deposit(firms.a.firm)
    fetched = services.mark_fetched(shipment, actor="user:1")
    assert fetched.state == ShipmentState.FETCHED and fetched.fetched_at is not None
    first = services.acknowledge(shipment, actor="user:1")
    second = services.acknowledge(shipment, actor="user:1")
    assert first.changed and not second.changed
    assert second.shipment.state == ShipmentState.ACKNOWLEDGED
    assert second.shipment.acknowledged_at == first.shipment.acknowledged_at
    assert services.mark_fetched(shipment, actor="user:1").state == ShipmentState.ACKNOWLEDGED
    assert actions().count("partners.shipment.acknowledge") == 2


def test_firms_see_only_their_own_post_and_basic_users_none(firms: Pair) -> None:
    mine = deposit(firms.a.firm, "a")
    theirs = deposit(firms.b.firm, "b")
    basic = make_user(firms.a, "basis@makler-a.example", Role.BASIC)
    assert list(selectors.visible_shipments(firms.a)) == [mine]
    assert selectors.shipment_for(firms.a, theirs.pk) is None
    assert not selectors.visible_shipments(basic).exists()
    assert not selectors.visible_shipments(None).exists()


def test_filters_and_cursor_paging(firms: Pair) -> None:
    made = [
        deposit(
            firms.a.firm,
            f"k{n}",
            category=Category.CLAIM if n % 2 else Category.CONTRACT,
            customer=f"Kunde {n}",
        )
        for n in range(7)
    ]
    visible = selectors.visible_shipments(firms.a)
    claims = selectors.filtered(visible, selectors.ShipmentFilter(category=Category.CLAIM))
    assert {s.pk for s in claims} == {made[n].pk for n in (1, 3, 5)}
    assert [
        s.pk for s in selectors.filtered(visible, selectors.ShipmentFilter(customer="kunde 4"))
    ] == [made[4].pk]
    seen: list[int] = []
    cursor = ""
    while True:
        page = selectors.page(visible, cursor=cursor, limit=3)
        seen += [s.pk for s in page.items]
        if not page.next_cursor:
            break
        cursor = page.next_cursor
    assert seen == [s.pk for s in reversed(made)]
    oldest_first = selectors.page(visible, limit=10, newest_first=False)
    assert [s.pk for s in oldest_first.items] == [s.pk for s in made]
    with pytest.raises(selectors.InvalidCursor):
        selectors.page(visible, cursor="kaputt!")


def test_expiry_warns_at_80_days_and_deletes_documents_and_key_at_90(firms: Pair) -> None:
    shipment = deposit(firms.a.firm)
    name = shipment.document_name(1)
    start = shipment.deposited_at
    assert services.expire_shipments(now=start + dt.timedelta(days=79)).warned == 0
    result = services.expire_shipments(now=start + dt.timedelta(days=80, minutes=1))
    assert result.warned == 1 and result.deleted == 0
    assert services.expire_shipments(now=start + dt.timedelta(days=81)).warned == 0
    result = services.expire_shipments(now=start + dt.timedelta(days=90, minutes=1))
    assert result.deleted == 1
    assert not Shipment.objects.filter(pk=shipment.pk).exists()
    assert not content_storage().exists(name)
    assert {"partners.shipment.expiring", "partners.shipment.delete"} <= set(actions())


def test_expiry_warning_mails_the_portfolio_users_once_without_content(firms: Pair) -> None:
    make_user(firms.a, "bestand@makler-a.example", role=Role.PORTFOLIO)
    make_user(firms.a, "ohne@makler-a.example", role=Role.BASIC)
    shipment = deposit(firms.a.firm, customer="Erika Mustermann", policy="KV-4711")
    start = shipment.deposited_at
    services.expire_shipments(now=start + dt.timedelta(days=80, minutes=1))
    services.expire_shipments(now=start + dt.timedelta(days=80, minutes=2))
    warnings = queued("partners-shipment-expiring")
    assert sorted(str(m["To"]) for m in warnings) == sorted([ADMIN, "bestand@makler-a.example"])
    for mail in warnings:
        text = body(mail)
        assert "gelöscht" in text and "/postfach/maklerpost/" in text
        assert "Erika" not in text and "KV-4711" not in text and "Nachtrag" not in text
    (event,) = AuditEvent.objects.filter(action="partners.shipment.expiring")
    assert event.details["told"] == 2


def test_expired_shipments_are_not_visible_before_the_task_runs(firms: Pair) -> None:
    shipment = deposit(firms.a.firm)
    later = timezone.now() + dt.timedelta(days=91)
    assert not selectors.visible_shipments(firms.a, now=later).filter(pk=shipment.pk).exists()


def test_an_administrator_cannot_take_over_someones_own_portal_account(firms: Pair) -> None:
    from tests.accounts.conftest import register

    customer = register("kundin@extern.example")
    with pytest.raises(NotAUser):
        services.add_user(firms.a, "kundin@extern.example", role=Role.PORTFOLIO)
    assert User.objects.get(pk=customer.user_id).is_active
    assert not selectors.address_in_a_firm("kundin@extern.example")


def test_an_administrator_cannot_take_over_an_invited_customers_account(firms: Pair) -> None:
    """The insurer invited the customer (a portal message waits); they have not registered.

    Adding the address to the firm must not void their one-time password nor tie the
    account to the firm, whose removal would then lock the customer out for good.
    """
    from siegel.accounts import selectors as account_selectors
    from tests.accounts.conftest import invite

    invited = invite("kunde@privat.example")
    with pytest.raises(NotAUser):
        services.add_user(firms.a, "kunde@privat.example", role=Role.BASIC)
    account = account_selectors.account_for_address("kunde@privat.example")
    assert account is not None and account.status == AccountStatus.INVITED
    assert account_selectors.registration_token("kunde@privat.example", invited.one_time_password)
    assert not selectors.address_in_a_firm("kunde@privat.example")
    assert not [m for m in queued("partners-first-password-link") if m["To"] == account.address]


def test_a_password_link_says_created_only_for_an_account_made_in_that_call() -> None:
    from siegel.accounts import services as account_services
    from tests.accounts.conftest import invite

    link = account_services.provide_with_password_link(
        "neu@makler-a.example", display_name="", actor=STAFF
    )
    assert link.created and link.token is not None
    invite("wartet@privat.example")  # the insurer's invitation made this one
    waiting = account_services.provide_with_password_link(
        "wartet@privat.example", display_name="", actor=STAFF
    )
    assert not waiting.created
