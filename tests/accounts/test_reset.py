"""Forgotten password: address, security question, a single-use link, a new password."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.test import Client

from siegel.accounts import selectors, services
from siegel.accounts.models import Account, AccountToken
from siegel.audit.models import AuditEvent
from tests.accounts.conftest import ADDRESS, ANSWER, PASSWORD, QUESTION, link_from_mail
from tests.support.outbox import queued

pytestmark = pytest.mark.django_db

FORGOT = "/postfach/passwort-vergessen/"
NEW = "Neues Passwort im Frühling 2027"


def ask(client: Client, address: str = ADDRESS) -> str:
    response = client.post(FORGOT, {"username": address})
    assert response.status_code == 302
    return client.get(FORGOT).content.decode()


def path_of(link: str) -> str:
    return "/" + link.split("/", 3)[3]


def test_forgotten_password_flow(account: Account) -> None:
    client = Client()
    page = ask(client)
    assert QUESTION in page and 'for="id_answer">Antwort' in page
    response = client.post(FORGOT, {"answer": "  bello DER zweite "})
    assert response.status_code == 200 and "Link" in response.content.decode()
    reset = path_of(link_from_mail("accounts-reset-link"))
    page = Client().get(reset)
    assert page.status_code == 200 and "Neues Passwort" in page.content.decode()
    response = Client().post(reset, {"new_password1": NEW, "new_password2": NEW})
    assert response.status_code == 302
    account.user.refresh_from_db()
    assert account.user.check_password(NEW)
    assert (
        Client().post("/postfach/anmelden/", {"username": ADDRESS, "password": NEW}).status_code
        == 302
    )
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"accounts.reset.mailed", "accounts.reset.completed"} <= actions


def test_reset_link_works_once(account: Account) -> None:
    client = Client()
    ask(client)
    client.post(FORGOT, {"answer": ANSWER})
    reset = path_of(link_from_mail("accounts-reset-link"))
    assert Client().post(reset, {"new_password1": NEW, "new_password2": NEW}).status_code == 302
    again = Client().post(reset, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert again.status_code == 404
    account.user.refresh_from_db()
    assert account.user.check_password(NEW)


def test_expired_reset_link_is_refused(account: Account) -> None:
    client = Client()
    ask(client)
    client.post(FORGOT, {"answer": ANSWER})
    AccountToken.objects.filter(purpose="reset").update(
        expires=dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    )
    assert Client().get(path_of(link_from_mail("accounts-reset-link"))).status_code == 404


def test_reset_form_has_csrf(account: Account) -> None:
    client = Client()
    ask(client)
    client.post(FORGOT, {"answer": ANSWER})
    reset = path_of(link_from_mail("accounts-reset-link"))
    response = Client(enforce_csrf_checks=True).post(
        reset, {"new_password1": NEW, "new_password2": NEW}
    )
    assert response.status_code == 403
    assert Client(enforce_csrf_checks=True).post(FORGOT, {"answer": ANSWER}).status_code == 403


def test_unknown_address_gets_a_stable_decoy_question(account: Account) -> None:
    first = ask(Client(), "niemand@extern.example")
    second = ask(Client(), "niemand@extern.example")
    question = re.search(r"Sicherheitsfrage:</span>\s*([^<]+)<", first)
    assert question and question.group(1).strip()
    assert question.group(1) in second
    client = Client()
    ask(client, "niemand@extern.example")
    response = client.post(FORGOT, {"answer": ANSWER})
    assert response.status_code == 200 and "Die Antwort stimmt nicht." in response.content.decode()
    assert queued("accounts-reset-link") == []


def test_wrong_answers_count_towards_the_lockout(account: Account) -> None:
    client = Client()
    ask(client)
    assert client.post(FORGOT, {"answer": "falsch"}).status_code == 200
    assert client.post(FORGOT, {"answer": "falsch"}).status_code == 200
    assert client.post(FORGOT, {"answer": "falsch"}).status_code == 429
    assert selectors.is_locked(ADDRESS)
    login = Client().post("/postfach/anmelden/", {"username": ADDRESS, "password": PASSWORD})
    assert login.status_code == 429


def test_reset_lifts_the_lockout(account: Account) -> None:
    for attempt in range(3):
        Client().post("/postfach/anmelden/", {"username": ADDRESS, "password": f"falsch {attempt}"})
    assert selectors.is_locked(ADDRESS)
    client = Client()
    ask(client)
    client.post(FORGOT, {"answer": ANSWER})
    reset = path_of(link_from_mail("accounts-reset-link"))
    Client().post(reset, {"new_password1": NEW, "new_password2": NEW})
    assert not selectors.is_locked(ADDRESS)


def test_answers_are_rate_limited(account: Account) -> None:
    statuses = []
    for _ in range(6):
        client = Client()
        ask(client)
        statuses.append(client.post(FORGOT, {"answer": ANSWER}).status_code)
    assert statuses[-1] == 429


def test_staff_reset_of_the_question(account: Account) -> None:
    services.reset_security_question(account, actor="staff:admin")
    reset = path_of(link_from_mail("accounts-reset-link"))
    page = Client().get(reset).content.decode()
    assert "Sicherheitsfrage" in page
    own = "Welche Farbe hatte mein erstes Rad?"
    response = Client().post(
        reset,
        {
            "new_password1": NEW,
            "new_password2": NEW,
            "question": "own",
            "own_question": own,
            "answer": "blau",
        },
    )
    assert response.status_code == 302
    account.refresh_from_db()
    assert account.security_question == own
    assert AuditEvent.objects.filter(action="accounts.question.reset").exists()
