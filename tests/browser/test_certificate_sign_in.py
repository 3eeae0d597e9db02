"""Client-certificate sign-in in a real Chromium, checked with axe-core.

Chromium talks to the live server over plain HTTP on the loopback address, which
the test names as the trusted proxy; the headers nginx would set after verifying the
certificate (``X-SSL-Client-Cert``, ``X-SSL-Client-Verify``) come from the browser
context's ``extra_http_headers``. A mapped certificate signs its firm user in and
opens broker post; an unmapped one gets the refusal page.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect
from pytest_django.fixtures import Settings

from siegel.audit.models import AuditEvent
from siegel.partners import client_certs
from siegel.partners.credentials import PORTAL_SIGN_IN, Scope
from tests.browser.test_portal import DESKTOP
from tests.partners.conftest import certificate, deposit, make_firm

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

BUTTON = "Mit Zertifikat anmelden"


@pytest.fixture
def portal(live_server: object, settings: Settings) -> str:
    settings.SIEGEL_PORTAL_URL = str(live_server)
    settings.SIEGEL_TRUSTED_PROXIES = ["127.0.0.1"]
    settings.SIEGEL_PORTAL_CERTIFICATE_SIGN_IN = True
    return str(live_server)


@pytest.fixture
def open_with(browser: Browser) -> Iterator[object]:
    """A page whose every request carries ``escaped`` as the proxy would pass it."""
    contexts = []

    def open_page(escaped: str) -> Page:
        context = browser.new_context(
            locale="de-DE",
            extra_http_headers={"X-SSL-Client-Cert": escaped, "X-SSL-Client-Verify": "SUCCESS"},
        )
        contexts.append(context)
        page = context.new_page()
        page.set_viewport_size(DESKTOP)
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.console_errors = errors  # type: ignore[attr-defined]
        return page

    yield open_page
    for context in contexts:
        context.close()


def accessible(page: Page) -> None:
    """axe-core (WCAG 2.1 A/AA and best practice) finds nothing; the CSP refused nothing."""
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    errors = page.console_errors  # type: ignore[attr-defined]
    assert [error for error in errors if "Content Security Policy" in error] == []


def test_a_mapped_certificate_signs_in_and_an_unmapped_one_is_refused(
    portal: str, open_with: object
) -> None:
    admin = make_firm()
    deposit(admin.firm, data=b"%PDF-1.4 Nachtrag")
    pem, escaped = certificate()
    client_certs.map_certificate(admin, admin, pem, scopes=[PORTAL_SIGN_IN, Scope.SHIPMENTS_READ])

    page = open_with(escaped)  # type: ignore[operator]
    page.goto(f"{portal}/postfach/anmelden/?next={quote('/postfach/maklerpost/')}")
    accessible(page)
    page.get_by_role("button", name=BUTTON, exact=True).click()
    page.wait_for_url("**/postfach/maklerpost/")
    expect(page.get_by_role("heading", name="Maklerpost")).to_be_visible()
    expect(page.get_by_role("link", name="Nachtrag zum Vertrag")).to_be_visible()
    accessible(page)
    success = AuditEvent.objects.filter(action="accounts.login.success").latest("seq")
    assert success.details["method"] == "certificate"

    _pem, unmapped = certificate()
    refused = open_with(unmapped)  # type: ignore[operator]
    refused.goto(f"{portal}/postfach/anmelden/")
    with refused.expect_response(lambda r: r.url.endswith("/anmelden/zertifikat/")) as answer:
        refused.get_by_role("button", name=BUTTON, exact=True).click()
    assert answer.value.status == 403
    heading = "Zertifikat nicht für die Anmeldung hinterlegt"
    expect(refused.get_by_role("heading", name=heading)).to_be_visible()
    accessible(refused)
    refused.get_by_role("link", name="Mit E-Mail-Adresse und Passwort anmelden").click()
    expect(refused.get_by_role("heading", name="Anmelden", exact=True)).to_be_visible()
    failure = AuditEvent.objects.filter(action="accounts.login.failure").latest("seq")
    assert failure.details["step"] == "certificate"
    assert failure.details["reason"] == "certificate not mapped"
