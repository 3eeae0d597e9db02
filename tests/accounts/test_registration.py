"""Registration from the two mails: one-time password, then name, password and question."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.test import Client

from siegel.accounts import selectors
from siegel.accounts.models import AccountStatus, AccountToken
from siegel.audit.models import AuditEvent
from tests.accounts.conftest import ADDRESS, ANSWER, PASSWORD, QUESTION, Invited, link_from_mail

pytestmark = pytest.mark.django_db

DETAILS = {
    "display_name": "Karla Kundin",
    "new_password1": PASSWORD,
    "new_password2": PASSWORD,
    "question": QUESTION,
    "own_question": "",
    "answer": ANSWER,
}


def start(client: Client, invited: Invited, secret: str | None = None) -> object:
    return client.post(
        "/postfach/registrieren/",
        {"username": ADDRESS, "one_time_password": secret or invited.one_time_password},
    )


def test_link_prefills_the_address(invited: Invited) -> None:
    link = link_from_mail("accounts-registration-link")
    response = Client().get(link.split("8000", 1)[-1].split("127.0.0.1", 1)[-1])
    assert response.status_code == 200
    html = response.content.decode()
    assert f'value="{ADDRESS}"' in html
    assert "<label" in html and "Einmal-Passwort" in html and "E-Mail-Adresse" in html


def test_register_signs_in_and_goes_to_the_inbox(invited: Invited) -> None:
    client = Client()
    response = start(client, invited)
    assert response.status_code == 302
    page = client.get(response["Location"])
    for label in ("Neues Passwort", "Sicherheitsfrage", "Antwort", "Name"):
        assert (
            f">{label}:</label>" in page.content.decode()
            or f">{label}</label>" in page.content.decode()
        )
    response = client.post("/postfach/registrieren/", DETAILS)
    assert response.status_code == 302 and response["Location"] == "/postfach/eingang/"
    account = selectors.account_for_address(ADDRESS)
    assert account is not None and account.status == AccountStatus.ACTIVE
    assert account.user.check_password(PASSWORD)
    assert account.security_answer_hash.startswith("argon2")
    assert ANSWER not in account.security_answer_hash
    assert client.get("/postfach/sicherheit/").status_code == 200
    assert AuditEvent.objects.filter(action="accounts.account.register").exists()
    assert AuditEvent.objects.filter(action="accounts.login.success").exists()


def test_answer_compared_after_normalising(invited: Invited) -> None:
    from siegel.accounts.questions import answer_matches

    client = Client()
    start(client, invited)
    client.post("/postfach/registrieren/", DETAILS | {"answer": "  Bello   der Zweite "})
    account = selectors.account_for_address(ADDRESS)
    assert account is not None
    assert answer_matches("BELLO DER ZWEITE", account.security_answer_hash)
    assert not answer_matches("Bello", account.security_answer_hash)


def test_own_question(invited: Invited) -> None:
    client = Client()
    start(client, invited)
    own = "Wo habe ich 1999 Urlaub gemacht?"
    client.post("/postfach/registrieren/", DETAILS | {"question": "own", "own_question": own})
    account = selectors.account_for_address(ADDRESS)
    assert account is not None and account.security_question == own


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("kurz", "zu kurz"),
        ("1qaz2wsx3edc", "common"),
        ("123456789012345", "numeric"),
        ("kunde@extern.example", "similar to the address"),
    ],
)
def test_password_policy(invited: Invited, password: str, reason: str) -> None:
    client = Client()
    start(client, invited)
    response = client.post(
        "/postfach/registrieren/", DETAILS | {"new_password1": password, "new_password2": password}
    )
    assert response.status_code == 200, reason
    assert 'aria-invalid="true"' in response.content.decode()
    assert 'aria-describedby="id_new_password2_error"' in response.content.decode() or (
        "id_new_password2_error" in response.content.decode()
    )
    account = selectors.account_for_address(ADDRESS)
    assert account is not None and account.status == AccountStatus.INVITED


def test_one_time_password_is_single_use(invited: Invited) -> None:
    client = Client()
    start(client, invited)
    client.post("/postfach/registrieren/", DETAILS)
    again = Client()
    response = start(again, invited)
    assert response.status_code == 200
    assert "stimmen nicht" in response.content.decode()


def test_expired_one_time_password_is_refused(invited: Invited) -> None:
    AccountToken.objects.update(expires=AccountToken.objects.get().created - dt.timedelta(days=1))
    response = start(Client(), invited)
    assert response.status_code == 200 and "abgelaufen" in response.content.decode()


def test_one_time_password_expiring_between_the_steps(invited: Invited) -> None:
    client = Client()
    start(client, invited)
    AccountToken.objects.update(expires=AccountToken.objects.get().created - dt.timedelta(days=1))
    response = client.post("/postfach/registrieren/", DETAILS)
    assert response.status_code == 200  # back at the first step
    assert "Einmal-Passwort" in response.content.decode()
    assert not User.objects.get(username=ADDRESS).has_usable_password()


def test_brute_force_on_the_one_time_password_locks(invited: Invited) -> None:
    client = Client()
    for _ in range(2):
        assert start(client, invited, "FALSCHFALSCH").status_code == 200
    assert start(client, invited, "FALSCHFALSCH").status_code == 429
    # Locked: even the right one-time password no longer opens it.
    assert start(client, invited).status_code == 429
    assert AuditEvent.objects.filter(action="accounts.login.failure").count() >= 3
    # A new one-time password (the mail is the holder's way in) lifts the lock.
    Client().post("/postfach/einmal-passwort/", {"username": ADDRESS})
    from tests.accounts.conftest import one_time_password_from_mail

    assert start(Client(), invited, one_time_password_from_mail()).status_code == 302


def test_new_one_time_password_request_looks_the_same_for_every_address(invited: Invited) -> None:
    known = Client().post("/postfach/einmal-passwort/", {"username": ADDRESS})
    unknown = Client().post("/postfach/einmal-passwort/", {"username": "niemand@extern.example"})
    assert known.status_code == unknown.status_code == 200
    assert known.content.decode().replace(ADDRESS, "X") == unknown.content.decode().replace(
        "niemand@extern.example", "X"
    ).replace(_csrf(unknown), _csrf(known))
    assert selectors.account_for_address("niemand@extern.example") is None


def _csrf(response: object) -> str:
    import re

    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode())  # type: ignore[attr-defined]
    return match.group(1) if match else ""


def test_new_one_time_password_requests_are_rate_limited(invited: Invited) -> None:
    client = Client()
    statuses = [
        client.post("/postfach/einmal-passwort/", {"username": ADDRESS}).status_code
        for _ in range(6)
    ]
    assert statuses == [200] * 5 + [429]


def test_display_name_is_escaped(invited: Invited) -> None:
    client = Client()
    start(client, invited)
    client.post("/postfach/registrieren/", DETAILS | {"display_name": "<script>alert(1)</script>"})
    html = client.get("/postfach/sicherheit/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_registration_keeps_the_language_for_later_mails(invited: Invited) -> None:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    start(client, invited)
    client.post("/postfach/registrieren/", DETAILS)
    account = selectors.account_for_address(ADDRESS)
    assert account is not None and account.language == "en"


def test_new_one_time_password_answer_waits_for_the_slower_path(invited: Invited) -> None:
    from unittest import mock

    with mock.patch("siegel.accounts.views.time.sleep") as sleep:
        Client().post("/postfach/einmal-passwort/", {"username": "niemand@extern.example"})
    (call,) = sleep.call_args_list
    assert call.args[0] > 0
