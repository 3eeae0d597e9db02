"""Writing from the portal: only to the insurer, through the gateway, once, with a sent copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_django.fixtures import Settings

from siegel.gateway import pipeline
from siegel.gateway.delivery import Envelope
from siegel.portal import content, selectors
from siegel.portal.models import Folder, PortalMessage
from siegel.portal.sending import Letter, NotSent, Upload, send
from tests.support.outbox import send_queued

pytestmark = pytest.mark.django_db

KUNDE = "kunde@example.org"


@pytest.fixture
def sink(settings: Settings, tmp_path: Path) -> Path:
    settings.SIEGEL_NEXT_HOP = f"sink:{tmp_path}"
    settings.SIEGEL_LOCAL_DOMAINS = ["versicherer.example"]
    return tmp_path


def test_a_letter_reaches_the_employee_marked_and_is_kept_in_sent(sink: Path) -> None:
    letter = Letter(
        "leistung@versicherer.example",
        "Frage zur Abrechnung",
        "Guten Tag,\nanbei die Rechnung.",
        (Upload("rechnung.pdf", "application/pdf", b"%PDF-1.4 x"),),
    )
    sent = send(address=KUNDE, name="Erika Muster", letter=letter, token="t-1")
    assert not list(sink.glob("*.eml")), "queued: the page never waits for a mail server"
    assert send_queued() == 1
    (arrived,) = [p.read_bytes() for p in sink.glob("*.eml")]
    assert b"X-Original-To: leistung@versicherer.example" in arrived
    assert b"X-Siegel-Portal-Sender: kunde@example.org\r\n" in arrived
    assert b"Reply-To: kunde@example.org" in arrived and b"rechnung.pdf" in arrived
    assert sent.folder == Folder.SENT and sent.recipients == ["leistung@versicherer.example"]
    assert content.summary(sent).subject == "Frage zur Abrechnung"
    again = send(address=KUNDE, name="Erika Muster", letter=letter, token="t-1")
    send_queued()
    assert again.pk == sent.pk and len(list(sink.glob("*.eml"))) == 1, "the same form once"
    edited = Letter(letter.to, letter.subject, "Geänderter Text", letter.uploads)
    assert send(address=KUNDE, name="Erika Muster", letter=edited, token="t-1").pk != sent.pk


def test_a_forged_portal_mark_never_passes(sink: Path) -> None:
    forged = (
        b"From: boese@example.net\r\nX-Siegel-Portal-Sender: kunde@example.org\r\n"
        b"Subject: x\r\n\r\nx\r\n"
    )
    pipeline.process(Envelope("boese@example.net", ("leistung@versicherer.example",), forged))
    (arrived,) = [p.read_bytes() for p in sink.glob("*.eml")]
    assert b"X-Siegel-Portal-Sender" not in arrived


@pytest.mark.parametrize(
    "to",
    ["jemand@example.org", "a@versicherer.example, b@example.org", "x@versicherer.example.evil"],
)
def test_only_addresses_of_the_insurer(sink: Path, to: str) -> None:
    with pytest.raises(NotSent, match="nur an Adressen"):
        send(address=KUNDE, name="", letter=Letter(to, "x", "y"), token="t")
    assert not list(sink.glob("*.eml")) and not PortalMessage.objects.exists()


def test_attachment_limits(sink: Path, settings: Settings) -> None:
    settings.SIEGEL_PORTAL_UPLOAD_MAX_FILES = 2
    settings.SIEGEL_PORTAL_UPLOAD_MAX_BYTES = 1000
    many = tuple(Upload(f"{n}.txt", "text/plain", b"x") for n in range(3))
    with pytest.raises(NotSent, match="Höchstens 2 Anhänge"):
        send(
            address=KUNDE,
            name="",
            letter=Letter("a@versicherer.example", "x", "y", many),
            token="a",
        )
    big = (Upload("big.bin", "application/octet-stream", b"x" * 1001),)
    with pytest.raises(NotSent, match="größer als"):
        send(
            address=KUNDE, name="", letter=Letter("a@versicherer.example", "x", "y", big), token="b"
        )
    assert not list(sink.glob("*.eml"))


def test_the_employees_answer_lands_in_the_same_mailbox(sink: Path) -> None:
    send(
        address=KUNDE,
        name="",
        letter=Letter("leistung@versicherer.example", "Frage", "?"),
        token="q",
    )
    answer = (
        b"From: leistung@versicherer.example\r\nTo: kunde@example.org\r\nSubject: AW: Frage\r\n"
        b"Message-ID: <answer-1@versicherer.example>\r\n\r\nIhre Diagnose F32.1 ist erstattungsfaehig.\r\n"
    )
    result = pipeline.process(Envelope("leistung@versicherer.example", (KUNDE,), answer))
    assert result.accepted
    (row,) = selectors.mailbox_page(KUNDE, Folder.INBOX, 1).object_list
    assert row.summary is not None and row.summary.subject == "AW: Frage"
    (sent,) = selectors.mailbox_page(KUNDE, Folder.SENT, 1).object_list
    assert sent.summary is not None and sent.summary.subject == "Frage"
