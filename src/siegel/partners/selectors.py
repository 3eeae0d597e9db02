"""Reading firms, their users and broker post — always for one signed-in firm user.

Every query for broker post starts from the user's membership
(:func:`visible_shipments`): only their own, active firm, only with portfolio
rights, only shipments not expired. A shipment asked for by id outside that set
is simply not found, so the caller answers 404 whether it exists elsewhere or not.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Q, QuerySet
from django.utils import timezone

from siegel.accounts.models import Account
from siegel.audit.selectors import ActorWindow
from siegel.infra.prepared import PreparedQuery
from siegel.partners.content import document_pieces
from siegel.partners.models import (
    Firm,
    FirmState,
    Membership,
    MembershipState,
    Shipment,
    ShipmentDocument,
)

PAGE_SIZE = 50
MAX_PAGE_SIZE = 500


# --- memberships ----------------------------------------------------------------------------


def membership_of(user: AbstractBaseUser | AnonymousUser) -> Membership | None:
    """The active membership of a signed-in user in an active firm, or None.

    Read on every request (not cached in the session), so a lock or a role change
    takes effect with the next request.
    """
    if not user.is_authenticated or getattr(user, "is_staff", False):
        return None
    return (
        Membership.objects.select_related("firm", "account__user")
        .filter(
            account__user_id=user.pk,
            state=MembershipState.ACTIVE,
            firm__state=FirmState.ACTIVE,
        )
        .first()
    )


def live_membership(pk: int) -> Membership | None:
    """Membership ``pk`` with its firm and account, if it is still live; else None.

    Live: active, in an active firm, its user active and not staff — what
    :func:`membership_of` finds for that user (a person has one membership that is
    not removed). Every API call asks it for the membership behind its credential,
    so it runs prepared queries (siegel.infra.prepared), one per row.
    """
    found = _LIVE_MEMBERSHIP.rows(pk=pk)
    if not found:
        return None
    membership: Membership = found[0]
    firms, accounts = _FIRM.rows(pk=membership.firm_id), _ACCOUNT.rows(pk=membership.account_id)
    if not firms or not accounts or firms[0].state != FirmState.ACTIVE:
        return None  # the firm was locked between the queries
    membership.firm, membership.account = firms[0], accounts[0]
    return membership


def active_role(user: AbstractBaseUser | AnonymousUser) -> str | None:
    """The role of the user's active membership in an active firm (as :func:`membership_of`), or None.

    The portal navigation asks it on every page; the whole membership is for the
    firm's own pages.
    """
    if not user.is_authenticated or getattr(user, "is_staff", False) or user.pk is None:
        return None
    found = _ACTIVE_ROLE.first(user=int(user.pk))
    return str(found[0]) if found else None


def second_factor_required(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Whether the user's firm makes a second factor mandatory (memberships not removed, locked too)."""
    if not user.is_authenticated or user.pk is None:
        return False
    return _FIRM_WANTS_SECOND_FACTOR.exists(user=int(user.pk))


# Asked on every portal page: compiled once (siegel.infra.prepared).
_LIVE_MEMBERSHIP = PreparedQuery(
    lambda pk: Membership.objects.filter(
        pk=pk,
        state=MembershipState.ACTIVE,
        firm__state=FirmState.ACTIVE,
        account__user__is_active=True,
        account__user__is_staff=False,
    )[:1],
    pk=int,
)
_FIRM = PreparedQuery(lambda pk: Firm.objects.filter(pk=pk)[:1], pk=int)
_ACCOUNT = PreparedQuery(lambda pk: Account.objects.filter(pk=pk)[:1], pk=int)
_ACTIVE_ROLE = PreparedQuery(
    lambda user: Membership.objects.filter(
        account__user_id=user, state=MembershipState.ACTIVE, firm__state=FirmState.ACTIVE
    ).values_list("role")[:1],
    user=int,
)
_FIRM_WANTS_SECOND_FACTOR = PreparedQuery(
    lambda user: (
        Membership.objects.filter(account__user_id=user, firm__second_factor_required=True)
        .exclude(state=MembershipState.REMOVED)
        .values_list("pk")[:1]
    ),
    user=int,
)


def firm_users(firm: Firm, *, with_removed: bool = False) -> list[Membership]:
    """The firm's users for its administration page, by address."""
    members = Membership.objects.select_related("account__user").filter(firm=firm)
    if not with_removed:
        members = members.exclude(state=MembershipState.REMOVED)
    return list(members.order_by("account__address"))


def firm_user(admin: Membership, membership_id: int | str) -> Membership | None:
    """One user of the administrator's own firm, or None (another firm's id finds nothing)."""
    try:
        pk = int(membership_id)
    except (TypeError, ValueError):
        return None
    return (
        Membership.objects.select_related("account__user", "firm")
        .filter(pk=pk, firm_id=admin.firm_id)
        .first()
    )


def address_in_a_firm(address: str) -> bool:
    """Whether ``address`` belongs to a (not removed) user of some firm."""
    return (
        Membership.objects.filter(account__address=address.strip().lower())
        .exclude(state=MembershipState.REMOVED)
        .exists()
    )


def firms() -> list[Firm]:
    return list(Firm.objects.order_by("registration_number"))


def firm_audit_windows(firm: Firm) -> list[ActorWindow]:
    """Whose audit events belong to the firm, and when: each user while they were its user.

    A removed user's membership ended when it was last changed (the removal); a
    person who moved to another firm is another firm's business from then on.
    """
    return [
        ActorWindow(
            f"user:{member.account.user_id}",
            member.created,
            member.changed if member.state == MembershipState.REMOVED else None,
        )
        for member in Membership.objects.select_related("account").filter(firm=firm)
    ]


def firm_by_number(registration_number: str) -> Firm | None:
    return Firm.objects.filter(registration_number=registration_number.strip()).first()


# --- broker post ----------------------------------------------------------------------------


def visible_shipments(
    membership: Membership | None, *, now: dt.datetime | None = None
) -> QuerySet[Shipment]:
    """The shipments ``membership`` may see: its firm's, unexpired; none without portfolio rights."""
    if (
        membership is None
        or not membership.is_active
        or not membership.has_portfolio_rights
        or not membership.firm.is_active
    ):
        return Shipment.objects.none()
    return Shipment.objects.filter(firm_id=membership.firm_id, expires_at__gt=now or timezone.now())


@dataclass(frozen=True)
class ShipmentFilter:
    """The list's filters; empty fields filter nothing."""

    category: str = ""
    customer: str = ""  # part of the customer's name or the policy number
    state: str = ""
    deposited_from: dt.date | None = None
    deposited_to: dt.date | None = None  # inclusive
    since: dt.datetime | None = None  # deposited after this moment ("new since")


def filtered(shipments: QuerySet[Shipment], by: ShipmentFilter) -> QuerySet[Shipment]:
    if by.category:
        shipments = shipments.filter(category=by.category)
    if by.customer.strip():
        needle = by.customer.strip()
        shipments = shipments.filter(
            Q(customer_name__icontains=needle) | Q(policy_number__icontains=needle)
        )
    if by.state:
        shipments = shipments.filter(state=by.state)
    if by.deposited_from:
        shipments = shipments.filter(deposited_at__gte=_start_of(by.deposited_from))
    if by.deposited_to:
        shipments = shipments.filter(
            deposited_at__lt=_start_of(by.deposited_to + dt.timedelta(days=1))
        )
    if by.since:
        shipments = shipments.filter(deposited_at__gt=by.since)
    return shipments


def _start_of(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def shipment_for(membership: Membership | None, shipment_id: int | str) -> Shipment | None:
    """One shipment the membership may see, with its firm, or None."""
    try:
        pk = int(shipment_id)
    except (TypeError, ValueError):
        return None
    return visible_shipments(membership).select_related("firm").filter(pk=pk).first()


def documents(shipment: Shipment) -> list[ShipmentDocument]:
    return list(shipment.documents.order_by("number"))


def document_of(shipment: Shipment, number: int | str) -> ShipmentDocument | None:
    try:
        wanted = int(number)
    except (TypeError, ValueError):
        return None
    return shipment.documents.filter(number=wanted).first()


def document_stream(shipment: Shipment, document: ShipmentDocument) -> Iterator[bytes]:
    """The document's plaintext in pieces (``TamperedContent`` if a piece does not open)."""
    return document_pieces(shipment, document.number)


def firm_shipments(firm: Firm) -> QuerySet[Shipment]:
    """Every shipment of a firm, newest first: for staff tools, which show metadata only."""
    return Shipment.objects.filter(firm=firm).order_by("-deposited_at", "-pk")


# --- cursor paging --------------------------------------------------------------------------


class InvalidCursor(ValueError):
    """The cursor is not one this module handed out."""


@dataclass(frozen=True)
class ShipmentPage:
    """One page and the cursor of the next one ("" on the last page)."""

    items: list[Shipment]
    next_cursor: str


def encode_cursor(shipment: Shipment) -> str:
    raw = json.dumps([shipment.deposited_at.isoformat(), shipment.pk]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[dt.datetime, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        moment, pk = json.loads(raw)
        return dt.datetime.fromisoformat(moment), int(pk)
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError) as broken:
        raise InvalidCursor("not a valid cursor") from broken


def page(
    shipments: QuerySet[Shipment],
    *,
    cursor: str = "",
    limit: int = PAGE_SIZE,
    newest_first: bool = True,
) -> ShipmentPage:
    """A page ordered by (deposited_at, id), stable while shipments arrive (keyset paging).

    ``newest_first=False`` suits polling software: it walks from old to new and keeps
    the last cursor. Raises :class:`InvalidCursor` for a cursor it did not issue.
    """
    limit = max(1, min(limit, MAX_PAGE_SIZE))
    if newest_first:
        ordered = shipments.order_by("-deposited_at", "-pk")
    else:
        ordered = shipments.order_by("deposited_at", "pk")
    if cursor:
        moment, pk = decode_cursor(cursor)
        if newest_first:
            ordered = ordered.filter(Q(deposited_at__lt=moment) | Q(deposited_at=moment, pk__lt=pk))
        else:
            ordered = ordered.filter(Q(deposited_at__gt=moment) | Q(deposited_at=moment, pk__gt=pk))
    items = list(ordered[: limit + 1])
    more = len(items) > limit
    items = items[:limit]
    return ShipmentPage(items, encode_cursor(items[-1]) if more and items else "")
