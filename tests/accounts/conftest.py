"""Portal accounts in tests: invited and registered accounts, the mails they got."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from django.core.cache import cache
from django.test import Client

from siegel.accounts import selectors, services
from siegel.accounts.models import Account
from tests.support.outbox import body, queued

ADDRESS = "kunde@extern.example"
PASSWORD = "Grüne Wiese am Fluss 42"
ANSWER = "Bello der Zweite"
QUESTION = "Wie hieß Ihr erstes Haustier?"


def one_time_password_from_mail(address: str = ADDRESS) -> str:
    """The one-time password in the newest mail of that kind to ``address``."""
    mails = [mail for mail in queued("accounts-one-time-password") if mail["To"] == address]
    match = re.search(r"^ {4}(\S+)\r?$", body(mails[-1]), re.MULTILINE)
    assert match, body(mails[-1])
    return match.group(1)


def link_from_mail(kind: str, address: str = ADDRESS) -> str:
    mails = [mail for mail in queued(kind) if mail["To"] == address]
    match = re.search(r"^ {4}(https?://\S+)\r?$", body(mails[-1]), re.MULTILINE)
    assert match, body(mails[-1])
    return match.group(1)


@dataclass
class Invited:
    account: Account
    one_time_password: str


def invite(address: str = ADDRESS) -> Invited:
    assert services.invite(address, actor="system:test")
    account = selectors.account_for_address(address)
    assert account is not None
    return Invited(account, one_time_password_from_mail(address))


def register(address: str = ADDRESS, password: str = PASSWORD) -> Account:
    invited = invite(address)
    token = selectors.registration_token(address, invited.one_time_password)
    assert token is not None
    return services.register(
        token,
        display_name="Karla Kundin",
        password=password,
        question=QUESTION,
        answer=ANSWER,
        actor="system:test",
    )


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> None:
    cache.clear()


@pytest.fixture
def invited(db: None) -> Invited:
    return invite()


@pytest.fixture
def account(db: None) -> Account:
    return register()


@pytest.fixture
def signed_in(account: Account) -> Client:
    client = Client()
    response = client.post("/postfach/anmelden/", {"username": ADDRESS, "password": PASSWORD})
    assert response.status_code == 302, response.content
    return client
