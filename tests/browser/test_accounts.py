"""Portal accounts in a real Chromium: registration from the mails, idle timeout, lockout
and the unlock mail, the forgotten password, and axe-core on every account page."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any as SettingsWrapper

import pytest
from axe_playwright_python.sync_playwright import Axe
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Page, expect

from siegel.accounts import services
from tests.accounts.conftest import (
    ADDRESS,
    ANSWER,
    PASSWORD,
    QUESTION,
    link_from_mail,
    one_time_password_from_mail,
    register,
)
from tests.accounts.test_second_factor import code_for

pytestmark = pytest.mark.django_db(transaction=True)

NEW_PASSWORD = "Sommerregen über den Dächern 9"
AXE = Axe()


def assert_accessible(page: Page) -> None:
    """axe-core (WCAG 2.1 A/AA and best practice) finds nothing on the page as it is now."""
    results = AXE.run(page)
    assert results.violations_count == 0, results.generate_report()
    errors = page.console_errors  # type: ignore[attr-defined]
    assert [error for error in errors if "Content Security Policy" in error] == []


@pytest.fixture
def portal(live_server: object, settings: SettingsWrapper) -> str:
    settings.SIEGEL_PORTAL_URL = str(live_server)
    return str(live_server)


def sign_in(page: Page, portal: str, password: str = PASSWORD) -> None:
    page.goto(f"{portal}/postfach/anmelden/")
    page.get_by_label("E-Mail-Adresse").fill(ADDRESS)
    page.get_by_label("Passwort", exact=True).fill(password)
    page.get_by_role("button", name="Anmelden").click()


def test_registration_from_the_two_mails(page: Page, portal: str, tmp_path: Path) -> None:
    assert services.invite(ADDRESS, actor="system:test")
    secret = one_time_password_from_mail()
    page.goto(link_from_mail("accounts-registration-link"))
    assert page.get_by_label("E-Mail-Adresse").input_value() == ADDRESS
    assert_accessible(page)
    page.get_by_label("Einmal-Passwort").fill(secret)
    page.get_by_role("button", name="Weiter zur Registrierung").click()

    page.get_by_label("Name", exact=True).fill("Karla Kundin")
    page.get_by_label("Neues Passwort", exact=True).fill("zu kurz")
    page.get_by_label("Neues Passwort wiederholen").fill("zu kurz")
    page.get_by_label("Antwort", exact=True).fill(ANSWER)
    page.get_by_role("button", name="Registrieren").click()
    assert page.get_by_label("Neues Passwort wiederholen").get_attribute("aria-invalid") == "true"
    assert_accessible(page)  # with the errors shown and tied to their fields

    page.get_by_label("Name", exact=True).fill("Karla Kundin")
    page.get_by_label("Neues Passwort", exact=True).fill(PASSWORD)
    page.get_by_label("Neues Passwort wiederholen").fill(PASSWORD)
    page.get_by_label("Sicherheitsfrage", exact=True).select_option(QUESTION)
    page.get_by_label("Antwort", exact=True).fill(ANSWER)
    page.get_by_role("button", name="Registrieren").click()
    expect(page).to_have_url(f"{portal}/postfach/eingang/")
    page.goto(f"{portal}/postfach/sicherheit/")
    expect(page.get_by_role("heading", name="Sicherheit", exact=True)).to_be_visible()
    assert_accessible(page)
    page.screenshot(path=tmp_path / "security.png", full_page=True)
    page.get_by_role("button", name="Abmelden").first.click()
    expect(page).to_have_url(re.compile("/postfach/anmelden/"))
    expect(page.get_by_text("Sie haben sich abgemeldet.")).to_be_visible()


def test_idle_timeout(page: Page, portal: str, settings: SettingsWrapper) -> None:
    register()
    settings.SIEGEL_SESSION_IDLE_SECONDS = 1
    sign_in(page, portal)
    page.wait_for_timeout(1500)
    page.goto(f"{portal}/postfach/sicherheit/")
    expect(page).to_have_url(re.compile("/postfach/anmelden/"))
    expect(page.get_by_text("ohne Aktivität automatisch abgemeldet")).to_be_visible()
    assert_accessible(page)


def test_lockout_the_unlock_mail_and_the_reset(page: Page, portal: str) -> None:
    register()
    for attempt in range(3):
        sign_in(page, portal, f"falsches Passwort {attempt}")
    expect(page.get_by_role("heading", name="Zugang gesperrt")).to_be_visible()
    assert_accessible(page)
    sign_in(page, portal)  # the right password no longer helps
    expect(page.get_by_role("heading", name="Zugang gesperrt")).to_be_visible()

    page.goto(link_from_mail("accounts-locked"))
    reset_by_question(page)
    sign_in(page, portal, NEW_PASSWORD)
    expect(page).to_have_url(f"{portal}/postfach/eingang/")


def reset_by_question(page: Page) -> None:
    """From the forgotten-password page to a new password, as the mails lead."""
    page.get_by_label("E-Mail-Adresse").fill(ADDRESS)
    page.get_by_role("button", name="Weiter zur Sicherheitsfrage").click()
    expect(page.get_by_text(QUESTION)).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Antwort").fill("bello der ZWEITE")
    page.get_by_role("button", name="Neues Passwort anfordern").click()
    expect(
        page.get_by_role("heading", name="Bitte sehen Sie in Ihr E-Mail-Postfach")
    ).to_be_visible()
    assert_accessible(page)
    page.goto(link_from_mail("accounts-reset-link"))
    assert_accessible(page)
    page.get_by_label("Neues Passwort", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("Neues Passwort wiederholen").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Passwort speichern").click()
    expect(page.get_by_text("Ihr neues Passwort gilt")).to_be_visible()


def test_forgotten_password(page: Page, portal: str) -> None:
    register()
    page.goto(f"{portal}/postfach/anmelden/")
    page.get_by_role("link", name="Passwort vergessen?").click()
    assert_accessible(page)
    reset_by_question(page)
    sign_in(page, portal, NEW_PASSWORD)
    expect(page).to_have_url(f"{portal}/postfach/eingang/")


def test_every_other_account_page_is_accessible(page: Page, portal: str) -> None:
    register()
    for path in (
        "/postfach/anmelden/",
        "/postfach/registrieren/",
        "/postfach/einmal-passwort/",
        "/postfach/passwort-neu/ungueltig/",
    ):
        page.goto(f"{portal}{path}")
        assert_accessible(page)
    page.goto(f"{portal}/postfach/einmal-passwort/")
    page.get_by_label("E-Mail-Adresse").fill(ADDRESS)
    page.get_by_role("button", name="Einmal-Passwort anfordern").click()
    assert_accessible(page)

    sign_in(page, portal)
    page.goto(f"{portal}/postfach/sicherheit/app/")
    expect(
        page.get_by_role("img", name="QR-Code zum Einrichten der Authenticator-App")
    ).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Code").fill(code_for(TOTPDevice.objects.get(confirmed=False)))
    page.get_by_role("button", name="Authenticator-App bestätigen").click()
    expect(page.get_by_text("Die Authenticator-App ist eingerichtet.")).to_be_visible()
    page.goto(f"{portal}/postfach/sicherheit/")
    page.get_by_role("button", name="Neue Wiederherstellungscodes erzeugen").click()
    assert_accessible(page)
    page.goto(f"{portal}/postfach/sicherheit/")
    page.get_by_role("button", name="Abmelden").first.click()
    expect(page.get_by_text("Sie haben sich abgemeldet.")).to_be_visible()
    sign_in(page, portal)
    expect(page).to_have_url(re.compile("/postfach/anmelden/zweiter-faktor/"))
    assert_accessible(page)


def test_phone_width(page: Page, portal: str, tmp_path: Path) -> None:
    register()
    page.set_viewport_size({"width": 360, "height": 740})
    for path in ("/postfach/anmelden/", "/postfach/sicherheit/"):
        if path == "/postfach/sicherheit/":
            sign_in(page, portal)
        page.goto(f"{portal}{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, path
    page.screenshot(path=tmp_path / "security-phone.png", full_page=True)


def test_passkey_with_a_virtual_authenticator(page: Page, portal: str) -> None:
    """Chromium's virtual authenticator (DevTools protocol) plays the phone or security key."""
    register()
    devtools = page.context.new_cdp_session(page)
    devtools.send("WebAuthn.enable")
    devtools.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
            }
        },
    )
    sign_in(page, portal)
    page.goto(f"{portal}/postfach/sicherheit/")
    page.get_by_label("Name des Passkeys").fill("Testgerät")
    page.get_by_role("button", name="Passkey hinzufügen").click()
    page.get_by_text("Der Passkey ist gespeichert.").wait_for()
    assert_accessible(page)
    page.get_by_role("button", name="Abmelden").first.click()
    expect(page.get_by_text("Sie haben sich abgemeldet.")).to_be_visible()

    sign_in(page, portal)
    expect(page).to_have_url(re.compile("/postfach/anmelden/zweiter-faktor/"))
    page.get_by_role("button", name="Mit Passkey bestätigen").click()
    page.wait_for_url(f"{portal}/postfach/eingang/")
