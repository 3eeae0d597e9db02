"""Firm single sign-on in a real Chromium, against the real test provider, checked with axe-core.

Chromium opens Siegel's live server, follows "Mit Firmen-Login anmelden" to the
firm's provider (django-oauth-toolkit in its own process on another loopback
port), signs in on the provider's login page and comes back signed in to broker
post. A directory account that is no user of the firm gets the refusal page.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from playwright.sync_api import Page, expect
from pytest_django.fixtures import Settings

from siegel.audit.models import AuditEvent
from siegel.partners import sign_on
from tests.browser.test_portal import DESKTOP, accessible, field
from tests.partners.conftest import ADMIN, STAFF, deposit, make_firm
from tests.support.oidc import PASSWORD, Provider

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

CLIENT_ID = "siegel-browser"
SECRET = "browser-geheimnis-5b7d9f1a3c5e7a9b1d3f"


def sign_on_at_provider(page: Page, portal: str, username: str) -> None:
    page.goto(f"{portal}/postfach/anmelden/?next={quote('/postfach/maklerpost/')}")
    page.get_by_role("link", name="Mit Firmen-Login anmelden (Maklerfirmen)").click()
    expect(page.get_by_role("heading", name="Mit Firmen-Login anmelden")).to_be_visible()
    accessible(page)
    page.get_by_label(field("Kennung Ihrer Firma")).fill("makler-a")
    page.get_by_role("button", name="Weiter").click()
    accessible(page)
    page.get_by_role("button", name="Weiter zur Anmeldung bei Makler A GmbH").click()
    page.wait_for_url("**/login/**")
    page.get_by_label("Benutzername").fill(username)
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Beim Firmenverzeichnis anmelden").click()


def test_a_firm_user_signs_in_with_the_firms_provider(
    page: Page, live_server: object, settings: Settings, oidc_provider: Provider
) -> None:
    portal = str(live_server)
    settings.SIEGEL_PORTAL_URL = portal
    settings.SIEGEL_SSO_ALLOWED_NETWORKS = ["127.0.0.0/8"]  # the test provider: http on loopback
    oidc_provider.client(CLIENT_ID, SECRET, f"{portal}/postfach/anmelden/firma/makler-a/zurueck/")
    oidc_provider.users(anna_browser=ADMIN, niemand_browser="niemand@makler-a.example")
    admin = make_firm()
    deposit(admin.firm, data=b"%PDF-1.4 Nachtrag")
    sign_on.configure(
        admin.firm,
        sign_on.Settings(
            slug="makler-a",
            issuer=oidc_provider.issuer,
            client_id=CLIENT_ID,
            allowed_domains="makler-a.example",
            secret=SECRET,
        ),
        actor=STAFF,
    )
    page.set_viewport_size(DESKTOP)

    sign_on_at_provider(page, portal, "anna_browser")
    page.wait_for_url("**/postfach/maklerpost/")
    expect(page.get_by_role("heading", name="Maklerpost")).to_be_visible()
    expect(page.get_by_role("link", name="Nachtrag zum Vertrag")).to_be_visible()
    accessible(page)
    success = AuditEvent.objects.filter(action="accounts.login.success").latest("seq")
    assert success.details["method"] == "sso" and success.details["address"] == ADMIN

    page.context.clear_cookies()
    with page.expect_response(lambda r: "/makler-a/zurueck/" in r.url) as answer:
        sign_on_at_provider(page, portal, "niemand_browser")
    assert answer.value.status == 403
    expect(page.get_by_role("heading", name="Kein Zugang für dieses Konto")).to_be_visible()
    accessible(page)
    failure = AuditEvent.objects.filter(action="accounts.login.failure").latest("seq")
    assert failure.details["step"] == "sso"
    assert failure.details["reason"] == "no user of the firm at this address"
