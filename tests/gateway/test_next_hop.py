"""The SMTP next hop reports success only on acceptance, and the mail backend uses it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.core.mail import send_mail
from django.utils import timezone
from pytest_django.fixtures import Settings

from siegel.gateway.delivery import DeliveryError, Envelope, SmtpNextHop
from siegel.gateway.handover import next_hop_from_setting
from siegel.outbox import sending
from siegel.outbox.models import OwnMail
from tests.conftest import free_port
from tests.support.outbox import send_queued


class Recorder:
    def __init__(self, refuse: set[str] | None = None) -> None:
        self.received: list[tuple[str, list[str], bytes]] = []
        self.refuse = refuse or set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # type: ignore[no-untyped-def]
        if address in self.refuse:
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.received.append(
            (envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
        )
        return "250 2.0.0 Ok"


@pytest.fixture
def smtp_server() -> Iterator[tuple[int, Recorder]]:
    recorder, port = Recorder(refuse={"unknown@partner.example"}), free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    yield port, recorder
    controller.stop()


MAIL = Envelope("a@versicherer.example", ("b@partner.example",), b"Subject: x\r\n\r\nHallo\r\n")


def test_delivers_to_next_smtp_server(smtp_server: tuple[int, Recorder]) -> None:
    port, recorder = smtp_server
    SmtpNextHop("127.0.0.1", port).deliver(MAIL)
    assert recorder.received == [("a@versicherer.example", ["b@partner.example"], MAIL.content)]


def test_refused_recipient_is_a_delivery_error(smtp_server: tuple[int, Recorder]) -> None:
    port, _ = smtp_server
    with pytest.raises(DeliveryError, match=r"unknown@partner\.example"):
        SmtpNextHop("127.0.0.1", port).deliver(
            Envelope("a@x.example", ("unknown@partner.example",), b"x\r\n")
        )


def test_tls_required_but_not_offered_is_refused(smtp_server: tuple[int, Recorder]) -> None:
    port, recorder = smtp_server
    with pytest.raises(DeliveryError, match="no STARTTLS"):
        SmtpNextHop("127.0.0.1", port, require_tls=True).deliver(MAIL)
    assert recorder.received == []


def test_unreachable_next_hop_is_a_delivery_error() -> None:
    with pytest.raises(DeliveryError, match="unreachable"):
        SmtpNextHop("127.0.0.1", free_port(), timeout=5).deliver(MAIL)


def test_next_hop_urls() -> None:
    hop = next_hop_from_setting("smtp+tls://relay.example:10026")
    assert isinstance(hop, SmtpNextHop) and (hop.host, hop.port, hop.require_tls) == (
        "relay.example",
        10026,
        True,
    )
    with pytest.raises(ValueError, match="no host"):
        next_hop_from_setting("smtp://")


@pytest.fixture
def real_mail_backend(settings: Settings) -> None:
    """Django's test setup swaps in the in-memory backend; these tests want the real path out."""
    settings.EMAIL_BACKEND = "siegel.outbox.backend.OutboxEmailBackend"
    settings.SIEGEL_LOCAL_DOMAINS = ["versicherer.example"]


@pytest.mark.django_db
@pytest.mark.usefixtures("real_mail_backend")
def test_django_mail_goes_the_one_way_out(settings: Settings, tmp_path: Path) -> None:
    settings.SIEGEL_NEXT_HOP = f"sink:{tmp_path}"
    message = ("Betreff äöü", "Text mit Umlauten: Grüße", "siegel@versicherer.example")
    assert send_mail(*message, ["x@partner.example"]) == 1
    assert send_queued() == 1
    (mail,) = tmp_path.glob("*.eml")
    content = mail.read_bytes()
    assert b"\r\nSubject: =?utf-8?" in content
    assert b"X-Original-To: x@partner.example" in content
    assert [m.kind for m in OwnMail.objects.all()] == ["django-mail"]


@pytest.mark.django_db
@pytest.mark.usefixtures("real_mail_backend")
def test_django_mail_waits_while_the_next_hop_fails(settings: Settings, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    settings.SIEGEL_NEXT_HOP = f"sink:{blocker}"
    send_mail("x", "y", "siegel@versicherer.example", ["x@partner.example"])
    assert send_queued() == 0
    waiting = OwnMail.objects.get()
    assert waiting.sent_at is None and "not writable" in waiting.last_error
    assert waiting.next_attempt > timezone.now(), "retried later, not lost"
    settings.SIEGEL_NEXT_HOP = f"sink:{tmp_path / 'fixed'}"
    assert sending.send_due(now=waiting.next_attempt) == 1
    assert len(list((tmp_path / "fixed").glob("*.eml"))) == 1


def test_a_hop_that_hangs_up_on_quit_still_has_the_mail() -> None:
    """Accepted is accepted: a failing QUIT must not turn into a retry (a second copy)."""
    import socket
    import threading

    server = socket.create_server(("127.0.0.1", 0))
    received: list[bytes] = []

    def serve() -> None:
        connection, _ = server.accept()
        reader = connection.makefile("rb")
        connection.sendall(b"220 hop ESMTP\r\n")
        while line := reader.readline():
            command = line[:4].upper()
            if command in (b"EHLO", b"HELO"):
                connection.sendall(b"250 hop\r\n")
            elif command in (b"MAIL", b"RCPT"):
                connection.sendall(b"250 ok\r\n")
            elif command == b"DATA":
                connection.sendall(b"354 go\r\n")
                while (body := reader.readline()) != b".\r\n":
                    received.append(body)
                connection.sendall(b"250 2.0.0 queued\r\n")
            elif command == b"QUIT":
                break  # hang up without a 221
        connection.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    hop = SmtpNextHop("127.0.0.1", server.getsockname()[1], timeout=5)
    assert hop.deliver(MAIL) == f"smtp:127.0.0.1:{server.getsockname()[1]}"
    thread.join(5)
    server.close()
    assert received


@pytest.mark.django_db
def test_an_outside_sender_learns_nothing_about_the_inside(settings: Settings) -> None:
    """Inbound mail while the hop inside is down: 4xx, but no host, port or path in it."""
    from siegel.gateway import pipeline

    settings.SIEGEL_LOCAL_DOMAINS = ["versicherer.example"]
    port = free_port()
    settings.SIEGEL_NEXT_HOP = f"smtp://127.0.0.1:{port}"
    inbound = Envelope("kunde@extern.example", ("a@versicherer.example",), MAIL.content)
    outside = pipeline.process(inbound)
    assert outside.retry is not None
    assert str(port) not in outside.retry.reason and "127.0.0.1" not in outside.retry.reason
    inside = pipeline.process(MAIL)  # the insurer's own MTA gets the details to act on
    assert inside.retry is not None and f"127.0.0.1:{port}" in inside.retry.reason
