"""Sign-in and out: sessions, idle timeout, lockout, open redirects, CSRF."""

from __future__ import annotations

import re
from unittest import mock

import pytest
from django.conf import settings
from django.test import Client, override_settings

from siegel.accounts import selectors, services
from siegel.accounts.models import Account
from siegel.audit.models import AuditEvent
from tests.accounts.conftest import ADDRESS, PASSWORD
from tests.support.outbox import body, queued

pytestmark = pytest.mark.django_db

LOGIN = "/postfach/anmelden/"


def sign_in(client: Client, password: str = PASSWORD, address: str = ADDRESS, **extra: str):  # type: ignore[no-untyped-def]
    return client.post(LOGIN, {"username": address, "password": password, **extra})


def test_login_page_labels_and_buttons(db: None) -> None:
    html = Client().get(LOGIN).content.decode()
    assert '<label for="id_username">E-Mail-Adresse</label>' in html
    assert '<label for="id_password">Passwort</label>' in html
    assert ">Anmelden</button>" in html
    assert "Neues Einmal-Passwort anfordern" in html and "Passwort vergessen" in html


def test_sign_in_and_out(account: Account) -> None:
    client = Client()
    response = sign_in(client)
    assert response.status_code == 302 and response["Location"] == "/postfach/eingang/"
    assert client.get("/postfach/sicherheit/").status_code == 200
    assert client.get("/postfach/abmelden/").status_code == 405
    response = client.post("/postfach/abmelden/")
    assert response.status_code == 302
    assert client.get("/postfach/sicherheit/").status_code == 302
    actions = list(AuditEvent.objects.values_list("action", flat=True))
    assert "accounts.login.success" in actions and "accounts.logout" in actions


def test_new_session_id_at_sign_in(account: Account) -> None:
    client = Client()
    client.get(LOGIN)
    session = client.session
    session["planted"] = "by attacker"
    session.save()
    before = session.session_key
    client.cookies[settings.SESSION_COOKIE_NAME] = before
    sign_in(client)
    assert client.cookies[settings.SESSION_COOKIE_NAME].value != before


@pytest.mark.parametrize(
    "target",
    ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)"],
)
def test_next_never_leaves_the_site(account: Account, target: str) -> None:
    response = sign_in(Client(), next=target)
    assert response["Location"] == "/postfach/eingang/"


def test_safe_next_is_followed(account: Account) -> None:
    response = sign_in(Client(), next="/postfach/sicherheit/")
    assert response["Location"] == "/postfach/sicherheit/"


def test_gate_sends_to_sign_in_with_next(db: None) -> None:
    response = Client().get("/postfach/sicherheit/")
    assert response["Location"] == "/postfach/anmelden/?next=%2Fpostfach%2Fsicherheit%2F"


def test_wrong_password_same_answer_for_unknown_address(account: Account) -> None:
    known = sign_in(Client(), "falsch falsch falsch")
    unknown = sign_in(Client(), "falsch falsch falsch", address="niemand@extern.example")
    assert known.status_code == unknown.status_code == 200
    message = "E-Mail-Adresse oder Passwort stimmen nicht."
    assert message in known.content.decode() and message in unknown.content.decode()


def test_three_wrong_passwords_lock_and_mail_the_holder(account: Account) -> None:
    client = Client()
    assert sign_in(client, "falsch 1 falsch 1").status_code == 200
    assert sign_in(client, "falsch 2 falsch 2").status_code == 200
    assert sign_in(client, "falsch 3 falsch 3").status_code == 429
    assert selectors.is_locked(ADDRESS)
    # From another client too, and with the right password: keyed by account, not IP.
    other = Client(REMOTE_ADDR="203.0.113.9")
    assert sign_in(other).status_code == 429
    (mail,) = queued("accounts-locked")
    assert mail["To"] == ADDRESS
    assert "/postfach/passwort-vergessen/" in body(mail) and "Passwort vergessen" in body(mail)
    assert AuditEvent.objects.filter(action="accounts.lockout").count() == 1


def test_lockout_looks_the_same_for_unknown_addresses(account: Account) -> None:
    pages = []
    for address in (ADDRESS, "niemand@extern.example"):
        client = Client()
        for attempt in range(3):
            response = sign_in(client, f"falsch {attempt} falsch", address=address)
        pages.append(response)
    assert pages[0].status_code == pages[1].status_code == 429
    assert _without_csrf(pages[0].content) == _without_csrf(pages[1].content)
    assert len(queued("accounts-locked")) == 1


def _without_csrf(html: bytes) -> bytes:
    return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", html)


def test_success_resets_the_count(account: Account) -> None:
    client = Client()
    sign_in(client, "falsch 1 falsch 1")
    sign_in(client, "falsch 2 falsch 2")
    assert sign_in(client).status_code == 302
    client.post("/postfach/abmelden/")
    sign_in(client, "falsch 3 falsch 3")
    assert sign_in(client).status_code == 302


def test_staff_unlock(account: Account) -> None:
    client = Client()
    for attempt in range(3):
        sign_in(client, f"falsch {attempt} falsch")
    services.unlock(account, actor="staff:admin")
    assert not selectors.is_locked(ADDRESS)
    assert sign_in(client).status_code == 302
    assert AuditEvent.objects.filter(action="accounts.unlock").exists()


@override_settings(SIEGEL_SESSION_IDLE_SECONDS=60)
def test_idle_timeout_signs_out_with_a_notice(signed_in: Client) -> None:
    import time

    start = time.time()
    with mock.patch("siegel.accounts.middleware._now", return_value=start):
        assert signed_in.get("/postfach/sicherheit/").status_code == 200
    with mock.patch("siegel.accounts.middleware._now", return_value=start + 59):
        assert signed_in.get("/postfach/sicherheit/").status_code == 200
    with mock.patch("siegel.accounts.middleware._now", return_value=start + 59 + 61):
        response = signed_in.get("/postfach/sicherheit/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/postfach/anmelden/")
    assert "ohne Aktivität automatisch abgemeldet" in response.content.decode()
    assert AuditEvent.objects.filter(action="accounts.logout", details__reason="idle").exists()


def test_password_change_ends_other_sessions(account: Account) -> None:
    first, second = Client(), Client()
    sign_in(first)
    sign_in(second)
    new = "Ein ganz anderes Passwort 77"
    response = first.post(
        "/postfach/sicherheit/",
        {"form": "password", "old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    assert response.status_code == 302
    assert first.get("/postfach/sicherheit/").status_code == 200
    assert second.get("/postfach/sicherheit/").status_code == 302
    assert AuditEvent.objects.filter(action="accounts.password.change").exists()


def test_disabling_ends_sessions_at_once(signed_in: Client, account: Account) -> None:
    services.disable(account, actor="staff:admin")
    assert signed_in.get("/postfach/sicherheit/").status_code == 302
    assert sign_in(Client()).status_code == 200


def test_invited_account_cannot_sign_in_with_the_one_time_password(invited: object) -> None:
    from tests.accounts.conftest import Invited

    assert isinstance(invited, Invited)
    assert sign_in(Client(), invited.one_time_password).status_code == 200


FORMS = [
    (LOGIN, {"username": ADDRESS, "password": PASSWORD}),
    ("/postfach/registrieren/", {"username": ADDRESS, "one_time_password": "x"}),
    ("/postfach/einmal-passwort/", {"username": ADDRESS}),
    ("/postfach/passwort-vergessen/", {"username": ADDRESS}),
    ("/postfach/abmelden/", {}),
]


@pytest.mark.parametrize(("url", "data"), FORMS)
def test_csrf_on_every_public_form(account: Account, url: str, data: dict[str, str]) -> None:
    assert Client(enforce_csrf_checks=True).post(url, data).status_code == 403


def test_csrf_on_signed_in_forms(account: Account) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(account.user)
    for url in (
        "/postfach/sicherheit/",
        "/postfach/sicherheit/app/",
        "/postfach/sicherheit/codes/",
        "/postfach/sicherheit/entfernen/",
        "/postfach/sicherheit/passkey/optionen/",
        "/postfach/sicherheit/passkey/",
        "/postfach/anmelden/zweiter-faktor/",
    ):
        assert client.post(url, {"form": "password"}).status_code == 403, url


def test_invited_and_unknown_addresses_cost_one_hashing_each(invited: object) -> None:
    from siegel.accounts import backends

    with mock.patch.object(backends, "make_password", wraps=backends.make_password) as hashing:
        sign_in(Client(), "irgendein Passwort 1")
        sign_in(Client(), "irgendein Passwort 1", address="niemand@extern.example")
    assert hashing.call_count == 2


def test_staff_never_sees_second_factor_secrets(account: Account) -> None:
    from django.contrib.auth.models import User

    staff = Client()
    staff.force_login(
        User.objects.create_superuser("admin", "a@versicherer.example", "x-y-z-123456")
    )
    assert staff.get("/admin/otp_totp/totpdevice/").status_code == 404
    assert staff.get("/admin/otp_static/staticdevice/").status_code == 404


def test_changing_the_security_question_asks_for_the_password(signed_in: Client) -> None:
    change = {
        "form": "question",
        "question": "own",
        "own_question": "Welche Farbe hatte mein erstes Rad?",
        "answer": "blau",
    }
    refused = signed_in.post("/postfach/sicherheit/", change | {"password": "geraten geraten"})
    assert refused.status_code == 200 and "Das Passwort stimmt nicht." in refused.content.decode()
    assert (
        signed_in.post("/postfach/sicherheit/", change | {"password": PASSWORD}).status_code == 302
    )
    account = Account.objects.get(address=ADDRESS)
    assert account.security_question == "Welche Farbe hatte mein erstes Rad?"
    assert AuditEvent.objects.filter(action="accounts.question.change").exists()
