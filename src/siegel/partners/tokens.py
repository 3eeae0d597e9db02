"""API tokens of firm users: issued once, kept as a hash, scoped, expiring, revocable.

The secret is shown to the person who issues it and never again: the database
keeps its SHA-256 only (``ApiToken.digest``), so a copy of the database opens
no API. A token is worth no more than its user: every check reads the user's
membership afresh (:func:`siegel.partners.selectors.membership_of`), so locking
or removing the user, or locking the firm, stops the token with the next call,
and a user removed and added again does not revive old tokens (they belong to
the old membership).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from siegel.audit.services import record
from siegel.infra.prepared import PreparedQuery
from siegel.partners import selectors
from siegel.partners.credentials import ALL_SCOPES, ApiToken
from siegel.partners.errors import NotPermitted, PartnerError
from siegel.partners.models import Membership, MembershipState
from siegel.partners.services import actor_of

PREFIX = "sgl_"
# Writing "last used" on every call would make each read a write; a minute is precise enough.
LAST_USE_RESOLUTION = dt.timedelta(minutes=1)


class CredentialRefused(PartnerError):
    """The token or certificate does not admit anyone; ``reason`` is for the audit log only.

    The caller answers 401 with one message whatever the reason, so nobody learns
    whether a guessed token exists.
    """

    def __init__(self, reason: str, *, actor: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.actor = actor


@dataclass(frozen=True)
class ApiCaller:
    """Who is calling the API: a live firm user, what the credential allows, and which one."""

    membership: Membership
    scopes: frozenset[str]
    credential: str  # "token:<id>" or "certificate:<id>", for the audit log

    @property
    def actor(self) -> str:
        return actor_of(self.membership)


@dataclass(frozen=True)
class IssuedToken:
    """The stored token and its secret: hand the secret out now, it cannot be shown again."""

    token: ApiToken
    secret: str


def _now() -> dt.datetime:
    """The clock of token expiry (a seam, so tests can move time)."""
    return timezone.now()


def digest_of(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def clean_scopes(scopes: Iterable[str], *, allowed: frozenset[str] = ALL_SCOPES) -> str:
    wanted = sorted(set(scopes))
    unknown = [scope for scope in wanted if scope not in allowed]
    if unknown or not wanted:
        raise PartnerError(f"unknown or no scopes: {', '.join(unknown) or '(none)'}")
    return " ".join(wanted)


def check_may_manage(acting: Membership, member: Membership, *, revoking: bool = False) -> None:
    """A user manages their own credentials; a firm administrator those of their firm's users.

    A locked user's credentials can still be revoked (``revoking``): unlocking the user
    must not bring back a token the administrator meant to end.
    """
    live = selectors.membership_of(acting.account.user)
    if live is None or live.pk != acting.pk:
        raise NotPermitted("the acting user is not an active user of an active firm")
    if member.pk != acting.pk and not (acting.is_firm_admin and member.firm_id == acting.firm_id):
        raise NotPermitted("only the user or their firm administrator manage their credentials")
    if not member.is_active and not revoking:
        raise NotPermitted("the user is not active")


def issue_token(
    acting: Membership,
    *,
    name: str,
    member: Membership | None = None,
    scopes: Iterable[str] = ALL_SCOPES,
    days: int | None = None,
) -> IssuedToken:
    """A new token for ``member`` (default: the acting user), valid ``days`` (capped by settings)."""
    member = member or acting
    check_may_manage(acting, member)
    lifetime = days if days is not None else settings.SIEGEL_API_TOKEN_DAYS
    if not 1 <= lifetime <= settings.SIEGEL_API_TOKEN_MAX_DAYS:
        raise PartnerError(f"a token is valid 1 to {settings.SIEGEL_API_TOKEN_MAX_DAYS} days")
    secret = PREFIX + secrets.token_urlsafe(32)
    with transaction.atomic():
        token = ApiToken.objects.create(
            membership=member,
            name=name.strip()[:100] or "API",
            digest=digest_of(secret),
            hint=secret[: len(PREFIX) + 6],
            scopes=clean_scopes(scopes),
            created_by=actor_of(acting),
            expires_at=_now() + dt.timedelta(days=lifetime),
        )
        record(
            actor_of(acting),
            "partners.token.issue",
            f"token:{token.pk}",
            {"user": member.account.user_id, "scopes": token.scopes, "days": lifetime},
        )
    return IssuedToken(token, secret)


def revoke_token(acting: Membership, token: ApiToken) -> ApiToken:
    """Revoke at once; revoking again changes nothing (and is not an error)."""
    check_may_manage(acting, token.membership, revoking=True)
    with transaction.atomic():
        changed = ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(
            revoked_at=_now()
        )
        record(
            actor_of(acting),
            "partners.token.revoke",
            f"token:{token.pk}",
            {"user": token.membership.account.user_id, "first": bool(changed)},
        )
    token.refresh_from_db()
    return token


def visible_tokens(acting: Membership) -> QuerySet[ApiToken]:
    """The tokens ``acting`` manages: their own, or as firm administrator those of the firm's users.

    A removed user's tokens are dead and belong to the firm's past: not listed.
    """
    tokens = ApiToken.objects.select_related("membership__account")
    if acting.is_firm_admin:
        return tokens.filter(membership__firm_id=acting.firm_id).exclude(
            membership__state=MembershipState.REMOVED
        )
    return tokens.filter(membership=acting)


def tokens_of(member: Membership) -> list[ApiToken]:
    """The member's tokens, newest first (the list shows hint, scopes and dates, never a secret)."""
    return list(ApiToken.objects.filter(membership=member))


def authenticate(secret: str) -> ApiCaller:
    """The caller a bearer token stands for, or :class:`CredentialRefused`."""
    if not secret.startswith(PREFIX) or len(secret) > 100:
        raise CredentialRefused("malformed token")
    found = _TOKEN.rows(digest=digest_of(secret))
    if not found:
        raise CredentialRefused("unknown token")
    return _admitted(found[0])


# Every API call looks its token up: compiled once (siegel.infra.prepared).
_TOKEN = PreparedQuery(lambda digest: ApiToken.objects.filter(digest=digest)[:1], digest=str)


def authenticate_by_id(token_id: int) -> ApiCaller:
    """The caller of a token named by a security-context token (BiPRO STS), checked afresh.

    The context token only says which API token was presented at the STS; whether
    that token and its user are still good is decided here on every call.
    """
    token = ApiToken.objects.filter(pk=token_id).first()
    if token is None:
        raise CredentialRefused("token gone")
    return _admitted(token)


def _admitted(token: ApiToken) -> ApiCaller:
    actor = f"token:{token.pk}"
    now = _now()
    if token.revoked_at is not None:
        raise CredentialRefused("token revoked", actor=actor)
    if token.expires_at <= now:
        raise CredentialRefused("token expired", actor=actor)
    membership = selectors.live_membership(token.membership_id)
    if membership is None:
        raise CredentialRefused("user or firm not active", actor=actor)
    if token.last_used_at is None or now - token.last_used_at >= LAST_USE_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return ApiCaller(membership, token.scope_set, actor)
