"""The certificate directory in a real Chromium: search, result, download link."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.support.keystore import import_own
from tests.support.pki import issue, make_ca

pytestmark = pytest.mark.django_db(transaction=True)


def test_search_and_download(page: Page, live_server: object, tmp_path: Path) -> None:
    ca = make_ca()
    anna = issue(ca, "anna@versicherer.example")
    key = import_own(anna)

    page.goto(f"{live_server}/")
    page.get_by_role(
        "link", name="Zertifikat einer Mitarbeiterin oder eines Mitarbeiters suchen"
    ).click()
    page.get_by_label("E-Mail-Adresse").fill("anna@versicherer.example")
    page.get_by_role("button", name="Zertifikat suchen").click()
    expect(
        page.get_by_role("heading", name="Zertifikat für anna@versicherer.example")
    ).to_be_visible()
    assert key.fingerprint in page.content()
    page.screenshot(path=tmp_path / "directory.png")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Als Kontakt mit Zertifikat (vCard)").click()
    saved = tmp_path / "anna.vcf"
    download_info.value.save_as(saved)
    assert saved.read_text().startswith("BEGIN:VCARD")

    page.get_by_label("E-Mail-Adresse").fill("niemand@versicherer.example")
    page.get_by_role("button", name="Zertifikat suchen").click()
    expect(
        page.get_by_text("Für niemand@versicherer.example ist kein Zertifikat veröffentlicht.")
    ).to_be_visible()
    assert page.console_errors == []  # type: ignore[attr-defined]
