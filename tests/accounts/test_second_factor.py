"""Second factor: authenticator app (real TOTP codes), recovery codes, passkeys, enforcement."""

from __future__ import annotations

import json
from base64 import b32decode

import pytest
from django.contrib.auth import get_user
from django.contrib.sessions.backends.db import SessionStore
from django.http import HttpResponse
from django.test import Client, RequestFactory, override_settings
from django_otp.middleware import OTPMiddleware
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from siegel.accounts.decorators import account_required
from siegel.accounts.models import Account, Passkey
from siegel.audit.models import AuditEvent
from tests.accounts.conftest import ADDRESS, PASSWORD
from tests.support.authenticator import SoftAuthenticator

pytestmark = pytest.mark.django_db

SECURITY = "/postfach/sicherheit/"
SECOND = "/postfach/anmelden/zweiter-faktor/"


def code_for(device: TOTPDevice, offset: int = 0) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=offset):06d}"


def add_app(client: Client) -> TOTPDevice:
    page = client.get("/postfach/sicherheit/app/").content.decode()
    device = TOTPDevice.objects.get(confirmed=False)
    assert "otpauth://totp/" in page and 'src="data:image/svg+xml' in page
    secret = b32decode(page.split('<code class="secret">')[1].split("<")[0])
    assert secret == device.bin_key
    response = client.post("/postfach/sicherheit/app/", {"code": code_for(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    return device


def sign_in(client: Client, next_url: str = "") -> object:
    return client.post(
        "/postfach/anmelden/", {"username": ADDRESS, "password": PASSWORD, "next": next_url}
    )


def test_authenticator_app_then_required_at_sign_in(signed_in: Client) -> None:
    device = add_app(signed_in)
    assert AuditEvent.objects.filter(action="accounts.second_factor.change").exists()
    client = Client()
    response = sign_in(client, "/postfach/sicherheit/")
    assert response["Location"].startswith(SECOND)
    # Password alone opens nothing.
    assert client.get(SECURITY)["Location"].startswith(SECOND)
    device.refresh_from_db()
    device.last_t = -1  # the code used to confirm may be used once more in this window
    device.save()
    response = client.post(SECOND + "?next=/postfach/sicherheit/", {"code": code_for(device)})
    assert response.status_code == 302 and response["Location"] == "/postfach/sicherheit/"
    assert client.get(SECURITY).status_code == 200


def test_wrong_codes_count_towards_the_lockout(signed_in: Client) -> None:
    add_app(signed_in)
    client = Client()
    sign_in(client)
    assert client.post(SECOND, {"code": "000000"}).status_code == 200
    assert client.post(SECOND, {"code": "000001"}).status_code == 200
    assert client.post(SECOND, {"code": "000002"}).status_code == 429
    assert client.get(SECURITY).status_code == 302
    assert sign_in(Client()).status_code == 429


def test_recovery_codes_work_once(signed_in: Client) -> None:
    add_app(signed_in)
    page = signed_in.post("/postfach/sicherheit/codes/").content.decode()
    codes = [part.split("</code>")[0] for part in page.split("<code>")[1:]]
    assert len(codes) == 10
    client = Client()
    sign_in(client)
    assert client.post(SECOND, {"code": codes[0]}).status_code == 302
    client.post("/postfach/abmelden/")
    sign_in(client)
    assert client.post(SECOND, {"code": codes[0]}).status_code == 200


@override_settings(SIEGEL_PORTAL_REQUIRE_SECOND_FACTOR=True)
def test_enforced_second_factor_sends_to_the_security_page(signed_in: Client) -> None:
    assert gated_view(signed_in)["Location"] == SECURITY
    gated = signed_in.get(SECURITY)
    assert gated.status_code == 200
    assert "vorgeschrieben" in gated.content.decode()
    add_app(signed_in)
    assert gated_view(signed_in).status_code == 200


def gated_view(client: Client) -> HttpResponse:
    """A mailbox page behind ``account_required``, requested with ``client``'s session."""
    request = RequestFactory().get("/postfach/eingang/")
    request.session = SessionStore(client.session.session_key)
    request.user = get_user(request)
    return OTPMiddleware(account_required(lambda r: HttpResponse("inbox")))(request)


@override_settings(SIEGEL_PORTAL_URL="http://testserver")
def test_passkey_registration_and_sign_in(signed_in: Client, account: Account) -> None:
    authenticator = SoftAuthenticator(origin="http://testserver", rp_id="testserver")
    options = signed_in.post("/postfach/sicherheit/passkey/optionen/").json()
    assert options["rp"]["id"] == "testserver"
    response = signed_in.post(
        "/postfach/sicherheit/passkey/?name=Laptop",
        authenticator.create(options),
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    passkey = Passkey.objects.get(user=account.user)
    assert passkey.name == "Laptop"

    client = Client()
    assert sign_in(client)["Location"].startswith(SECOND)
    options = client.post("/postfach/anmelden/passkey/optionen/").json()
    answer = authenticator.get(options)
    response = client.post(
        "/postfach/anmelden/passkey/?next=/postfach/sicherheit/",
        answer,
        content_type="application/json",
    )
    assert response.status_code == 200 and response.json()["next"] == "/postfach/sicherheit/"
    assert client.get(SECURITY).status_code == 200
    passkey.refresh_from_db()
    assert passkey.sign_count == 1 and passkey.last_used is not None

    # The same signed answer again (replay): the challenge was used up.
    replay = Client()
    sign_in(replay)
    replay.post("/postfach/anmelden/passkey/optionen/")
    response = replay.post("/postfach/anmelden/passkey/", answer, content_type="application/json")
    assert response.status_code == 400
    assert replay.get(SECURITY).status_code == 302


@override_settings(SIEGEL_PORTAL_URL="https://postfach.example")
def test_passkey_for_another_origin_is_refused(signed_in: Client) -> None:
    authenticator = SoftAuthenticator(origin="https://evil.example", rp_id="postfach.example")
    options = signed_in.post("/postfach/sicherheit/passkey/optionen/").json()
    response = signed_in.post(
        "/postfach/sicherheit/passkey/",
        authenticator.create(options),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert not Passkey.objects.exists()


def test_removing_the_app(signed_in: Client) -> None:
    device = add_app(signed_in)
    signed_in.post("/postfach/sicherheit/entfernen/", {"device": f"app:{device.pk}"})
    assert not TOTPDevice.objects.filter(pk=device.pk).exists()
    assert (
        json.dumps(list(AuditEvent.objects.values_list("details", flat=True))).count("removed") == 1
    )


def test_gate_lets_a_verified_account_through(signed_in: Client) -> None:
    assert gated_view(signed_in).content == b"inbox"


def test_gate_turns_away_an_unverified_second_factor(signed_in: Client) -> None:
    add_app(signed_in)
    client = Client()
    sign_in(client)
    assert gated_view(client)["Location"].startswith(SECOND)
