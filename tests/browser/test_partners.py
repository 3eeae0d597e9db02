"""The firm journey in a real Chromium, checked with axe-core on every page.

A firm administrator adds a colleague with portfolio rights; the colleague sets a
password through the link in the mail (no password in any mail), signs in, reads
the firm's broker post, downloads a document and acknowledges the shipment.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pytest_django.fixtures import Settings

from siegel.partners.models import Shipment, ShipmentState
from tests.accounts.conftest import PASSWORD
from tests.browser.test_portal import DESKTOP, accessible, field
from tests.partners.conftest import ADMIN, certificate, deposit, make_firm
from tests.support.outbox import body, queued

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

COLLEAGUE = "kollege@makler-a.example"


def sign_in(page: Page, base: str, address: str) -> None:
    page.goto(f"{base}/postfach/anmelden/")
    page.get_by_label(field("E-Mail-Adresse")).fill(address)
    page.get_by_label(field("Passwort")).fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()


def test_administrator_adds_a_user_who_reads_and_acknowledges_broker_post(
    page: Page, live_server: object, settings: Settings, tmp_path: Path
) -> None:
    base = str(live_server)
    settings.SIEGEL_PORTAL_URL = base
    admin = make_firm()
    shipment = deposit(admin.firm, data=b"%PDF-1.4 Nachtrag")
    page.set_viewport_size(DESKTOP)

    sign_in(page, base, ADMIN)
    page.get_by_role("link", name="Firma").click()
    expect(page.get_by_role("heading", name="Firmenverwaltung")).to_be_visible()
    accessible(page)
    page.get_by_label(field("E-Mail-Adresse")).fill(COLLEAGUE)
    page.get_by_label(field("Name")).fill("Karl Kollege")
    page.get_by_label(field("Rechte")).select_option("portfolio")
    page.get_by_role("button", name="Hinzufügen").click()
    expect(page.get_by_text(f"{COLLEAGUE} ist angelegt")).to_be_visible()
    accessible(page)
    page.get_by_role("link", name=COLLEAGUE).click()
    accessible(page)
    page.get_by_role("button", name="Abmelden").click()
    expect(page.get_by_text("Sie haben sich abgemeldet.")).to_be_visible()

    (mail,) = [m for m in queued("partners-first-password-link") if m["To"] == COLLEAGUE]
    link = re.search(r"^ {4}(https?://\S+)\r?$", body(mail), re.M)
    assert link, body(mail)
    page.goto(link.group(1))
    accessible(page)
    page.get_by_label(field("Neues Passwort")).fill(PASSWORD)
    page.get_by_label(field("Neues Passwort wiederholen")).fill(PASSWORD)
    page.get_by_label(field("Sicherheitsfrage")).select_option(index=1)
    page.get_by_label(field("Antwort")).fill("Bello der Zweite")
    page.get_by_role("button", name="Passwort speichern").click()

    sign_in(page, base, COLLEAGUE)
    page.get_by_role("link", name="Maklerpost").click()
    expect(page.get_by_role("heading", name="Maklerpost")).to_be_visible()
    accessible(page)
    page.get_by_role("link", name="Nachtrag zum Vertrag").click()
    accessible(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="nachtrag.pdf").click()
    saved = tmp_path / "nachtrag.pdf"
    download.value.save_as(saved)
    assert saved.read_bytes() == b"%PDF-1.4 Nachtrag"
    page.get_by_role("button", name="Quittieren").click()
    expect(page.get_by_text("Die Lieferung ist quittiert.")).to_be_visible()
    accessible(page)
    assert Shipment.objects.get(pk=shipment.pk).state == ShipmentState.ACKNOWLEDGED
    assert page.console_errors == []  # type: ignore[attr-defined]


def test_administrator_issues_and_revokes_a_token_and_sets_up_the_webhook(
    page: Page, live_server: object, settings: Settings
) -> None:
    """The API-access and webhook pages, without JavaScript of their own, axe-clean throughout."""
    from siegel.partners import tokens
    from siegel.partners.tokens import CredentialRefused
    from siegel.partners.webhook_delivery import deliver_due
    from siegel.partners.webhook_signing import verify
    from tests.partners.webhook_receiver import receiving

    base = str(live_server)
    settings.SIEGEL_PORTAL_URL = base
    settings.SIEGEL_PARTNERS_WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    admin = make_firm()
    page.set_viewport_size(DESKTOP)
    sign_in(page, base, ADMIN)
    page.get_by_role("link", name="Firma").click()

    page.get_by_role("link", name="API-Zugänge (Tokens und Zertifikate)").click()
    expect(page.get_by_role("heading", name="API-Zugänge", exact=True)).to_be_visible()
    accessible(page)
    page.get_by_label(field("Bezeichnung")).fill("MVP Büro")
    page.get_by_label("Lieferungen quittieren").uncheck()
    page.get_by_label(field("Gültig für (Tage)")).fill("30")
    page.get_by_role("button", name="Token ausstellen").click()
    secret = page.locator("#token-secret").inner_text()
    assert secret.startswith("sgl_")
    accessible(page)
    caller = tokens.authenticate(secret)
    assert caller.membership.pk == admin.pk and caller.scopes == {"shipments:read"}
    page.get_by_role("link", name=re.compile(r"^Widerrufen \(MVP Büro")).click()
    expect(page.get_by_role("heading", name="Token widerrufen")).to_be_visible()
    accessible(page)
    page.get_by_role("button", name="Jetzt widerrufen").click()
    expect(page.get_by_text("Das Token „MVP Büro“ ist widerrufen.")).to_be_visible()
    accessible(page)
    with pytest.raises(CredentialRefused):
        tokens.authenticate(secret)

    page.get_by_role("link", name="Client-Zertifikat hinterlegen").click()
    expect(page.get_by_role("heading", name="Client-Zertifikat hinterlegen")).to_be_visible()
    accessible(page)
    pem, _ = certificate()
    page.get_by_label(field("Zertifikat")).set_input_files(
        files=[{"name": "mvp.pem", "mimeType": "application/x-pem-file", "buffer": b"kaputt"}]
    )
    page.get_by_role("button", name="Zertifikat zuordnen").click()
    expect(page.get_by_text("kein lesbares Zertifikat")).to_be_visible()
    accessible(page)
    page.get_by_label(field("Zertifikat")).set_input_files(
        files=[{"name": "mvp.pem", "mimeType": "application/x-pem-file", "buffer": pem}]
    )
    page.get_by_label("Im Portal anmelden").check()
    page.get_by_role("button", name="Zertifikat zuordnen").click()
    expect(page.get_by_text("ist chefin@makler-a.example zugeordnet")).to_be_visible()
    expect(page.get_by_role("cell", name="CN=MVP Makler A", exact=True)).to_be_visible()
    accessible(page)

    page.get_by_role("link", name="Zurück zur Firmenverwaltung").click()
    page.get_by_role("link", name="Webhook für neue Lieferungen").click()
    expect(page.get_by_role("heading", name="Webhook", exact=True)).to_be_visible()
    accessible(page)
    with receiving() as receiver:
        page.get_by_label(field("Adresse (URL)")).fill(receiver.url())
        page.get_by_role("button", name="Speichern").click()
        signing = page.locator("#webhook-secret").inner_text()
        assert signing.startswith("whsec_")
        accessible(page)
        shipment = deposit(admin.firm)
        assert deliver_due() == 1
        (got,) = receiver.requests
        assert verify(signing, got.headers, got.body)
    page.goto(f"{base}/postfach/firma/webhook/")
    assert page.locator("#webhook-secret").count() == 0
    row = page.get_by_role("row").filter(has_text="zugestellt")
    assert row.count() == 1 and str(shipment.pk) in row.inner_text()
    accessible(page)
    row.get_by_role("button", name=re.compile(r"^Erneut senden")).click()
    expect(page.get_by_text("wird erneut gesendet")).to_be_visible()
    accessible(page)
    page.get_by_role("button", name="Ausschalten").click()
    expect(page.get_by_text("Der Webhook ist ausgeschaltet")).to_be_visible()
    accessible(page)
    assert page.console_errors == []  # type: ignore[attr-defined]
