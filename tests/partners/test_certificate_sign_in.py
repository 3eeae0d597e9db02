"""Signing in to the portal pages with a client certificate passed by the reverse proxy.

The same check as the API (``client_certs.check``), the same completion as the
password sign-in (new session id, idle timeout, audit, second factor), and a clear
403 page with an audit event for every refusal.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any
from unittest import mock

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice
from pytest_django.fixtures import Settings

from siegel.audit.models import AuditEvent
from siegel.partners import client_certs, services, tokens
from siegel.partners.credentials import PORTAL_SIGN_IN, Scope
from siegel.partners.errors import NotPermitted, PartnerError
from siegel.partners.models import FirmState, Membership, Role
from tests.accounts.conftest import PASSWORD
from tests.accounts.test_second_factor import code_for
from tests.partners.conftest import (
    ADMIN,
    Pair,
    certificate,
    deposit,
    make_user,
    mapped_while_valid,
    via_proxy,
)

pytestmark = pytest.mark.django_db

LOGIN = "/postfach/anmelden/"
CERTIFICATE_LOGIN = "/postfach/anmelden/zertifikat/"
COLLEAGUE = "kollege@makler-a.example"
PORTAL_AND_API = [PORTAL_SIGN_IN, Scope.SHIPMENTS_READ]


@pytest.fixture(autouse=True)
def certificate_sign_in(settings: Settings) -> None:
    settings.SIEGEL_TRUSTED_PROXIES = ["10.0.0.0/24"]
    settings.SIEGEL_PORTAL_CERTIFICATE_SIGN_IN = True


@pytest.fixture
def colleague(firms: Pair) -> Membership:
    return make_user(firms.a, COLLEAGUE, Role.PORTFOLIO)


def own_certificate(member: Membership, scopes: list[str] | None = None) -> tuple[str, int]:
    """A certificate the user maps for themselves (portal sign-in by default): escaped, id."""
    pem, escaped = certificate()
    mapped = client_certs.map_certificate(member, member, pem, scopes=scopes or PORTAL_AND_API)
    return escaped, mapped.pk


def with_csrf() -> tuple[Client, str]:
    """A browser that opened the sign-in page: CSRF checks on, as in production."""
    client = Client(enforce_csrf_checks=True)
    page = client.get(LOGIN)
    assert page.status_code == 200
    return client, client.cookies[django_settings.CSRF_COOKIE_NAME].value


def post_certificate(
    client: Client, token: str, headers: dict[str, str], **data: str
) -> Any:  # the test client's response
    return client.post(CERTIFICATE_LOGIN, {"csrfmiddlewaretoken": token, **data}, **headers)


def signed_in_as(client: Client) -> int | None:
    user_id = client.session.get("_auth_user_id")
    return int(user_id) if user_id is not None else None


def failures() -> list[dict[str, object]]:
    return [
        event.details
        for event in AuditEvent.objects.filter(action="accounts.login.failure").order_by("seq")
    ]


# --- the page and the button ------------------------------------------------------------------


def test_the_button_is_a_post_form_shown_only_when_switched_on(settings: Settings) -> None:
    html = Client().get(LOGIN + "?next=/postfach/maklerpost/").content.decode()
    assert f'action="{CERTIFICATE_LOGIN}"' in html and ">Mit Zertifikat anmelden</button>" in html
    form = html.split(f'action="{CERTIFICATE_LOGIN}"')[1].split("</form>")[0]
    assert 'name="csrfmiddlewaretoken"' in form
    assert 'name="next" value="/postfach/maklerpost/"' in form
    english = Client().get(LOGIN, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert ">Sign in with a certificate</button>" in english
    settings.SIEGEL_PORTAL_CERTIFICATE_SIGN_IN = False
    assert "Mit Zertifikat anmelden" not in Client().get(LOGIN).content.decode()
    client, token = with_csrf()
    assert post_certificate(client, token, {}).status_code == 404


# --- success ----------------------------------------------------------------------------------


def test_a_certificate_mapped_for_the_portal_signs_its_user_in(colleague: Membership) -> None:
    escaped, mapped_id = own_certificate(colleague)
    deposit(colleague.firm)
    client, token = with_csrf()
    planted = client.session  # a session id someone planted before the sign-in
    planted["planted"] = "by attacker"
    planted.save()
    before = planted.session_key
    client.cookies[django_settings.SESSION_COOKIE_NAME] = before
    response = post_certificate(
        client, token, via_proxy(escaped), next="/postfach/maklerpost/?kategorie=120"
    )
    assert response.status_code == 302
    assert response["Location"] == "/postfach/maklerpost/?kategorie=120"
    assert signed_in_as(client) == colleague.account.user_id
    assert client.cookies[django_settings.SESSION_COOKIE_NAME].value != before  # a new session
    assert client.get("/postfach/maklerpost/").status_code == 200
    event = AuditEvent.objects.filter(action="accounts.login.success").latest("seq")
    assert event.actor == f"user:{colleague.account.user_id}"
    assert event.details["method"] == "certificate"
    assert event.details["credential"] == f"certificate:{mapped_id}"
    assert event.details["address"] == COLLEAGUE


def test_an_unsafe_next_goes_to_the_inbox(colleague: Membership) -> None:
    escaped, _ = own_certificate(colleague)
    client, token = with_csrf()
    response = post_certificate(client, token, via_proxy(escaped), next="https://evil.example/")
    assert response["Location"] == "/postfach/eingang/"


def test_the_sign_in_needs_the_csrf_token(colleague: Membership) -> None:
    escaped, _ = own_certificate(colleague)
    client, _token = with_csrf()
    response = client.post(CERTIFICATE_LOGIN, {}, **via_proxy(escaped))
    assert response.status_code == 403
    assert signed_in_as(client) is None


def test_a_get_signs_nobody_in(colleague: Membership) -> None:
    escaped, _ = own_certificate(colleague)
    client = Client()
    response = client.get(CERTIFICATE_LOGIN + "?next=/postfach/maklerpost/", **via_proxy(escaped))
    assert response.status_code == 302
    assert response["Location"] == LOGIN + "?next=%2Fpostfach%2Fmaklerpost%2F"
    assert signed_in_as(client) is None
    assert not AuditEvent.objects.filter(action="accounts.login.success").exists()


def test_the_second_factor_still_follows(colleague: Membership) -> None:
    """A certificate replaces the password, not the second factor (ADR 0023)."""
    device = TOTPDevice.objects.create(user=colleague.account.user, name="App", confirmed=True)
    escaped, _ = own_certificate(colleague)
    client, token = with_csrf()
    response = post_certificate(client, token, via_proxy(escaped), next="/postfach/maklerpost/")
    assert response["Location"].startswith("/postfach/anmelden/zweiter-faktor/")
    # Half signed in: nothing opens before the code.
    assert client.get("/postfach/maklerpost/")["Location"].startswith(
        "/postfach/anmelden/zweiter-faktor/"
    )
    assert client.get(response["Location"]).status_code == 200
    token = client.cookies[django_settings.CSRF_COOKIE_NAME].value  # rotated at sign-in
    done = client.post(
        response["Location"], {"code": code_for(device), "csrfmiddlewaretoken": token}
    )
    assert done.status_code == 302 and done["Location"] == "/postfach/maklerpost/"
    assert client.get("/postfach/maklerpost/").status_code == 200


def test_a_firm_that_requires_a_second_factor_gets_one_after_the_certificate(
    colleague: Membership,
) -> None:
    services.set_second_factor_required(colleague.firm, True, actor="staff:1")
    escaped, _ = own_certificate(colleague)
    client, token = with_csrf()
    assert post_certificate(client, token, via_proxy(escaped)).status_code == 302
    response = client.get("/postfach/maklerpost/")
    assert response.status_code == 302 and response["Location"] == "/postfach/sicherheit/"


def test_the_idle_timeout_ends_a_certificate_session(
    colleague: Membership, settings: Settings
) -> None:
    settings.SIEGEL_SESSION_IDLE_SECONDS = 60
    escaped, _ = own_certificate(colleague)
    client, token = with_csrf()
    start = time.time()
    with mock.patch("siegel.accounts.middleware._now", return_value=start):
        post_certificate(client, token, via_proxy(escaped))
        assert client.get("/postfach/maklerpost/").status_code == 200
    with mock.patch("siegel.accounts.middleware._now", return_value=start + 61):
        response = client.get("/postfach/maklerpost/")
    assert response.status_code == 302 and response["Location"].startswith(LOGIN)
    assert AuditEvent.objects.filter(action="accounts.logout", details__reason="idle").exists()


# --- refusals -----------------------------------------------------------------------------------


def _lock_member(firms: Pair, member: Membership) -> None:
    services.lock_user(firms.a, member)


def _remove_member(firms: Pair, member: Membership) -> None:
    services.remove_user(firms.a, member)


def _lock_firm(firms: Pair, member: Membership) -> None:
    services.set_firm_state(member.firm, FirmState.LOCKED, actor="staff:1")


def _revoke(firms: Pair, member: Membership) -> None:
    mapped = member.client_certificates.get()
    client_certs.revoke_certificate(member, mapped)


NOT_THERE = "Kein Zertifikat erhalten"
NOT_ACCEPTED = "Zertifikat nicht anerkannt"
OUT_OF_TIME = "Zertifikat abgelaufen oder noch nicht gültig"
NOT_REGISTERED = "Zertifikat nicht für die Anmeldung hinterlegt"
LOCKED = "Zugang gesperrt"
NOT_ACTIVE = "user or firm not active"
ABSENT = "no client certificate from a trusted proxy"

REFUSALS: list[tuple[str, Callable[[Pair, Membership], None] | None, str, str, str]] = [
    # (case, what happens to the mapped user, how the proxy passes it, page heading, reason)
    ("locked member", _lock_member, "ok", LOCKED, NOT_ACTIVE),
    ("removed member", _remove_member, "ok", LOCKED, NOT_ACTIVE),
    ("locked firm", _lock_firm, "ok", LOCKED, NOT_ACTIVE),
    ("revoked", _revoke, "ok", NOT_REGISTERED, "certificate revoked"),
    ("untrusted address", None, "untrusted", NOT_THERE, ABSENT),
    ("no headers", None, "none", NOT_THERE, ABSENT),
    ("proxy says none", None, "NONE", NOT_THERE, ABSENT),
    (
        "proxy: other CA",
        None,
        "FAILED:unable to get local issuer certificate",
        NOT_ACCEPTED,
        "the proxy did not verify the certificate (unable to get local issuer certificate)",
    ),
    (
        "proxy: expired",
        None,
        "FAILED:certificate has expired",
        OUT_OF_TIME,
        "the proxy did not verify the certificate (certificate has expired)",
    ),
    ("garbage", None, "garbage", NOT_ACCEPTED, "certificate unreadable"),
]


@pytest.mark.parametrize(
    ("case", "change", "passing", "heading", "reason"), REFUSALS, ids=[r[0] for r in REFUSALS]
)
def test_refusals_show_why_and_are_audited(
    firms: Pair,
    colleague: Membership,
    case: str,
    change: Callable[[Pair, Membership], None] | None,
    passing: str,
    heading: str,
    reason: str,
) -> None:
    escaped, mapped_id = own_certificate(colleague)
    if change is not None:
        change(firms, colleague)
    headers = {
        "ok": via_proxy(escaped),
        "untrusted": via_proxy(escaped, address="192.0.2.9"),
        "none": {"REMOTE_ADDR": "10.0.0.5"},
        "NONE": {"REMOTE_ADDR": "10.0.0.5", "HTTP_X_SSL_CLIENT_VERIFY": "NONE"},
        "garbage": via_proxy("-----BEGIN%20kaputt"),
    }.get(passing) or via_proxy(escaped, verify=passing)
    html = assert_refused(headers, heading, reason)
    assert "Solange Ihr Browser dieses Zertifikat sendet" not in html
    (failure,) = failures()
    assert failure["step"] == "certificate"
    if passing == "ok" or passing.startswith("FAILED:"):  # known: the event names it and its user
        assert failure["credential"] == f"certificate:{mapped_id}"
        assert failure["address"] == COLLEAGUE
    else:
        assert failure["address"] == "" and "credential" not in failure


def test_a_request_the_proxy_refused_for_its_certificate_gets_the_page(
    colleague: Membership,
) -> None:
    """nginx answers 495 to every request of such a connection; error_page 495 sends it here."""
    escaped, mapped_id = own_certificate(colleague)
    failed = via_proxy(escaped, verify="FAILED:certificate revoked")
    client = Client()
    response = client.get(CERTIFICATE_LOGIN, **failed)
    html = response.content.decode()
    assert response.status_code == 403
    assert f"<h1>{NOT_ACCEPTED}</h1>" in html
    assert "Solange Ihr Browser dieses Zertifikat sendet" in html
    assert "Mit E-Mail-Adresse und Passwort anmelden" not in html  # it would be refused too
    assert COLLEAGUE not in html
    (failure,) = failures()
    assert failure["reason"] == "the proxy did not verify the certificate (certificate revoked)"
    assert failure["credential"] == f"certificate:{mapped_id}"
    # The page's stylesheet, asked for on the same connection: the same answer, not recorded again.
    assert client.get(CERTIFICATE_LOGIN, HTTP_SEC_FETCH_DEST="style", **failed).status_code == 403
    expired = client.get(
        CERTIFICATE_LOGIN, **via_proxy(escaped, verify="FAILED:certificate has expired")
    )
    assert f"<h1>{OUT_OF_TIME}</h1>" in expired.content.decode()
    assert len(failures()) == 2
    # Without the proxy's verdict (or from anyone else) a GET is only the way to the sign-in page.
    spoofed = via_proxy(escaped, verify="FAILED:certificate revoked", address="192.0.2.9")
    assert client.get(CERTIFICATE_LOGIN, **spoofed).status_code == 302
    assert client.get(CERTIFICATE_LOGIN, **via_proxy(escaped)).status_code == 302
    assert len(failures()) == 2 and signed_in_as(client) is None


def assert_refused(headers: dict[str, str], heading: str, reason: str) -> str:
    client, token = with_csrf()
    response = post_certificate(client, token, headers, next="/postfach/maklerpost/")
    html = response.content.decode()
    assert response.status_code == 403, html
    assert f"<h1>{heading}</h1>" in html
    assert "Traceback" not in html and "Der Anmeldeversuch wurde protokolliert." in html
    assert COLLEAGUE not in html and "makler-a" not in html  # never whose certificate it is
    assert 'href="/postfach/anmelden/?next=%2Fpostfach%2Fmaklerpost%2F"' in html
    assert signed_in_as(client) is None
    assert failures()[-1]["reason"] == reason
    return html


def test_unmapped_expired_and_not_yet_valid_certificates_are_refused(
    colleague: Membership,
) -> None:
    _pem, unmapped = certificate()
    assert_refused(
        via_proxy(unmapped),
        "Zertifikat nicht für die Anmeldung hinterlegt",
        "certificate not mapped",
    )
    assert failures()[-1]["credential"].startswith("fingerprint:")  # type: ignore[union-attr]
    heading = "Zertifikat abgelaufen oder noch nicht gültig"
    for days, start in ((-1, -10), (20, 2)):  # expired yesterday; valid from the day after tomorrow
        pem, escaped = certificate(days, start=start)
        mapped_while_valid(colleague, colleague, pem, scopes=PORTAL_AND_API)
        assert_refused(via_proxy(escaped), heading, "certificate expired or not yet valid")


def test_a_certificate_mapped_for_the_api_only_does_not_open_the_portal(
    colleague: Membership,
) -> None:
    escaped, _ = own_certificate(colleague, scopes=[Scope.SHIPMENTS_READ])
    assert_refused(via_proxy(escaped), NOT_REGISTERED, "certificate not for portal:sign-in")
    # ... while it still opens the API.
    assert Client().get("/api/v1/shipments/", **via_proxy(escaped)).status_code == 200


def test_a_portal_only_certificate_reads_nothing_through_the_api(colleague: Membership) -> None:
    escaped, _ = own_certificate(colleague, scopes=[PORTAL_SIGN_IN])
    assert Client().get("/api/v1/shipments/", **via_proxy(escaped)).status_code == 403


def test_the_pages_speak_english_too(colleague: Membership) -> None:
    _pem, unmapped = certificate()
    client, token = with_csrf()
    response = client.post(
        CERTIFICATE_LOGIN,
        {"csrfmiddlewaretoken": token},
        HTTP_ACCEPT_LANGUAGE="en",
        **via_proxy(unmapped),
    )
    html = response.content.decode()
    assert response.status_code == 403
    assert "<h1>Certificate not registered for sign-in</h1>" in html
    assert "Sign in with e-mail address and password" in html


def test_a_locked_address_stays_locked_for_certificates(colleague: Membership) -> None:
    """Three failed passwords lock the address; a certificate neither passes nor lifts that."""
    escaped, _ = own_certificate(colleague)
    for attempt in range(3):
        Client().post(LOGIN, {"username": COLLEAGUE, "password": f"falsch {attempt}"})
    client, token = with_csrf()
    response = post_certificate(client, token, via_proxy(escaped))
    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    assert signed_in_as(client) is None
    assert failures()[-1]["reason"] == "address locked"
    # Still locked for the password.
    assert Client().post(LOGIN, {"username": COLLEAGUE, "password": PASSWORD}).status_code == 429


def test_locking_the_user_ends_a_certificate_session_and_the_certificate(
    firms: Pair, colleague: Membership
) -> None:
    escaped, _ = own_certificate(colleague)
    client, token = with_csrf()
    post_certificate(client, token, via_proxy(escaped))
    assert client.get("/postfach/maklerpost/").status_code == 200
    services.lock_user(firms.a, colleague)
    after = client.get("/postfach/maklerpost/")
    assert after.status_code == 302 and after["Location"].startswith(LOGIN)
    assert_refused(via_proxy(escaped), LOCKED, NOT_ACTIVE)
    assert Client().get("/api/v1/shipments/", **via_proxy(escaped)).status_code == 401
    services.unlock_user(firms.a, colleague)
    again, token = with_csrf()
    assert post_certificate(again, token, via_proxy(escaped)).status_code == 302


def test_revoking_the_certificate_ends_the_sessions_it_opened(colleague: Membership) -> None:
    escaped, mapped_id = own_certificate(colleague)
    by_certificate, token = with_csrf()
    post_certificate(by_certificate, token, via_proxy(escaped))
    by_password = Client()
    by_password.post(LOGIN, {"username": COLLEAGUE, "password": PASSWORD})
    assert by_certificate.get("/postfach/maklerpost/").status_code == 200
    client_certs.revoke_certificate(colleague, colleague.client_certificates.get(pk=mapped_id))
    ended = by_certificate.get("/postfach/maklerpost/", follow=True)
    assert ended.redirect_chain[-1][0].startswith(LOGIN)
    assert "weil das Zertifikat, mit dem Sie sich angemeldet hatten, widerrufen wurde" in (
        ended.content.decode()
    )
    assert signed_in_as(by_certificate) is None
    event = AuditEvent.objects.filter(action="accounts.logout").latest("seq")
    assert event.details["reason"] == "certificate revoked"
    assert event.actor == f"user:{colleague.account.user_id}"
    # The same user's password session is not the certificate's.
    assert by_password.get("/postfach/maklerpost/").status_code == 200


# --- who may let a certificate sign in --------------------------------------------------------------


def test_only_the_user_themselves_maps_a_certificate_for_the_portal(
    firms: Pair, colleague: Membership
) -> None:
    """Their administrator could otherwise open the user's own portal mailbox with a certificate."""
    pem, _escaped = certificate()
    with pytest.raises(NotPermitted):
        client_certs.map_certificate(firms.a, colleague, pem, scopes=PORTAL_AND_API)
    mapped = client_certs.map_certificate(firms.a, colleague, pem)  # for the API: allowed
    assert PORTAL_SIGN_IN not in mapped.scope_set
    with pytest.raises(PartnerError):
        client_certs.map_certificate(colleague, colleague, certificate()[0], scopes=["admin:all"])


def test_a_token_cannot_carry_the_portal_scope(firms: Pair) -> None:
    with pytest.raises(PartnerError):
        tokens.issue_token(firms.a, name="MVP", scopes=[PORTAL_SIGN_IN])


def test_the_administrator_is_not_the_colleague(firms: Pair, colleague: Membership) -> None:
    """The administrator's own certificate signs in the administrator, nobody else."""
    escaped, _ = own_certificate(firms.a)
    client, token = with_csrf()
    post_certificate(client, token, via_proxy(escaped))
    assert signed_in_as(client) == firms.a.account.user_id
    assert client.get("/postfach/firma/").status_code == 200
    event = AuditEvent.objects.filter(action="accounts.login.success").latest("seq")
    assert event.details["address"] == ADMIN
