"""The start page in a real Chromium: German, switchable to English, no CSP violations."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_start_page_renders_and_switches_language(
    page: Page, live_server: object, tmp_path: Path
) -> None:
    page.goto(f"{live_server}/")
    expect(page.locator("h1")).to_have_text("Sichere E-Mail-Kommunikation")
    assert page.get_attribute("html", "lang") == "de"
    assert page.evaluate("getComputedStyle(document.querySelector('.brand')).fontWeight") == "700"
    page.screenshot(path=tmp_path / "start-de.png")

    page.select_option("#language-select", "en")
    page.get_by_role("button", name="Wechseln").click()
    expect(page.locator("h1")).to_have_text("Secure e-mail communication")
    assert page.console_errors == []  # type: ignore[attr-defined]
