"""One-time passwords and reset links: hashed, single use, expiring, bound to their account."""

from __future__ import annotations

import datetime as dt
from unittest import mock

import pytest
from django.utils import timezone

from siegel.accounts.tokens import one_time_passwords, reset_links
from tests.accounts.conftest import invite, register

pytestmark = pytest.mark.django_db


def test_token_is_single_use() -> None:
    account = register()
    token, secret = reset_links.issue(account)
    assert reset_links.check(secret) == token
    assert reset_links.consume(token) is True
    assert reset_links.consume(token) is False
    assert reset_links.check(secret) is None


def test_token_expires() -> None:
    account = register()
    token, secret = reset_links.issue(account)
    later = timezone.now() + dt.timedelta(hours=25)
    with mock.patch.object(type(reset_links), "_now", return_value=later):
        assert reset_links.check(secret) is None
        assert reset_links.consume(token) is False


def test_one_time_password_opens_only_its_own_address() -> None:
    invited = invite()
    other = invite("andere@extern.example")
    assert (
        one_time_passwords.check(invited.one_time_password, address="andere@extern.example") is None
    )
    assert one_time_passwords.check(other.one_time_password, address="andere@extern.example")


def test_a_new_token_revokes_the_old_one() -> None:
    account = register()
    _, first = reset_links.issue(account)
    _, second = reset_links.issue(account)
    assert reset_links.check(first) is None
    assert reset_links.check(second) is not None


def test_only_a_digest_is_stored() -> None:
    account = register()
    token, secret = reset_links.issue(account)
    token.refresh_from_db()
    assert secret not in token.digest and len(token.digest) == 64
