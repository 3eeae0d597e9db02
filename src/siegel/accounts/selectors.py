"""Reading portal accounts."""

from __future__ import annotations

from collections.abc import Sequence

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Sum
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from siegel.accounts import questions
from siegel.accounts.errors import NoSuchAccount
from siegel.accounts.models import Account, AccountStatus, AccountToken, Passkey
from siegel.accounts.tokens import one_time_passwords, reset_links
from siegel.infra.prepared import PreparedQuery


def account_for_address(address: str) -> Account | None:
    """The account of ``address`` (compared in lower case), or None."""
    return Account.objects.select_related("user").filter(address=address.strip().lower()).first()


def account_of_user_id(user_id: int) -> Account | None:
    """The account of a user id as the audit log names it (``user:<id>``), or None."""
    return Account.objects.filter(user_id=user_id).first()


def account_by_address(address: str) -> Account:
    """The account of ``address`` for a staff action; :class:`NoSuchAccount` when there is none."""
    account = account_for_address(address)
    if account is None:
        raise NoSuchAccount(f"no portal account for {address.strip().lower()}")
    return account


def registration_token(address: str, secret: str) -> AccountToken | None:
    """The live one-time password ``secret`` of the invited account at ``address``, or None."""
    token = one_time_passwords.check(secret, address=address.strip().lower())
    if token is None or token.account.status != AccountStatus.INVITED:
        return None
    return token


def pending_registration(token_pk: int) -> AccountToken | None:
    """The one-time password checked in the first registration step, if it is still live."""
    token = (
        one_time_passwords.live_tokens()
        .select_related("account__user")
        .filter(pk=token_pk, account__status=AccountStatus.INVITED)
        .first()
    )
    return token


def reset_token(secret: str) -> AccountToken | None:
    """The live reset link ``secret`` of an active account, or None."""
    token = reset_links.check(secret)
    if token is None or token.account.status != AccountStatus.ACTIVE:
        return None
    return token


def security_question(address: str) -> str:
    """The question to ask for ``address``: its own when it has one, else a stable decoy.

    Unknown, invited and disabled addresses get a decoy, so the reset page looks
    the same for every address.
    """
    account = account_for_address(address)
    if account is not None and account.is_active and account.security_question:
        return account.security_question
    return questions.decoy_question(address.strip().lower())


def disabled_addresses(addresses: Sequence[str]) -> set[str]:
    """Which of ``addresses`` (lower case) belong to disabled accounts: no deposits for them."""
    return set(_DISABLED.column(addresses=list(addresses)))


# Asked for the recipients of every outbound mail: compiled once per number of recipients.
_DISABLED = PreparedQuery(
    lambda addresses: Account.objects.filter(
        address__in=addresses, status=AccountStatus.DISABLED
    ).values_list("address"),
    addresses=list,
)


def is_locked(address: str) -> bool:
    """Whether django-axes holds ``address`` locked (failures at or over the limit)."""
    failures = AccessAttempt.objects.filter(username=address.strip().lower()).aggregate(
        total=Sum("failures_since_start")
    )["total"]
    return (failures or 0) >= settings.AXES_FAILURE_LIMIT


def locked_addresses(addresses: list[str]) -> set[str]:
    """Which of ``addresses`` are locked: one query for an admin page."""
    rows = (
        AccessAttempt.objects.filter(username__in=addresses)
        .values("username")
        .annotate(total=Sum("failures_since_start"))
    )
    return {row["username"] for row in rows if row["total"] >= settings.AXES_FAILURE_LIMIT}


def has_second_factor(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Whether ``user`` has a confirmed authenticator app or passkey (recovery codes back them up)."""
    if not user.is_authenticated or user.pk is None:
        return False
    return _TOTP.exists(user=int(user.pk)) or _PASSKEY.exists(user=int(user.pk))


# Asked on every portal page of a user not yet verified by a second factor (every user
# without one): compiled once (siegel.infra.prepared).
_TOTP = PreparedQuery(
    lambda user: TOTPDevice.objects.filter(user_id=user, confirmed=True).values_list("pk")[:1],
    user=int,
)
_PASSKEY = PreparedQuery(
    lambda user: Passkey.objects.filter(user_id=user, confirmed=True).values_list("pk")[:1],
    user=int,
)


def totp_devices(user: AbstractBaseUser) -> list[TOTPDevice]:
    return list(TOTPDevice.objects.filter(user_id=user.pk, confirmed=True).order_by("pk"))


def passkeys(user: AbstractBaseUser) -> list[Passkey]:
    return list(Passkey.objects.filter(user_id=user.pk, confirmed=True).order_by("pk"))


def recovery_codes_left(user: AbstractBaseUser) -> int:
    return StaticToken.objects.filter(device__user_id=user.pk, device__confirmed=True).count()


def passkey_by_credential(user: AbstractBaseUser, credential_id: str) -> Passkey | None:
    return Passkey.objects.filter(
        user_id=user.pk, credential_id=credential_id, confirmed=True
    ).first()


def account_of_user(
    user: AbstractBaseUser | AnonymousUser, *, active: bool = False
) -> Account | None:
    """The portal account of a signed-in user (only an active one if ``active``), or None."""
    if not user.is_authenticated or getattr(user, "is_staff", False) or user.pk is None:
        return None
    found = (_ACTIVE_ACCOUNT if active else _ACCOUNT).rows(user=int(user.pk))
    if not found:
        return None
    account: Account = found[0]
    account.user = user  # type: ignore[assignment]  # the same row, already loaded
    return account


# The gate of every portal page asks this: compiled once (siegel.infra.prepared).
_ACCOUNT = PreparedQuery(lambda user: Account.objects.filter(user_id=user)[:1], user=int)
_ACTIVE_ACCOUNT = PreparedQuery(
    lambda user: Account.objects.filter(user_id=user, status=AccountStatus.ACTIVE)[:1], user=int
)


def account_rows(*, status: str | None = None) -> list[tuple[str, ...]]:
    """Every account (of ``status``) for a listing: address, status, locked, last login, created."""
    accounts = Account.objects.select_related("user").order_by("address")
    if status:
        accounts = accounts.filter(status=status)
    rows = list(accounts)
    locked = locked_addresses([account.address for account in rows])
    return [
        (
            account.address,
            account.status,
            "locked" if account.address in locked else "-",
            account.user.last_login.isoformat() if account.user.last_login else "-",
            account.created.isoformat(),
        )
        for account in rows
    ]
