"""Retries, partial refusals and concurrent attempts: nothing lost, nothing twice, no false 5xx.

Uses the loopback world of ``test_direct`` (fake DNS, aiosmtpd MX servers, test CA).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import smtplib
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.db import connection
from django.utils import timezone
from pytest_django.fixtures import Settings

from siegel.audit.models import AuditEvent
from siegel.gateway import outbound, pipeline
from siegel.gateway.delivery import (
    DeliveryError,
    DeliveryInProgress,
    Envelope,
    PartlyDelivered,
    PermanentDeliveryError,
    SinkNextHop,
)
from siegel.gateway.direct import DirectNextHop
from siegel.gateway.handover import hand_over
from siegel.gateway.models import DeliveryLease, DeliveryRecord, TlsDeliveryFailure
from siegel.gateway.services import forget_delivery_records
from siegel.gateway.smtp import make_controller
from siegel.policy import services as policy_services
from siegel.policy.models import TlsLevel
from siegel.portal.models import PortalMessage
from tests.conftest import free_port
from tests.support.direct_world import MAIL, Recorder, World
from tests.support.outbox import arrived, body, queued, without_portal
from tests.support.tls import server_identity

pytestmark = pytest.mark.django_db

ANNA = "anna@versicherer.example"
HEAD = b"Message-ID: <42@versicherer.example>\r\nSubject: Vertrag\r\n\r\n"


class Refusing(Recorder):
    """An MX that refuses some recipients for good and can hold the DATA phase back."""

    def __init__(self) -> None:
        super().__init__()
        self.unknown: set[str] = set()  # answered 550
        self.in_data = threading.Event()
        self.gate = threading.Event()
        self.gate.set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # type: ignore[no-untyped-def]
        if address in self.unknown:
            return "550 5.1.1 No such user"
        return await super().handle_RCPT(server, session, envelope, address, rcpt_options)

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.in_data.set()
        for _ in range(1000):  # at most 10 s, then the test fails rather than hangs
            if self.gate.is_set():
                break
            await asyncio.sleep(0.01)
        return await super().handle_DATA(server, session, envelope)


def refusing_mx(world: World, address: str) -> Refusing:
    recorder = Refusing()
    controller = Controller(recorder, hostname=address, port=world.smtp_port)
    controller.start()
    world.controllers[address] = controller
    return recorder


def handing(envelope: Envelope) -> str:
    """Hand over directly as the outbound path does: delivery records and lease included."""
    return hand_over(DirectNextHop(), envelope, envelope.delivery_key()).queue_id


def lease(key: str, seconds: float) -> DeliveryLease:
    """Another attempt's lease on ``key``, expiring in ``seconds`` (negative: expired)."""
    expires_at = timezone.now() + dt.timedelta(seconds=seconds)
    return DeliveryLease.objects.create(key=key, holder="other-node:1:abc", expires_at=expires_at)


# --- 1: the delivery key is the mail, not its Message-ID ------------------------------------


def test_a_reused_message_id_is_another_mail_for_the_sink(tmp_path: Path) -> None:
    sink = SinkNextHop(tmp_path)
    first = Envelope(ANNA, ("bob@partner.test",), HEAD + b"Erste Fassung\r\n")
    sink.deliver(first, key=first.delivery_key())
    sink.deliver(first, key=first.delivery_key())  # the sender's retry
    assert len(list(arrived(tmp_path))) == 1
    edited = Envelope(ANNA, ("bob@partner.test",), HEAD + b"Korrigierte Fassung\r\n")
    sink.deliver(edited, key=edited.delivery_key())
    assert len(list(arrived(tmp_path))) == 2


SENSITIVE = (
    b"From: leistung@versicherer.example\r\nTo: kunde@example.org\r\n"
    b"Subject: Ihr Leistungsfall\r\nContent-Type: text/plain; charset=utf-8\r\n"
)


def deposit_through_outbound(content: bytes, tmp_path: Path) -> None:
    sender, recipients = "leistung@versicherer.example", ("kunde@example.org",)
    envelope = Envelope(sender, recipients, content)
    outbound.send(envelope, recipients, SinkNextHop(tmp_path), key=envelope.delivery_key())


def test_outbound_deposits_a_retry_once_and_an_edited_resend_again(tmp_path: Path) -> None:
    mail_1 = SENSITIVE.replace(b"Subject", b"Message-ID: <7@versicherer.example>\r\nSubject")
    mail_1 += b"\r\nDer Arztbericht liegt vor, Diagnose F32.1 (ICD-10).\r\n"
    deposit_through_outbound(mail_1, tmp_path)
    deposit_through_outbound(mail_1, tmp_path)
    assert PortalMessage.objects.count() == 1
    deposit_through_outbound(mail_1.replace(b"F32.1", b"F33.1"), tmp_path)
    assert PortalMessage.objects.count() == 2


def test_a_mail_without_message_id_is_deposited_once_on_retry(tmp_path: Path) -> None:
    """The Message-ID the gateway adds is the same on every retry (not random)."""
    content = SENSITIVE + b"\r\nDer Arztbericht liegt vor, Diagnose F32.1 (ICD-10).\r\n"
    deposit_through_outbound(content, tmp_path)
    deposit_through_outbound(content, tmp_path)
    assert PortalMessage.objects.count() == 1


# --- 2: recipients refused for good next to delivered ones ---------------------------------


def test_a_server_refusing_some_recipients_for_good_is_partly_delivered(world: World) -> None:
    recorder = refusing_mx(world, "127.0.0.2")
    recorder.unknown = {"eve@partner.test"}
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    envelope = Envelope(ANNA, ("bob@partner.test", "eve@partner.test"), MAIL.content)
    with pytest.raises(PartlyDelivered) as partly:
        DirectNextHop().deliver(envelope)
    assert not isinstance(partly.value, PermanentDeliveryError)
    assert partly.value.delivered == "direct:mx.partner.test"
    ((address, reason),) = partly.value.refused
    assert address == "eve@partner.test" and "550 5.1.1 No such user" in reason
    assert [r[0] for r in recorder.received] == [["bob@partner.test"]]


def test_a_domain_refused_for_good_next_to_a_delivered_one_is_partly_delivered(
    world: World,
) -> None:
    recorder = world.mx_server("127.0.0.2")
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    envelope = Envelope(ANNA, ("bob@partner.test", "carl@gone.test"), MAIL.content)
    with pytest.raises(PartlyDelivered) as partly:
        DirectNextHop().deliver(envelope)
    ((address, reason),) = partly.value.refused
    assert address == "carl@gone.test" and "does not exist" in reason
    assert len(recorder.received) == 1


def test_a_retry_refused_for_good_after_an_earlier_delivery_is_partly_delivered(
    world: World,
) -> None:
    """Bob got the mail on the first attempt; on the retry only Eve is left, and refused."""
    recorder = refusing_mx(world, "127.0.0.2")
    recorder.busy = {"eve@partner.test"}
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    envelope = Envelope(ANNA, ("bob@partner.test", "eve@partner.test"), MAIL.content)
    with pytest.raises(DeliveryError) as first:
        DirectNextHop().deliver(envelope)
    assert not isinstance(first.value, (PermanentDeliveryError, PartlyDelivered))
    recorder.busy, recorder.unknown = set(), {"eve@partner.test"}
    with pytest.raises(PartlyDelivered) as retry:
        DirectNextHop().deliver(envelope)
    assert retry.value.delivered == "direct:already-delivered"
    assert [a for a, _ in retry.value.refused] == ["eve@partner.test"]
    assert len(recorder.received) == 1


def test_a_temporary_failure_next_to_a_refusal_stays_temporary(world: World) -> None:
    recorder = refusing_mx(world, "127.0.0.2")
    recorder.unknown = {"eve@partner.test"}
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    world.domain("makler.test", "mx.makler.test", "127.0.0.3")  # nothing listens: for now
    envelope = Envelope(ANNA, ("bob@partner.test", "eve@partner.test", "carl@makler.test"), b"x")
    with pytest.raises(DeliveryError) as failure:
        DirectNextHop().deliver(envelope)
    assert not isinstance(failure.value, (PermanentDeliveryError, PartlyDelivered))
    assert "makler.test" in str(failure.value) and "eve@partner.test" in str(failure.value)


@pytest.fixture
def listener(world: World, settings: Settings) -> Iterator[int]:
    """The gateway's SMTP listener delivering directly to the world's MX hosts."""
    settings.SIEGEL_NEXT_HOP = "direct"
    settings.SIEGEL_LOCAL_DOMAINS = ["versicherer.example"]
    port = free_port()
    controller = make_controller(pipeline.process, "127.0.0.1", port, data_size_limit=1 << 20)
    controller.start()
    yield port
    controller.stop()


NORMAL = b"From: anna@versicherer.example\r\nMessage-ID: <n-1@versicherer.example>\r\n"
NORMAL += b"Subject: Termin\r\n\r\nUnser Termin am Montag.\r\n"


@pytest.mark.django_db(transaction=True)
def test_the_listener_accepts_a_partly_refused_mail_and_reports_the_refused(
    world: World, listener: int
) -> None:
    recorder = refusing_mx(world, "127.0.0.2")
    recorder.unknown = {"eve@partner.test"}
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    with smtplib.SMTP("127.0.0.1", listener) as client:
        assert client.sendmail(ANNA, ["bob@partner.test", "eve@partner.test"], NORMAL) == {}
    assert [r[0] for r in recorder.received] == [["bob@partner.test"]]
    (report,) = queued("report-not-sent")
    assert report["To"] == ANNA and report["Subject"] == "Nicht zugestellt: Termin"
    text = body(report)
    assert "eve@partner.test" in text and "550 5.1.1 No such user" in text
    assert "bob@partner.test" not in text and "Montag" not in text


@pytest.mark.django_db(transaction=True)
def test_the_listener_refuses_a_mail_every_recipient_refused(world: World, listener: int) -> None:
    recorder = refusing_mx(world, "127.0.0.2")
    recorder.unknown = {"eve@partner.test"}
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    with smtplib.SMTP("127.0.0.1", listener) as client, pytest.raises(smtplib.SMTPDataError) as e:
        client.sendmail(ANNA, ["eve@partner.test"], NORMAL)
    assert e.value.smtp_code == 554 and b"No such user" in e.value.smtp_error
    assert recorder.received == [] and queued() == [], "the sending MTA bounces it"


# --- 3: falling back from verified TLS only for the recipients still without the mail ----


@pytest.fixture
def tls_only(world: World, settings: Settings) -> Iterator[tuple[Recorder, Envelope]]:
    """Confidential mail to two partners that require verified TLS, and no portal.

    partner.test's MX has a valid certificate, makler.test's offers no STARTTLS.
    """
    settings.SIEGEL_TLS_NEXT_HOP = "direct"
    partner = world.mx_server("127.0.0.2", tls=server_identity(world.ca, "mx.partner.test"))
    world.mx_server("127.0.0.3")
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    world.domain("makler.test", "mx.makler.test", "127.0.0.3")
    for domain in ("partner.test", "makler.test"):
        policy_services.set_partner_domain(domain, TlsLevel.VERIFIED, actor="test")
    content = (
        b"From: vertrieb@versicherer.example\r\nMessage-ID: <t-1@versicherer.example>\r\n"
        b"Subject: Bankverbindung\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Herr Max Mustermann, geb. 01.02.1975, zahlt auf DE89 3704 0044 0532 0130 00.\r\n"
    )
    recipients = ("bob@partner.test", "carl@makler.test")
    with without_portal():
        yield partner, Envelope("vertrieb@versicherer.example", recipients, content)


def send(envelope: Envelope, world: World) -> str:
    return outbound.send(
        envelope,
        envelope.recipients,
        SinkNextHop(world.directory / "sink"),
        key=envelope.delivery_key(),
    )


def test_the_tls_fallback_leaves_out_recipients_already_delivered(
    world: World, settings: Settings, tls_only: tuple[Recorder, Envelope]
) -> None:
    partner, envelope = tls_only
    with pytest.raises(DeliveryError, match="offers no STARTTLS"):
        send(envelope, world)
    assert [(r[0], r[2]) for r in partner.received] == [(["bob@partner.test"], True)]
    settings.SIEGEL_TLS_FALLBACK_AFTER = 0
    send(envelope, world)
    event = AuditEvent.objects.get(action="gateway.tls_fallback")
    assert event.details["recipients"] == ["carl@makler.test"]
    (report,) = queued("report-not-sent")
    assert "carl@makler.test" in body(report) and "bob@partner.test" not in body(report)
    assert len(partner.received) == 1


def test_an_attempt_turned_away_by_the_lease_is_no_tls_failure(
    world: World, settings: Settings, tls_only: tuple[Recorder, Envelope]
) -> None:
    """The first attempt still runs: falling back now could deposit what it delivers."""
    partner, envelope = tls_only
    settings.SIEGEL_TLS_FALLBACK_AFTER = 0
    lease(f"{envelope.delivery_key()}:tls-verified", 60)
    with pytest.raises(DeliveryInProgress):
        send(envelope, world)
    assert not TlsDeliveryFailure.objects.exists()
    assert not AuditEvent.objects.filter(action="gateway.tls_fallback").exists()
    assert partner.received == [] and queued() == []


# --- 4: one attempt at a time per delivery key ---------------------------------------------


def test_a_live_lease_turns_a_concurrent_attempt_away(world: World) -> None:
    recorder = world.mx_server("127.0.0.2")
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    lease(MAIL.delivery_key(), 60)
    with pytest.raises(DeliveryInProgress, match="being delivered right now"):
        handing(MAIL)
    assert recorder.received == []
    assert DeliveryLease.objects.get().holder == "other-node:1:abc", "not taken, not released"


def test_an_expired_lease_is_taken_over_and_released(world: World) -> None:
    recorder = world.mx_server("127.0.0.2")
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    lease(MAIL.delivery_key(), -1)  # its holder died
    assert handing(MAIL) == "direct:mx.partner.test"
    assert len(recorder.received) == 1
    assert not DeliveryLease.objects.exists()


def test_the_lease_is_released_when_the_delivery_fails(world: World) -> None:
    handed = hand_over(DirectNextHop(), MAIL, MAIL.delivery_key())  # partner.test does not exist
    assert handed.delivered == () and "does not exist" in handed.refused[0][1]
    assert not DeliveryLease.objects.exists()
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    world.mx_server("127.0.0.3")  # nobody listens on .2: a temporary failure
    with pytest.raises(DeliveryError):
        handing(MAIL)
    assert not DeliveryLease.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_retry_during_the_first_attempt_delivers_no_second_copy(world: World) -> None:
    """The sender timed out and retries while the first attempt is still in DATA."""
    recorder = refusing_mx(world, "127.0.0.2")
    recorder.gate.clear()
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    results: list[str] = []

    def first_attempt() -> None:
        try:
            results.append(handing(MAIL))
        finally:
            connection.close()

    thread = threading.Thread(target=first_attempt)
    thread.start()
    try:
        assert recorder.in_data.wait(5)
        with pytest.raises(DeliveryInProgress):
            handing(MAIL)
    finally:
        recorder.gate.set()
        thread.join()
    assert results == ["direct:mx.partner.test"]
    assert len(recorder.received) == 1
    assert DeliveryRecord.objects.count() == 1 and not DeliveryLease.objects.exists()
    assert handing(MAIL) == "already delivered"


def test_expired_leases_are_purged_with_the_retry_records() -> None:
    lease("dead", -1)
    lease("alive", 60)
    assert forget_delivery_records() == 1
    assert list(DeliveryLease.objects.values_list("key", flat=True)) == ["alive"]


def test_the_lease_of_a_process_of_this_machine_that_is_gone_is_taken_over_at_once(
    world: World,
) -> None:
    """A killed worker's lease would hold the mail back for minutes; a dead holder holds nothing."""
    import os
    import subprocess

    from siegel.gateway import records

    recorder = world.mx_server("127.0.0.2")
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    ended = subprocess.Popen(["true"])  # a process of this machine that has ended
    ended.wait()
    dead_pid = ended.pid
    expires_at = timezone.now() + dt.timedelta(seconds=600)
    DeliveryLease.objects.create(
        key=MAIL.delivery_key(),
        holder=f"{records._HOST}:{dead_pid}:12345:abc",
        expires_at=expires_at,
    )
    assert handing(MAIL) == "direct:mx.partner.test"
    own = os.getppid()  # alive, and started when /proc says: never taken over
    alive = f"{records._HOST}:{own}:{records._started(own)}:abc"
    assert not records._dead_here(alive)
    assert not records._dead_here(f"other-host/boot:{dead_pid}:12345:abc")
    assert records._dead_here(f"{records._HOST}:{own}:1:abc"), "the pid was reused"
    assert len(recorder.received) == 1
    lease(MAIL.delivery_key() + "x", 60)  # a live holder elsewhere is still respected
    with pytest.raises(DeliveryInProgress):
        hand_over(DirectNextHop(), MAIL, MAIL.delivery_key() + "x")
