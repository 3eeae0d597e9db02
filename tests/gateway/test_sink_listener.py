"""The SMTP listener answers 250 only once the mail is stored, 4xx otherwise."""

from __future__ import annotations

import smtplib
from collections.abc import Iterator
from pathlib import Path

import pytest

from siegel.gateway.delivery import DeliveryError, Envelope, SinkNextHop, next_hop_from_setting
from siegel.gateway.smtp import make_controller
from tests.conftest import free_port

MAIL = (
    b"From: sachbearbeiter@versicherer.example\r\nTo: kunde@example.org\r\n"
    b"Subject: Ihre Anfrage\r\n\r\nGuten Tag,\r\nanbei die Antwort.\r\n"
)


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    outbox, port = tmp_path / "outbox", free_port()
    controller = make_controller(
        SinkNextHop(outbox), "127.0.0.1", port, data_size_limit=1024 * 1024
    )
    controller.start()
    yield port, outbox
    controller.stop()


def test_accepted_mail_is_in_the_sink(listener: tuple[int, Path]) -> None:
    port, outbox = listener
    with smtplib.SMTP("127.0.0.1", port) as client:
        refused = client.sendmail("sachbearbeiter@versicherer.example", ["kunde@example.org"], MAIL)
    assert refused == {}
    (stored,) = outbox.glob("*.eml")
    content = stored.read_bytes()
    assert content.endswith(MAIL)
    assert b"Return-Path: <sachbearbeiter@versicherer.example>" in content
    assert b"X-Original-To: kunde@example.org" in content
    assert not list(outbox.glob(".*.tmp"))


def test_unwritable_sink_answers_4xx(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    port = free_port()
    controller = make_controller(
        SinkNextHop(blocker / "outbox"), "127.0.0.1", port, data_size_limit=1024
    )
    controller.start()
    try:
        with (
            smtplib.SMTP("127.0.0.1", port) as client,
            pytest.raises(smtplib.SMTPDataError) as failure,
        ):
            client.sendmail("a@versicherer.example", ["b@example.org"], MAIL)
    finally:
        controller.stop()
    assert failure.value.smtp_code == 451


def test_oversized_mail_is_refused_permanently(tmp_path: Path) -> None:
    port = free_port()
    controller = make_controller(SinkNextHop(tmp_path), "127.0.0.1", port, data_size_limit=200)
    controller.start()
    try:
        with (
            smtplib.SMTP("127.0.0.1", port) as client,
            pytest.raises(smtplib.SMTPException) as failure,
        ):
            client.sendmail("a@versicherer.example", ["b@example.org"], MAIL + b"x" * 500)
    finally:
        controller.stop()
    assert "552" in str(failure.value) or getattr(failure.value, "smtp_code", 0) == 552
    assert not list(tmp_path.glob("*.eml"))


def test_sink_delivery_error_is_typed(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(DeliveryError, match="not writable"):
        SinkNextHop(blocker).deliver(Envelope("a@x.example", ("b@y.example",), b"x"))


def test_next_hop_setting_is_validated(tmp_path: Path) -> None:
    assert isinstance(next_hop_from_setting(f"sink:{tmp_path}"), SinkNextHop)
    with pytest.raises(ValueError, match="SIEGEL_NEXT_HOP"):
        next_hop_from_setting("carrier-pigeon:home")
