"""API tokens: shown once, stored hashed, scoped, expiring, revocable, dead with their user."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from siegel.audit.models import AuditEvent
from siegel.partners import services, tokens
from siegel.partners.credentials import ApiToken, Scope
from siegel.partners.errors import NotPermitted, PartnerError
from siegel.partners.models import Role
from siegel.partners.tokens import CredentialRefused
from tests.partners.conftest import Pair, make_user

pytestmark = pytest.mark.django_db


def test_the_secret_is_shown_once_and_only_its_hash_is_kept(firms: Pair) -> None:
    issued = tokens.issue_token(firms.a, name="Maklerverwaltung")
    row = ApiToken.objects.get()
    assert issued.secret.startswith("sgl_") and len(issued.secret) > 40
    assert issued.secret not in {row.digest, row.hint, row.name}
    assert row.digest == tokens.digest_of(issued.secret)
    assert issued.secret.startswith(row.hint)
    assert not hasattr(tokens.tokens_of(firms.a)[0], "secret")
    event = AuditEvent.objects.get(action="partners.token.issue")
    assert issued.secret not in str(event.details)


def test_a_token_admits_its_user_and_records_the_last_use(firms: Pair) -> None:
    issued = tokens.issue_token(firms.a, name="MVP", scopes=[Scope.SHIPMENTS_READ])
    caller = tokens.authenticate(issued.secret)
    assert caller.membership.pk == firms.a.pk
    assert caller.scopes == {Scope.SHIPMENTS_READ}
    assert caller.credential == f"token:{issued.token.pk}"
    issued.token.refresh_from_db()
    assert issued.token.last_used_at is not None


@pytest.mark.parametrize("secret", ["", "sgl_", "sgl_nope", "x" * 500, "Bearer sgl_x"])
def test_unknown_or_malformed_tokens_are_refused(firms: Pair, secret: str) -> None:
    with pytest.raises(CredentialRefused):
        tokens.authenticate(secret)


def test_an_expired_token_is_refused(firms: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    issued = tokens.issue_token(firms.a, name="MVP", days=1)
    later = timezone.now() + dt.timedelta(days=1, seconds=1)
    monkeypatch.setattr(tokens, "_now", lambda: later)
    with pytest.raises(CredentialRefused, match="expired"):
        tokens.authenticate(issued.secret)


def test_a_revoked_token_is_refused_at_once(firms: Pair) -> None:
    issued = tokens.issue_token(firms.a, name="MVP")
    tokens.authenticate(issued.secret)
    tokens.revoke_token(firms.a, issued.token)
    tokens.revoke_token(firms.a, issued.token)  # again: no error
    with pytest.raises(CredentialRefused, match="revoked"):
        tokens.authenticate(issued.secret)
    assert AuditEvent.objects.filter(action="partners.token.revoke").count() == 2


def test_a_locked_or_removed_user_and_a_locked_firm_stop_the_token(firms: Pair) -> None:
    member = make_user(firms.a, "bert@makler-a.example")
    issued = tokens.issue_token(member, name="MVP")
    services.lock_user(firms.a, member)
    with pytest.raises(CredentialRefused, match="not active"):
        tokens.authenticate(issued.secret)
    services.unlock_user(firms.a, member)
    tokens.authenticate(issued.secret)
    services.set_firm_state(firms.a.firm, "locked", actor="staff:1")
    with pytest.raises(CredentialRefused):
        tokens.authenticate(issued.secret)
    services.set_firm_state(firms.a.firm, "active", actor="staff:1")
    tokens.authenticate(issued.secret)
    services.remove_user(firms.a, member)
    with pytest.raises(CredentialRefused):
        tokens.authenticate(issued.secret)


def test_the_firm_administrator_issues_for_their_users_and_nobody_else_does(firms: Pair) -> None:
    member = make_user(firms.a, "bert@makler-a.example", role=Role.BASIC)
    issued = tokens.issue_token(firms.a, member=member, name="für Bert")
    assert issued.token.membership_id == member.pk
    with pytest.raises(NotPermitted):
        tokens.issue_token(member, member=firms.a, name="fremd")
    with pytest.raises(NotPermitted):
        tokens.issue_token(firms.b, member=member, name="andere Firma")
    with pytest.raises(NotPermitted):
        tokens.revoke_token(firms.b, issued.token)


@pytest.mark.parametrize(
    ("scopes", "days"), [(["admin:all"], 30), ([], 30), ([Scope.SHIPMENTS_READ], 0), (None, 9999)]
)
def test_unknown_scopes_and_out_of_range_lifetimes_are_refused(
    firms: Pair, scopes: list[str] | None, days: int
) -> None:
    with pytest.raises(PartnerError):
        tokens.issue_token(
            firms.a,
            name="x",
            scopes=scopes if scopes is not None else [Scope.SHIPMENTS_READ],
            days=days,
        )
