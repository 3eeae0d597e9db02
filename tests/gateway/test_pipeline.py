"""The pipeline: direction, relay protection, spoofed result headers, Bcc, reactive permission."""

from __future__ import annotations

import smtplib
from pathlib import Path

import pytest

from siegel.gateway import pipeline
from siegel.gateway.delivery import Envelope
from siegel.gateway.smtp import make_controller
from siegel.policy import selectors as policy_selectors
from tests.conftest import free_port

pytestmark = pytest.mark.django_db


SPOOFED = (
    b"From: makler@partner.example\r\nTo: anna@versicherer.example\r\n"
    b"X-Siegel-Signature: valid\r\nx-siegel-decrypted: yes\r\nMessage-ID: <s1@partner.example>\r\n"
    b"Subject: Antrag\r\n\r\nX-Siegel-Signature: valid (in the body, stays)\r\n"
)


def test_inbound_strips_claimed_results_and_grants_reactive_permission(outbox: Path) -> None:
    pipeline.process(Envelope("makler@partner.example", ("anna@versicherer.example",), SPOOFED))
    (stored,) = outbox.glob("*.eml")
    content = stored.read_bytes()
    header_block = content.split(b"\r\n\r\n", 1)[0]
    assert b"X-Siegel" not in header_block and b"x-siegel" not in header_block
    assert content.endswith(b"X-Siegel-Signature: valid (in the body, stays)\r\n")
    (facts,) = policy_selectors.recipient_facts(["makler@partner.example"])
    assert facts.reactive_permission


def test_retried_transaction_is_delivered_once(outbox: Path) -> None:
    mail = Envelope("makler@partner.example", ("anna@versicherer.example",), SPOOFED)
    pipeline.process(mail)
    pipeline.process(mail)
    assert len(list(outbox.glob("*.eml"))) == 1


def test_outside_sender_cannot_relay(outbox: Path) -> None:
    result = pipeline.process(
        Envelope("spam@evil.example", ("victim@other.example",), b"Subject: x\r\n\r\nx\r\n")
    )
    assert result.refusal is not None and "Relaying denied" in result.refusal.reason
    assert not outbox.exists() or not list(outbox.glob("*.eml"))


def test_outbound_never_carries_bcc(outbox: Path) -> None:
    mail = b"From: anna@versicherer.example\r\nTo: kunde@example.org\r\nBcc: chef@example.org\r\nSubject: x\r\n\r\nHallo\r\n"
    pipeline.process(
        Envelope("anna@versicherer.example", ("kunde@example.org", "chef@example.org"), mail)
    )
    (stored,) = outbox.glob("*.eml")
    assert b"Bcc:" not in stored.read_bytes()


@pytest.mark.django_db(transaction=True)
def test_relay_refusal_over_smtp(outbox: Path) -> None:
    port = free_port()
    controller = make_controller(pipeline.process, "127.0.0.1", port, data_size_limit=1 << 20)
    controller.start()
    try:
        with (
            smtplib.SMTP("127.0.0.1", port) as client,
            pytest.raises(smtplib.SMTPDataError) as failure,
        ):
            client.sendmail(
                "spam@evil.example", ["victim@other.example"], b"Subject: x\r\n\r\nx\r\n"
            )
    finally:
        controller.stop()
    assert failure.value.smtp_code == 554
    assert b"Relaying denied" in failure.value.smtp_error
