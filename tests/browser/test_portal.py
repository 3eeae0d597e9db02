"""The portal journey in a real Chromium, over real SMTP, checked with axe-core on every page.

A health mail for a customer without a certificate enters the gateway; the two
registration mails are read from the sink; the customer registers, reads the
message, downloads the attachment, answers, and the answer reaches the next hop
addressed to the employee; then signs out. Screenshots of the inbox and the read
view (desktop and phone width) are kept under ``$SIEGEL_ARTIFACTS`` (default:
the test's temporary directory).
"""

from __future__ import annotations

import email
import email.policy
import os
import re
import smtplib
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect
from pytest_django.fixtures import Settings

from siegel.gateway import pipeline
from siegel.gateway.smtp import make_controller
from tests.conftest import free_port
from tests.support.outbox import send_queued

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

KUNDE = "kunde@extern.example"
PASSWORD = "Grüne Wiese am Fluss 42"
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def gateway(settings: Settings, tmp_path: Path, live_server: object) -> Iterator[tuple[int, Path]]:
    settings.SIEGEL_NEXT_HOP = f"sink:{tmp_path / 'sink'}"
    settings.SIEGEL_LOCAL_DOMAINS = ["versicherer.example"]
    settings.SIEGEL_PORTAL_URL = str(live_server)
    port = free_port()
    controller = make_controller(pipeline.process, "127.0.0.1", port, data_size_limit=10 << 20)
    controller.start()
    yield port, tmp_path / "sink"
    controller.stop()


def artifacts(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SIEGEL_ARTIFACTS", tmp_path / "artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def field(label: str) -> re.Pattern[str]:
    """A field by its visible label exactly (Django adds a colon to labels)."""
    return re.compile(rf"^{re.escape(label)}:?$")


def accessible(page: Page) -> None:
    """axe-core (WCAG 2.1 AA rules) finds nothing on the page as it is now."""
    results = Axe().run(
        page,
        options={
            "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}
        },
    )
    assert results.violations_count == 0, results.generate_report()


def mails_to(sink: Path, address: str) -> list[EmailMessage]:
    found = []
    for path in sorted(sink.glob("*.eml"), key=lambda p: p.stat().st_mtime_ns):
        if f"X-Original-To: {address}\r\n".encode() in path.read_bytes():
            parsed = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            assert isinstance(parsed, EmailMessage)
            found.append(parsed)
    return found


def text_of(mail: EmailMessage) -> str:
    part = mail.get_body(("plain",))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")


def health_mail() -> bytes:
    message = EmailMessage()
    message["From"] = "Leistungsabteilung <leistung@versicherer.example>"
    message["To"] = KUNDE
    message["Subject"] = "Ihre Erstattung"
    message["Message-ID"] = "<journey-1@versicherer.example>"
    message.set_content(
        "Guten Tag,\nwir erstatten die Rechnung zur Diagnose F32.1.\nIhre Leistungsabteilung"
    )
    message.add_attachment(
        b"%PDF-1.4 Abrechnung", maintype="application", subtype="pdf", filename="abrechnung.pdf"
    )
    return message.as_bytes()


def test_the_whole_journey(
    page: Page, gateway: tuple[int, Path], live_server: object, tmp_path: Path
) -> None:
    port, sink = gateway
    with smtplib.SMTP("127.0.0.1", port) as client:
        client.sendmail("leistung@versicherer.example", [KUNDE], health_mail())
    assert send_queued() >= 2
    registration = mails_to(sink, KUNDE)
    assert len(registration) == 2, "a one-time password and a registration link, in two mails"
    assert not any("F32.1" in text_of(m) or "Erstattung" in str(m["Subject"]) for m in registration)
    texts = "\n".join(text_of(m) for m in registration)
    one_time = re.search(r"^ {4}([A-Za-z0-9]{8,})$", texts, re.M)
    link = re.search(r"^ {4}(https?://\S+)$", texts, re.M)
    assert one_time and link, texts

    page.set_viewport_size(DESKTOP)
    page.goto(link.group(1))
    accessible(page)
    assert page.get_by_label(field("E-Mail-Adresse")).input_value() == KUNDE
    page.get_by_label(field("Einmal-Passwort")).fill(one_time.group(1))
    page.get_by_role("button", name="Weiter zur Registrierung").click()
    accessible(page)
    page.get_by_label(field("Name")).fill("Karla Kundin")
    page.get_by_label(field("Neues Passwort")).fill(PASSWORD)
    page.get_by_label(field("Neues Passwort wiederholen")).fill(PASSWORD)
    page.get_by_label(field("Sicherheitsfrage")).select_option(index=1)
    page.get_by_label(field("Antwort")).fill("Bello der Zweite")
    page.get_by_role("button", name="Registrieren").click()

    expect(page.get_by_role("heading", name="Posteingang")).to_be_visible()
    accessible(page)
    shots = artifacts(tmp_path)
    page.screenshot(path=shots / "inbox-desktop.png", full_page=True)
    page.set_viewport_size(PHONE)
    page.screenshot(path=shots / "inbox-phone.png", full_page=True)
    accessible(page)
    page.set_viewport_size(DESKTOP)

    page.get_by_role("link", name="Ihre Erstattung").click()
    expect(page.get_by_role("heading", name="Ihre Erstattung")).to_be_visible()
    expect(page.get_by_text("wir erstatten die Rechnung zur Diagnose F32.1.")).to_be_visible()
    accessible(page)
    page.screenshot(path=shots / "read-desktop.png", full_page=True)
    page.set_viewport_size(PHONE)
    page.screenshot(path=shots / "read-phone.png", full_page=True)
    page.set_viewport_size(DESKTOP)
    with page.expect_download() as download:
        page.get_by_role("link", name="abrechnung.pdf").click()
    saved = tmp_path / "abrechnung.pdf"
    download.value.save_as(saved)
    assert saved.read_bytes() == b"%PDF-1.4 Abrechnung"

    page.get_by_role("link", name="Antworten").click()
    accessible(page)
    assert page.get_by_label(field("Betreff")).input_value() == "AW: Ihre Erstattung"
    page.get_by_label(field("Nachricht")).fill("Vielen Dank!")
    page.get_by_label(field("Anhang")).set_input_files(
        files=[{"name": "quittung.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4 Q"}]
    )
    page.get_by_role("button", name="Senden").click()
    expect(
        page.get_by_text("Ihre Nachricht ist unterwegs. Sie finden sie unter „Gesendet“.")
    ).to_be_visible()
    accessible(page)
    assert send_queued() >= 1  # the worker's job: the letter leaves after the request
    (answer,) = [
        m for m in mails_to(sink, "leistung@versicherer.example") if m["X-Siegel-Portal-Sender"]
    ]
    assert answer["X-Siegel-Portal-Sender"] == KUNDE and "Vielen Dank!" in text_of(answer)
    assert str(answer["Subject"]) == "AW: Ihre Erstattung"

    page.get_by_role("link", name="Neue Nachricht").click()
    accessible(page)
    page.get_by_role("button", name="Abmelden").click()
    expect(page.get_by_text("Sie haben sich abgemeldet.")).to_be_visible()
    page.goto(f"{live_server}/postfach/eingang/")
    expect(page).to_have_url(re.compile("/postfach/anmelden/"))
    assert page.console_errors == []  # type: ignore[attr-defined]
