"""Who counts as a live firm user: every state of membership, firm, user and account.

The look-ups asked on every request (the membership behind an API credential, the
firm's second-factor rule, the navigation's role, the account of a signed-in user)
run prepared queries; these tests hold them to the rules, state by state.
"""

from __future__ import annotations

import itertools

import pytest
from django.contrib.auth.models import User

from siegel.accounts import selectors as account_selectors
from siegel.accounts.backends import AccountBackend
from siegel.accounts.models import Account, AccountStatus
from siegel.partners import selectors
from siegel.partners.models import Firm, FirmState, Membership, MembershipState, Role

pytestmark = pytest.mark.django_db

STATES = list(
    itertools.product(
        list(MembershipState), list(FirmState), [True, False], [False, True], list(AccountStatus)
    )
)


def person(
    number: int, membership: str, firm: str, active: bool, staff: bool, status: str
) -> Membership:
    user = User.objects.create(username=f"u{number}", is_active=active, is_staff=staff)
    account = Account.objects.create(user=user, address=f"u{number}@makler.example", status=status)
    company = Firm.objects.create(
        name=f"Firma {number}",
        registration_number=f"D-{number:05d}",
        state=firm,
        second_factor_required=number % 2 == 0,
    )
    return Membership.objects.create(
        firm=company, account=account, role=Role.PORTFOLIO, state=membership
    )


@pytest.mark.parametrize(("membership", "firm", "active", "staff", "status"), STATES)
def test_every_state(membership: str, firm: str, active: bool, staff: bool, status: str) -> None:
    number = STATES.index((membership, firm, active, staff, status))
    member = person(number, membership, firm, active, staff, status)
    user = member.account.user
    live = (
        membership == MembershipState.ACTIVE and firm == FirmState.ACTIVE and active and not staff
    )

    found = selectors.live_membership(member.pk)
    assert (found is not None) is live
    if found is not None:
        assert found.firm.pk == member.firm_id and found.account.address == member.account.address
    # An inactive user is never signed in (get_user below): the navigation need not ask.
    navigable = membership == MembershipState.ACTIVE and firm == FirmState.ACTIVE and not staff
    assert selectors.active_role(user) == (Role.PORTFOLIO if navigable else None)
    # The firm's rule binds locked users too, only a removed membership is free of it.
    assert selectors.second_factor_required(user) is (
        membership != MembershipState.REMOVED and member.firm.second_factor_required
    )
    for only_active in (False, True):
        account = account_selectors.account_of_user(user, active=only_active)
        wanted = not staff and (not only_active or status == AccountStatus.ACTIVE)
        assert (account is not None and account.pk == member.account_id) is wanted
    assert (AccountBackend().get_user(user.pk) is not None) is active


def test_a_removed_membership_leaves_the_new_one_live() -> None:
    old = person(1, MembershipState.REMOVED, FirmState.ACTIVE, True, False, AccountStatus.ACTIVE)
    other = Firm.objects.create(name="Neu", registration_number="D-NEU")
    new = Membership.objects.create(firm=other, account=old.account, role=Role.FIRM_ADMIN)
    assert selectors.live_membership(old.pk) is None
    assert selectors.live_membership(new.pk).pk == new.pk  # type: ignore[union-attr]
    assert selectors.active_role(old.account.user) == Role.FIRM_ADMIN
    assert selectors.second_factor_required(old.account.user) is False


@pytest.mark.parametrize("odd", [None, "", "x", "7x", 10**30, -5])
def test_a_session_with_an_odd_user_id_has_no_user(odd: object) -> None:
    assert AccountBackend().get_user(odd) is None
