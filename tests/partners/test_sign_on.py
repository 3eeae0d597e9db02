"""Single sign-on per firm over OpenID Connect, against a real provider on loopback.

The provider is django-oauth-toolkit in its own process (``oidc_provider``); the
tests go through its login page and the authorisation-code flow with PKCE, and
Siegel redeems the code and fetches the keys over HTTP as in production. Only the
pure claim rules are tested without it (tests/core/test_id_token.py).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any
from unittest import mock
from urllib.parse import parse_qs, urlencode, urlparse

import pytest
import requests
from django.contrib.auth.models import User
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice
from pytest_django.fixtures import Settings

from siegel.audit.models import AuditEvent
from siegel.core.keyring import Keyring
from siegel.keys import sealed
from siegel.keys.masterkey import keyring
from siegel.partners import services, sign_on, sign_on_flow
from siegel.partners.models import FirmState, Membership, Role
from siegel.partners.sign_on_models import FirmSignOn, SignOnLink
from tests.partners.conftest import ADMIN, STAFF, Pair, make_user, signed_in
from tests.support.oidc import Provider, stand_in

pytestmark = pytest.mark.django_db

CLIENT_ID = "siegel-makler-a"
SECRET = "geheim-7c1f0d5e9a2b4c6d8e0f1a3b5c7d9e1f"
OTHER_CLIENT = "siegel-anderer-client"
OTHER_SECRET = "anderes-geheimnis-3e5a7c9b1d2f4a6c8e0b"
SERVER = "http://testserver"
RETURN = f"{SERVER}/postfach/anmelden/firma/makler-a/zurueck/"
START = "/postfach/anmelden/firma/makler-a/"
COLLEAGUE = "kollege@makler-a.example"
B_CLIENT = "siegel-makler-b"
B_SECRET = "makler-b-geheimnis-2d4f6a8c0e1b3d5f7a9c"
B_RETURN = f"{SERVER}/postfach/anmelden/firma/makler-b/zurueck/"
B_START = "/postfach/anmelden/firma/makler-b/"
B_ADMIN = "chef@makler-b.example"
NOBODY = "http://127.0.0.1:9"  # the discard port: a provider nobody answers at
HAND_SET = {  # endpoints set by hand: no discovery document is read
    "authorization_endpoint": f"{NOBODY}/authorize",
    "token_endpoint": f"{NOBODY}/token",
    "jwks_uri": f"{NOBODY}/keys",
}


@pytest.fixture(autouse=True)
def _loopback_providers(settings: Settings) -> None:
    """The test providers are plain HTTP on 127.0.0.1; an installation must allow that."""
    settings.SIEGEL_SSO_ALLOWED_NETWORKS = ["127.0.0.0/8"]


@pytest.fixture(scope="module")
def provider(oidc_provider: Provider) -> Provider:
    """The firm's directory: Siegel's clients and the people of both firms (and strangers)."""
    oidc_provider.client(CLIENT_ID, SECRET, RETURN)
    oidc_provider.client(OTHER_CLIENT, OTHER_SECRET, RETURN)
    oidc_provider.users(
        anna=ADMIN,
        anna_zweitkonto=ADMIN,
        kollege=COLLEAGUE,
        fremd="chef@makler-b.example",
        niemand="niemand@makler-a.example",
        unbestaetigt=f"{COLLEAGUE}!",
        fremdes_publikum=ADMIN,
        uhr_vor=ADMIN,
        uhr_weit_vor=ADMIN,
    )
    return oidc_provider


@pytest.fixture(scope="module")
def provider_b(second_oidc_provider: Provider) -> Provider:
    """Firm B's own directory, another process: it does not name itself in answers (as Entra ID)."""
    second_oidc_provider.client(B_CLIENT, B_SECRET, B_RETURN)
    second_oidc_provider.users(chef_b=B_ADMIN)
    return second_oidc_provider


def configure_b(firm_admin: Membership, provider: Provider, **changes: Any) -> FirmSignOn:
    wanted: dict[str, Any] = {
        "slug": "makler-b",
        "issuer": provider.issuer,
        "client_id": B_CLIENT,
        "allowed_domains": "makler-b.example",
        "secret": B_SECRET,
    } | changes
    return sign_on.configure(firm_admin.firm, sign_on.Settings(**wanted), actor=STAFF)


def with_query(url: str, **changes: str | None) -> str:
    """``url`` with query parameters replaced (None: removed), as a browser's address bar allows."""
    parts = urlparse(url)
    query = {name: values[0] for name, values in parse_qs(parts.query).items()}
    for name, value in changes.items():
        query.pop(name, None)
        if value is not None:
            query[name] = value
    return parts._replace(query=urlencode(query)).geturl()


def discovery(provider: Provider) -> dict[str, Any]:
    found = requests.get(f"{provider.issuer}/.well-known/openid-configuration", timeout=10)
    return dict(found.json())


def configure(firm_admin: Membership, provider: Provider, **changes: Any) -> FirmSignOn:
    wanted: dict[str, Any] = {
        "slug": "makler-a",
        "issuer": provider.issuer,
        "client_id": CLIENT_ID,
        "allowed_domains": "makler-a.example",
        "secret": SECRET,
    } | changes
    return sign_on.configure(firm_admin.firm, sign_on.Settings(**wanted), actor=STAFF)


@pytest.fixture
def firm_sign_on(firms: Pair, provider: Provider) -> FirmSignOn:
    return configure(firms.a, provider)


def to_provider(client: Client, start: str = START, **form: str) -> str:
    """Press the start page's button (a POST): the provider's address the browser is sent to."""
    answer = client.post(start, form)
    assert answer.status_code == 302, answer.content
    return str(answer["Location"])


def back_from(provider: Provider, client: Client, username: str, **query: str) -> str:
    """Begin at Siegel, sign in at the provider as ``username``: the URL it sends the browser back to."""
    return provider.sign_in(to_provider(client, **query), username, back_to=RETURN)


def sign_on_as(provider: Provider, client: Client, username: str, **query: str) -> Any:
    return client.get(back_from(provider, client, username, **query))


def signed_in_as(client: Client) -> int | None:
    user_id = client.session.get("_auth_user_id")
    return int(user_id) if user_id is not None else None


def failure() -> dict[str, object]:
    event = AuditEvent.objects.filter(action="accounts.login.failure").latest("seq")
    assert event.details["step"] == "sso"
    return dict(event.details)


def refused(answer: Any, heading: str) -> None:
    assert answer.status_code == 403
    page = answer.content.decode()
    assert f"<h1>{heading}</h1>" in page
    assert "Der Anmeldeversuch wurde protokolliert." in page


# --- the way in -----------------------------------------------------------------------------


@pytest.mark.slow
def test_a_firm_user_signs_in_with_the_firms_provider_and_is_linked_by_subject(
    firms: Pair, firm_sign_on: FirmSignOn, provider: Provider
) -> None:
    client = Client()
    authorize = urlparse(to_provider(client, next="/postfach/maklerpost/"))
    asked = parse_qs(authorize.query)
    assert authorize.geturl().startswith(provider.issuer + "/authorize")
    assert asked["client_id"] == [CLIENT_ID] and asked["redirect_uri"] == [RETURN]
    assert asked["code_challenge_method"] == ["S256"] and asked["scope"] == ["openid email"]
    assert asked["nonce"][0] and asked["state"][0] and asked["code_challenge"][0]

    client = Client()
    answer = sign_on_as(provider, client, "anna", next="/postfach/maklerpost/")
    assert answer.status_code == 302 and answer["Location"] == "/postfach/maklerpost/"
    assert signed_in_as(client) == firms.a.account.user_id
    assert client.get("/postfach/maklerpost/").status_code == 200
    link = SignOnLink.objects.get()
    assert link.membership == firms.a and link.subject and link.last_used is not None
    success = AuditEvent.objects.filter(action="accounts.login.success").latest("seq")
    assert success.details["method"] == "sso" and success.details["first_link"] is True
    assert success.details["firm"] == firms.a.firm_id
    assert success.details["subject"] == link.subject

    again = Client()
    assert sign_on_as(provider, again, "anna").status_code == 302
    assert signed_in_as(again) == firms.a.account.user_id
    latest = AuditEvent.objects.filter(action="accounts.login.success").latest("seq")
    assert latest.details["first_link"] is False
    assert SignOnLink.objects.count() == 1
    assert not AuditEvent.objects.filter(details__icontains=SECRET).exists()


@pytest.mark.slow
def test_the_second_factor_is_still_asked_after_the_provider(
    firms: Pair, firm_sign_on: FirmSignOn, provider: Provider
) -> None:
    TOTPDevice.objects.create(user=firms.a.account.user, name="App", confirmed=True)
    client = Client()
    answer = sign_on_as(provider, client, "anna", next="/postfach/maklerpost/")
    assert answer.status_code == 302
    assert answer["Location"].startswith("/postfach/anmelden/zweiter-faktor/?next=")
    page = client.get("/postfach/maklerpost/")
    assert page.status_code == 302 and "/anmelden/zweiter-faktor/" in page["Location"]


@pytest.mark.slow
def test_a_firm_that_requires_a_second_factor_sends_the_user_to_set_one_up(
    firms: Pair, firm_sign_on: FirmSignOn, provider: Provider
) -> None:
    services.set_second_factor_required(firms.a.firm, True, actor=STAFF)
    client = Client()
    assert sign_on_as(provider, client, "anna").status_code == 302
    page = client.get("/postfach/maklerpost/")
    assert page.status_code == 302 and page["Location"] == "/postfach/sicherheit/"


# --- the protocol's checks ------------------------------------------------------------------


def test_opening_the_start_link_only_shows_the_button(firms: Pair) -> None:
    """A link from another site (top-level GET) must not start a flow: no login CSRF."""
    configure_without_provider(firms.a, **HAND_SET)
    client = Client()
    answer = client.get(START, {"next": "/postfach/maklerpost/"})
    assert answer.status_code == 200 and not answer.has_header("Location")
    page = answer.content.decode()
    assert "Weiter zur Anmeldung bei Makler A GmbH</button>" in page
    assert 'name="next" value="/postfach/maklerpost/"' in page
    assert sign_on_flow.PENDING not in client.session
    assert f"form-action 'self' {NOBODY};" in answer["Content-Security-Policy"]


def test_starting_without_the_csrf_token_is_refused(firms: Pair) -> None:
    configure_without_provider(firms.a, **HAND_SET)
    client = Client(enforce_csrf_checks=True)
    assert client.post(START).status_code == 403
    assert sign_on_flow.PENDING not in client.session

    page = client.get(START).content.decode()
    token = page.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    answer = client.post(START, {"csrfmiddlewaretoken": token})
    assert answer.status_code == 302
    assert answer["Location"].startswith(HAND_SET["authorization_endpoint"] + "?")
    assert len(client.session[sign_on_flow.PENDING]) == 1


@pytest.mark.slow
def test_two_firms_sign_in_each_with_its_own_provider_at_its_own_address(
    firms: Pair, provider: Provider, provider_b: Provider
) -> None:
    configure(firms.a, provider)
    configure_b(firms.b, provider_b)
    client_a = Client()
    assert sign_on_as(provider, client_a, "anna").status_code == 302
    assert signed_in_as(client_a) == firms.a.account.user_id

    client_b = Client()
    asked = parse_qs(urlparse(to_provider(client_b, B_START)).query)
    assert asked["redirect_uri"] == [B_RETURN]
    back = provider_b.sign_in(to_provider(client_b, B_START), "chef_b", back_to=B_RETURN)
    assert "iss" not in parse_qs(urlparse(back).query)  # this provider does not name itself
    assert client_b.get(back).status_code == 302
    assert signed_in_as(client_b) == firms.b.account.user_id


@pytest.mark.slow
def test_a_mix_up_by_another_firms_provider_never_reaches_its_token_endpoint(
    firms: Pair, provider: Provider, provider_b: Provider
) -> None:
    """Firm B's provider is malicious: it sends a person who started at firm B on to firm A's
    provider, with the attacker's own flow for firm A and the victim's state for firm B.
    The code firm A's provider issues must never be posted to firm B's token endpoint.
    """
    configure(firms.a, provider)
    found = discovery(provider_b)
    with stand_in() as stolen:  # firm B's token endpoint, run by the attacker
        configure_b(
            firms.b,
            provider_b,
            authorization_endpoint=found["authorization_endpoint"],
            token_endpoint=stolen.url,
            jwks_uri=found["jwks_uri"],
        )
        victim, attacker = Client(), Client()
        victim_state = parse_qs(urlparse(to_provider(victim, B_START)).query)["state"][0]
        forwarded = with_query(to_provider(attacker), state=victim_state)
        back = provider.sign_in(forwarded, "anna", back_to=RETURN)

        refused(victim.get(back), "Anmeldung fehlgeschlagen")
        assert failure()["reason"] == "answer at another firm's return address"
        assert failure()["firm"] == firms.b.firm_id
        assert stolen.received == []
        assert signed_in_as(victim) is None
        # The victim's flow for firm B is spent: the same answer at firm B's address is refused too.
        refused(victim.get(back.replace("/makler-a/", "/makler-b/")), "Anmeldung fehlgeschlagen")
        assert failure()["reason"] == "unknown or expired state"
        assert stolen.received == []


@pytest.mark.slow
def test_an_answer_naming_another_issuer_or_none_is_refused(
    firms: Pair, firm_sign_on: FirmSignOn, provider: Provider, provider_b: Provider
) -> None:
    """RFC 9207: this provider names itself in every answer (and says so in its discovery)."""
    client = Client()
    back = back_from(provider, client, "anna")
    assert parse_qs(urlparse(back).query)["iss"] == [provider.issuer]
    refused(client.get(with_query(back, iss=provider_b.issuer)), "Anmeldung fehlgeschlagen")
    assert failure()["reason"] == "iss of the answer is not the firm's issuer"

    client = Client()
    back = back_from(provider, client, "anna")
    refused(client.get(with_query(back, iss=None)), "Anmeldung fehlgeschlagen")
    assert failure()["reason"] == "no iss in the answer"
    assert signed_in_as(client) is None


@pytest.mark.slow
def test_a_wrong_or_replayed_state_signs_nobody_in(
    firms: Pair, firm_sign_on: FirmSignOn, provider: Provider
) -> None:
    client = Client()
    back = back_from(provider, client, "anna")
    forged = back.replace("state=", "state=x")
    refused(client.get(forged), "Anmeldung fehlgeschlagen")
    assert failure()["reason"] == "unknown or expired state"
    assert signed_in_as(client) is None

    client = Client()
    back = back_from(provider, client, "anna")
    assert client.get(back).status_code == 302
    refused(client.get(back), "Anmeldung fehlgeschlagen")  # the flow answered once
    assert failure()["reason"] == "unknown or expired state"
    other_browser = Client()
    refused(other_browser.get(back), "Anmeldung fehlgeschlagen")
    assert signed_in_as(other_browser) is None


@pytest.mark.slow
def test_a_token_with_another_nonce_is_refused(
    firms: Pair, firm_sign_on: FirmSignOn, provider: Provider
) -> None:
    client = Client()
    back = back_from(provider, client, "anna")
    session = client.session
    flows = session[sign_on_flow.PENDING]
    for flow in flows.values():
        flow["nonce"] = "eine-andere-nonce"
    session[sign_on_flow.PENDING] = flows
    session.save()
    refused(client.get(back), "Anmeldung fehlgeschlagen")
    assert "Nonce" in str(failure()["reason"])
    assert signed_in_as(client) is None


@pytest.mark.slow
def test_a_token_from_another_issuer_is_refused(firms: Pair, provider: Provider) -> None:
    document = requests.get(f"{provider.issuer}/.well-known/openid-configuration", timeout=10)
    found = document.json()
    configure(
        firms.a,
        provider,
        issuer="https://login.makler-a.example",
        authorization_endpoint=found["authorization_endpoint"],
        token_endpoint=found["token_endpoint"],
        jwks_uri=found["jwks_uri"],
    )
    client = Client()
    back = with_query(back_from(provider, client, "anna"), iss=None)  # not named in the answer
    refused(client.get(back), "Anmeldung fehlgeschlagen")
    assert failure()["reason"] == "ID token: wrong issuer"
    assert signed_in_as(client) is None


@pytest.mark.slow
def test_a_discovery_document_of_another_issuer_is_refused(firms: Pair, provider: Provider) -> None:
    configure(firms.a, provider, issuer=provider.issuer + "/")
    refused(Client().get(START), "Anmeldung fehlgeschlagen")
    assert failure()["reason"] == "discovery document names another issuer"
    assert failure()["firm"] == firms.a.firm_id


@pytest.mark.slow
def test_a_token_made_out_to_another_client_is_refused(
    firms: Pair, firm_sign_on: FirmSignOn, provider: Provider
) -> None:
    """The provider signs a token whose audience is not us (it names another client)."""
    client = Client()
    refused(sign_on_as(provider, client, "fremdes_publikum"), "Anmeldung fehlgeschlagen")
    assert failure()["reason"] == "ID token: wrong audience"
    assert signed_in_as(client) is None and not SignOnLink.objects.exists()


@pytest.mark.slow
def test_a_code_for_another_client_is_refused(
    firms: Pair, firm_sign_on: FirmSignOn, provider: Provider
) -> None:
    """The code was issued to our client; redeemed as another one, the provider refuses it."""
    client = Client()
    back = back_from(provider, client, "anna")
    configure(firms.a, provider, client_id=OTHER_CLIENT, secret=OTHER_SECRET)
    refused(client.get(back), "Anmeldung fehlgeschlagen")
    assert str(failure()["reason"]).startswith("provider refused the code")


@pytest.mark.slow
def test_an_expired_token_is_refused(
    firms: Pair, firm_sign_on: FirmSignOn, provider: Provider
) -> None:
    client = Client()
    back = back_from(provider, client, "anna")
    later = sign_on_flow.now() + 3600  # the provider's tokens live five minutes
    with mock.patch.object(sign_on_flow, "now", return_value=later):
        refused(client.get(back), "Anmeldung fehlgeschlagen")
    assert failure()["reason"] == "ID token: expired"
    assert signed_in_as(client) is None


@pytest.mark.slow
def test_a_provider_clock_seconds_fast_is_forgiven_one_minutes_fast_is_not(
    firms: Pair, firm_sign_on: FirmSignOn, provider: Provider
) -> None:
    """The provider's clock runs 5 s (then 300 s) ahead of Siegel's: its iat is in our future."""
    client = Client()
    assert sign_on_as(provider, client, "uhr_vor").status_code == 302
    assert signed_in_as(client) == firms.a.account.user_id
    client = Client()
    refused(sign_on_as(provider, client, "uhr_weit_vor"), "Anmeldung fehlgeschlagen")
    assert failure()["reason"] == "ID token: issued in the future"
    assert signed_in_as(client) is None


@pytest.mark.slow
def test_the_provider_refusing_the_person_is_a_refusal(
    firms: Pair, firm_sign_on: FirmSignOn, provider: Provider
) -> None:
    client = Client()
    state = parse_qs(urlparse(to_provider(client)).query)["state"][0]
    refused(
        client.get(RETURN, {"error": "access_denied", "state": state}), "Anmeldung fehlgeschlagen"
    )
    assert failure()["reason"] == "provider answered access_denied"


# --- where Siegel may send requests (no SSRF) -----------------------------------------------


def with_token_endpoint(firm_admin: Membership, provider: Provider, url: str) -> FirmSignOn:
    """The firm's provider, but its token endpoint at ``url`` (misconfigured or malicious)."""
    found = discovery(provider)
    return configure(
        firm_admin,
        provider,
        authorization_endpoint=found["authorization_endpoint"],
        token_endpoint=url,
        jwks_uri=found["jwks_uri"],
    )


@pytest.mark.slow
def test_a_provider_on_loopback_needs_the_installation_to_allow_it(
    firms: Pair, firm_sign_on: FirmSignOn, settings: Settings
) -> None:
    settings.SIEGEL_SSO_ALLOWED_NETWORKS = []  # the default
    refused(Client().get(START), "Anmeldung fehlgeschlagen")
    assert failure()["reason"] == "provider URL leads to a non-public address"


def test_plain_http_and_internal_addresses_are_refused(firms: Pair, settings: Settings) -> None:
    settings.SIEGEL_SSO_ALLOWED_NETWORKS = ["10.0.0.0/8"]
    for endpoint, reason in [
        ("http://10.1.2.3/authorize", "provider URL is not https"),
        ("https://169.254.169.254/latest/meta-data/", "provider URL leads to a non-public address"),
        ("https://[::ffff:192.168.0.1]/authorize", "provider URL leads to a non-public address"),
        (
            "https://nutzer:pw@login.makler-a.example/authorize",
            "provider URL unusable (ValueError)",
        ),
        ("ftp://login.makler-a.example/authorize", "provider URL unusable (ValueError)"),
    ]:
        configure_without_provider(firms.a, **(HAND_SET | {"authorization_endpoint": endpoint}))
        client = Client()
        refused(client.get(START), "Anmeldung fehlgeschlagen")
        assert failure()["reason"] == reason, endpoint
        assert sign_on_flow.PENDING not in client.session


@pytest.mark.slow
def test_a_token_endpoint_at_an_internal_address_is_never_called(
    firms: Pair, provider: Provider
) -> None:
    with_token_endpoint(firms.a, provider, "http://169.254.169.254/latest/meta-data/")
    client = Client()
    refused(sign_on_as(provider, client, "anna"), "Anmeldung fehlgeschlagen")
    assert failure()["reason"] == "provider URL leads to a non-public address"
    assert signed_in_as(client) is None


@pytest.mark.slow
def test_a_too_large_or_too_slow_answer_is_cut_off(
    firms: Pair, provider: Provider, settings: Settings
) -> None:
    with stand_in() as token_endpoint:
        with_token_endpoint(firms.a, provider, token_endpoint.url)
        token_endpoint.answer = b'{"id_token": "' + b"x" * sign_on_flow.MAX_ANSWER + b'"}'
        refused(sign_on_as(provider, Client(), "anna"), "Anmeldung fehlgeschlagen")
        assert failure()["reason"] == "provider answer too large"

        settings.SIEGEL_SSO_TIMEOUT = 1
        token_endpoint.answer, token_endpoint.piece, token_endpoint.pause = b"{}" * 40, 1, 0.2
        refused(sign_on_as(provider, Client(), "anna"), "Anmeldung fehlgeschlagen")
        assert failure()["reason"] == "provider answer too slow"
        assert len(token_endpoint.received) == 2


def test_the_admin_parses_provider_addresses_instead_of_comparing_their_beginning(
    firms: Pair, staff_client: Client, settings: Settings
) -> None:
    settings.SIEGEL_SSO_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    for issuer in ["http://localhost.evil.de", "http://127.0.0.1.evil.de", "http://10.0.0.1"]:
        answer = staff_client.post(
            "/admin/partners/firmsignon/add/",
            {
                "firm": firms.a.firm_id,
                "slug": "makler-a",
                "issuer": issuer,
                "client_id": CLIENT_ID,
                "secret": SECRET,
                "allowed_domains": "makler-a.example",
                "authorization_endpoint": "",
                "token_endpoint": "",
                "jwks_uri": "",
            },
        )
        assert answer.status_code == 200, issuer
        assert "Die Adresse muss mit https:// beginnen." in answer.content.decode()
    assert not FirmSignOn.objects.exists()


# --- failures that are refusals, not errors --------------------------------------------------


@pytest.mark.slow
def test_a_token_answer_that_is_no_json_object_is_a_refusal(
    firms: Pair, provider: Provider
) -> None:
    with stand_in() as token_endpoint:
        with_token_endpoint(firms.a, provider, token_endpoint.url)
        token_endpoint.answer = b'["id_token"]'
        client = Client()
        refused(sign_on_as(provider, client, "anna"), "Anmeldung fehlgeschlagen")
    assert failure()["reason"] == "token answer is no JSON object"
    assert signed_in_as(client) is None


def test_a_client_secret_that_does_not_open_is_a_refusal(firms: Pair) -> None:
    saved = configure_without_provider(firms.a, **HAND_SET)
    sealed_elsewhere = Keyring((os.urandom(32),)).seal(SECRET.encode(), saved.seal_context)
    FirmSignOn.objects.filter(pk=saved.pk).update(sealed_secret=sealed_elsewhere)
    client = Client()
    state = parse_qs(urlparse(to_provider(client)).query)["state"][0]
    refused(client.get(RETURN, {"state": state, "code": "ein-code"}), "Anmeldung fehlgeschlagen")
    assert failure()["reason"] == "client secret does not open"
    assert failure()["firm"] == firms.a.firm_id
    assert signed_in_as(client) is None


def test_a_link_made_meanwhile_by_another_sign_in_refuses_the_second(firms: Pair) -> None:
    """Two first sign-ins at once both pass member_for; the database lets only one link stand."""
    saved = configure_without_provider(firms.a)
    colleague = make_user(firms.a, COLLEAGUE)
    SignOnLink.objects.create(sign_on=saved, membership=firms.a, subject="4711")
    with pytest.raises(sign_on.SignOnRefused) as same_user:
        sign_on.link(saved, firms.a, "4712")  # another provider account, same user
    assert same_user.value.reason == "linked meanwhile by another sign-in"
    assert same_user.value.address == ADMIN
    with pytest.raises(sign_on.SignOnRefused):
        sign_on.link(saved, colleague, "4711")  # the same provider account, another user
    assert list(SignOnLink.objects.values_list("membership", "subject")) == [(firms.a.pk, "4711")]
    assert sign_on.link(saved, firms.a, "4711") is False  # the one that stands still signs in


@pytest.mark.slow
def test_a_first_sign_in_that_loses_the_race_gets_the_refusal_page(
    firms: Pair, firm_sign_on: FirmSignOn, provider: Provider
) -> None:
    real_member_for = sign_on.member_for

    def and_meanwhile_another_sign_in(chosen: FirmSignOn, identity: Any) -> Membership:
        member = real_member_for(chosen, identity)
        SignOnLink.objects.create(sign_on=chosen, membership=member, subject="die-andere")
        return member

    client = Client()
    with mock.patch.object(sign_on, "member_for", side_effect=and_meanwhile_another_sign_in):
        refused(sign_on_as(provider, client, "anna"), "Anmeldung fehlgeschlagen")
    assert failure()["reason"] == "linked meanwhile by another sign-in"
    assert failure()["address"] == ADMIN
    assert signed_in_as(client) is None


# --- whom a token may sign in ---------------------------------------------------------------


@pytest.mark.slow
def test_a_user_of_another_firm_is_not_signed_in(firms: Pair, provider: Provider) -> None:
    configure(firms.a, provider)
    refused(sign_on_as(provider, Client(), "fremd"), "Kein Zugang für dieses Konto")
    assert failure()["reason"] == "e-mail address outside the firm's domains"
    assert failure()["address"] == "chef@makler-b.example"

    configure(firms.a, provider, allowed_domains="makler-a.example, makler-b.example")
    client = Client()
    refused(sign_on_as(provider, client, "fremd"), "Kein Zugang für dieses Konto")
    assert failure()["reason"] == "no user of the firm at this address"
    assert signed_in_as(client) is None and not SignOnLink.objects.exists()


@pytest.mark.slow
def test_unknown_and_unverified_addresses_create_nobody(
    firms: Pair, firm_sign_on: FirmSignOn, provider: Provider
) -> None:
    users = User.objects.count()
    refused(sign_on_as(provider, Client(), "niemand"), "Kein Zugang für dieses Konto")
    assert failure()["reason"] == "no user of the firm at this address"
    make_user(firms.a, COLLEAGUE)
    refused(sign_on_as(provider, Client(), "unbestaetigt"), "E-Mail-Adresse nicht bestätigt")
    assert failure()["reason"] == "e-mail address not verified"
    assert User.objects.count() == users + 1  # the colleague, added by the administrator


@pytest.mark.slow
def test_a_first_sign_in_needs_the_provider_to_vouch_for_the_address_later_ones_go_by_subject(
    firms: Pair, firm_sign_on: FirmSignOn, provider: Provider
) -> None:
    """A provider that leaves out ``email_verified`` (as Entra ID) cannot link by address."""
    make_user(firms.a, COLLEAGUE)
    provider.users(kollege=f"{COLLEAGUE}?")
    client = Client()
    answer = sign_on_as(provider, client, "kollege")
    refused(answer, "E-Mail-Adresse nicht bestätigt")
    assert "Administration Ihrer Firma" in answer.content.decode()
    assert failure()["reason"] == "e-mail address not said to be verified"
    assert failure()["address"] == COLLEAGUE
    assert signed_in_as(client) is None and not SignOnLink.objects.exists()

    provider.users(kollege=COLLEAGUE)  # the provider now vouches for it: linked by subject
    assert sign_on_as(provider, Client(), "kollege").status_code == 302
    provider.users(kollege=f"{COLLEAGUE}?")  # and no longer: the subject still decides
    client = Client()
    assert sign_on_as(provider, client, "kollege").status_code == 302
    assert (
        signed_in_as(client) == Membership.objects.get(account__address=COLLEAGUE).account.user_id
    )
    provider.users(kollege=COLLEAGUE)


@pytest.mark.slow
def test_a_second_provider_account_with_the_same_address_cannot_take_over(
    firms: Pair, firm_sign_on: FirmSignOn, provider: Provider
) -> None:
    assert sign_on_as(provider, Client(), "anna").status_code == 302
    client = Client()
    refused(sign_on_as(provider, client, "anna_zweitkonto"), "Kein Zugang für dieses Konto")
    assert failure()["reason"] == "user linked to another subject"
    assert signed_in_as(client) is None


@pytest.mark.slow
def test_locked_and_removed_users_are_refused(
    firms: Pair, firm_sign_on: FirmSignOn, provider: Provider
) -> None:
    colleague = make_user(firms.a, COLLEAGUE, Role.PORTFOLIO)
    assert sign_on_as(provider, Client(), "kollege").status_code == 302
    services.lock_user(firms.a, colleague)
    client = Client()
    refused(sign_on_as(provider, client, "kollege"), "Zugang gesperrt")
    assert failure()["reason"] == "user locked"
    assert failure()["address"] == COLLEAGUE
    services.remove_user(firms.a, Membership.objects.get(pk=colleague.pk))
    refused(sign_on_as(provider, client, "kollege"), "Zugang gesperrt")
    assert failure()["reason"] == "user removed"
    assert signed_in_as(client) is None


@pytest.mark.slow
def test_an_address_locked_by_wrong_passwords_stays_locked_for_the_provider(
    firms: Pair, firm_sign_on: FirmSignOn, provider: Provider
) -> None:
    for _ in range(3):
        Client().post("/postfach/anmelden/", {"username": ADMIN, "password": "falsch-geraten"})
    client = Client()
    answer = sign_on_as(provider, client, "anna")
    assert answer.status_code == 429
    assert failure()["reason"] == "address locked"
    assert signed_in_as(client) is None


@pytest.mark.slow
def test_a_locked_firm_is_refused_before_and_after_the_provider(
    firms: Pair, firm_sign_on: FirmSignOn, provider: Provider
) -> None:
    client = Client()
    back = back_from(provider, client, "anna")
    services.set_firm_state(firms.a.firm, FirmState.LOCKED, actor=STAFF)
    refused(client.get(back), "Firma gesperrt")
    assert failure()["reason"] == "firm locked"
    refused(Client().get(START), "Firma gesperrt")
    assert failure()["firm"] == firms.a.firm_id


def test_a_switched_off_or_unknown_sign_on_is_refused(firms: Pair) -> None:
    configure_without_provider(firms.a, enabled=False)
    refused(Client().get(START), "Firmen-Login nicht verfügbar")
    assert failure() == {
        "address": "",
        "step": "sso",
        "reason": "single sign-on off",
        "sign_on": "makler-a",
        "firm": firms.a.firm_id,
    }
    refused(Client().get("/postfach/anmelden/firma/gibt-es-nicht/"), "Firmen-Login nicht verfügbar")
    assert failure()["reason"] == "no single sign-on of this name"


# --- set-up and the secret ------------------------------------------------------------------


def configure_without_provider(firm_admin: Membership, **changes: Any) -> FirmSignOn:
    wanted: dict[str, Any] = {
        "slug": "makler-a",
        "issuer": "https://login.makler-a.example",
        "client_id": CLIENT_ID,
        "allowed_domains": "makler-a.example",
        "secret": SECRET,
    } | changes
    return sign_on.configure(firm_admin.firm, sign_on.Settings(**wanted), actor=STAFF)


def test_the_client_secret_is_sealed_and_resealed_when_the_master_key_rotates(
    firms: Pair,
) -> None:
    saved = configure_without_provider(firms.a)
    raw = bytes(FirmSignOn.objects.get(pk=saved.pk).sealed_secret)
    assert SECRET.encode() not in raw
    assert sign_on.secret_of(saved) == SECRET
    ring = Keyring((os.urandom(32), *keyring().keys))
    assert sealed.reseal(ring)["single sign-on client secrets"] == 1
    saved.refresh_from_db()
    assert ring.open(bytes(saved.sealed_secret), saved.seal_context).decode() == SECRET
    event = AuditEvent.objects.get(action="partners.sign_on.create")
    assert event.details["new_secret"] is True and SECRET not in str(event.details)


def test_a_changed_issuer_drops_the_links_and_an_empty_secret_keeps_the_old(firms: Pair) -> None:
    saved = configure_without_provider(firms.a)
    SignOnLink.objects.create(sign_on=saved, membership=firms.a, subject="4711")
    configure_without_provider(firms.a, secret=None, client_id="neu")
    assert SignOnLink.objects.count() == 1
    changed = configure_without_provider(
        firms.a, secret=None, issuer="https://idp.makler-a.example"
    )
    assert not SignOnLink.objects.exists()
    assert sign_on.secret_of(changed) == SECRET
    event = AuditEvent.objects.filter(action="partners.sign_on.change").latest("seq")
    assert event.details["links_dropped"] == 1 and event.details["new_secret"] is False


@pytest.fixture
def staff_client() -> Iterator[Client]:
    staff = User.objects.create_superuser("staff", "staff@versicherer.example", "x" * 16)
    client = Client()
    client.force_login(staff)
    yield client


def test_staff_set_a_firm_up_in_the_admin_and_never_see_the_secret(
    firms: Pair, staff_client: Client
) -> None:
    answer = staff_client.post(
        "/admin/partners/firmsignon/add/",
        {
            "firm": firms.a.firm_id,
            "slug": "Makler-A",
            "enabled": "on",
            "issuer": "https://login.makler-a.example",
            "client_id": CLIENT_ID,
            "secret": SECRET,
            "allowed_domains": "Makler-A.example, makler-a.de",
            "authorization_endpoint": "",
            "token_endpoint": "",
            "jwks_uri": "",
        },
    )
    assert answer.status_code == 302, answer.content.decode()[:2000]
    saved = FirmSignOn.objects.get()
    assert saved.slug == "makler-a" and saved.domains == ["makler-a.example", "makler-a.de"]
    assert sign_on.secret_of(saved) == SECRET
    page = staff_client.get(f"/admin/partners/firmsignon/{saved.pk}/change/").content.decode()
    assert SECRET not in page and "makler-a.example" in page
    assert "/postfach/anmelden/firma/makler-a/zurueck/</div>" in page  # to register there
    assert AuditEvent.objects.get(action="partners.sign_on.create").actor.startswith("user:")


def test_the_admin_wants_a_secret_for_a_new_sign_on_and_all_endpoints_or_none(
    firms: Pair, staff_client: Client
) -> None:
    answer = staff_client.post(
        "/admin/partners/firmsignon/add/",
        {
            "firm": firms.a.firm_id,
            "slug": "makler-a",
            "issuer": "https://login.makler-a.example",
            "client_id": CLIENT_ID,
            "secret": "",
            "allowed_domains": "makler-a.example",
            "authorization_endpoint": "https://login.makler-a.example/authorize",
            "token_endpoint": "",
            "jwks_uri": "",
        },
    )
    assert answer.status_code == 200
    page = answer.content.decode()
    assert "Für einen neuen Firmen-Login ist das Client-Secret nötig." in page
    assert "Endpunkte entweder alle drei eintragen oder keinen" in page
    assert not FirmSignOn.objects.exists()


def test_the_firm_administrator_sees_the_firm_login_and_its_link(firms: Pair) -> None:
    configure_without_provider(firms.a)
    page = signed_in(Client(), ADMIN).get("/postfach/firma/").content.decode()
    assert "<h2>Firmen-Login</h2>" in page
    assert f"<code>{SERVER}{START}</code>" in page
    assert "0 Benutzer haben sich schon damit angemeldet." in page


def test_the_sign_in_page_leads_to_the_firm_login(firms: Pair) -> None:
    configure_without_provider(firms.a, **HAND_SET)
    login = Client().get("/postfach/anmelden/?next=/postfach/maklerpost/").content.decode()
    assert "/postfach/anmelden/firma/?next=/postfach/maklerpost/" in login
    chooser = Client().get("/postfach/anmelden/firma/", {"firma": "Makler-A"})
    page = chooser.content.decode()
    assert f'<form method="post" action="{START}"' in page and "csrfmiddlewaretoken" in page
    assert f"form-action 'self' {NOBODY};" in chooser["Content-Security-Policy"]
    unknown = Client().get("/postfach/anmelden/firma/", {"firma": "nix"}).content.decode()
    assert "Für diese Kennung ist kein Firmen-Login eingerichtet." in unknown
