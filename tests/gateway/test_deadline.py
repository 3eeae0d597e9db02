"""A transaction has one deadline: what cannot end before the answer is due waits for the retry.

Fault: a next hop taking long per hand-over made the gateway go on delivering after the
sender had given up (300 s), and the sender's retry delivered a second copy.
"""

from __future__ import annotations

import asyncio
import smtplib
import time
from collections.abc import Iterator

import pytest
from aiosmtpd.controller import Controller
from pytest_django.fixtures import Settings

from siegel.gateway import pipeline
from siegel.gateway.delivery import Envelope
from siegel.gateway.smtp import make_controller
from siegel.keys import services as key_services
from tests.conftest import free_port
from tests.support.pki import issue, make_ca

pytestmark = pytest.mark.django_db(transaction=True)

SLOW_DATA = 1.5  # seconds the next hop takes to answer DATA


class SlowHop:
    def __init__(self) -> None:
        self.received: list[list[str]] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        await asyncio.sleep(SLOW_DATA)
        self.received.append(list(envelope.rcpt_tos))
        return "250 2.0.0 Ok"


@pytest.fixture
def slow_hop(settings: Settings) -> Iterator[SlowHop]:
    hop = SlowHop()
    port = free_port()
    controller = Controller(hop, hostname="127.0.0.1", port=port)
    controller.start()
    settings.SIEGEL_NEXT_HOP = f"smtp://127.0.0.1:{port}"
    settings.SIEGEL_NEXT_HOP_TIMEOUT = 2.0  # so one hand-over may take 6 s (three steps)
    settings.SIEGEL_LOCAL_DOMAINS = ["versicherer.example"]
    settings.SIEGEL_SIGN_OUTGOING = False
    yield hop
    controller.stop()


RECIPIENTS = ("makler@partner.example", "post@gateway-partner.example", "info@anders.example")
MAIL = (
    b"From: leistung@versicherer.example\r\nTo: makler@partner.example\r\n"
    b"Message-ID: <deadline-1@versicherer.example>\r\nSubject: Termin\r\n\r\n"
    b"Unser Termin am Montag um 10 Uhr steht.\r\n"
)


def three_ways() -> None:
    """S/MIME, domain S/MIME and plain: three hand-overs to the next hop, one after the other."""
    ca = make_ca()
    key_services.import_ca_bundle(ca.cert_pem, actor="test")
    makler = issue(ca, RECIPIENTS[0], crl_url=None)
    key_services.harvest(
        makler.cert, address=RECIPIENTS[0], capabilities=[], trusted=True, status_reason="ok"
    )
    gateway = issue(ca, "gateway@gateway-partner.example", crl_url=None)
    key_services.import_partner_certificate(
        gateway.cert_pem, actor="test", domain="gateway-partner.example"
    )


@pytest.mark.slow
def test_hand_overs_that_cannot_end_in_time_wait_for_the_retry(slow_hop: SlowHop) -> None:
    three_ways()
    started = time.monotonic()
    first = pipeline.process(
        Envelope("leistung@versicherer.example", RECIPIENTS, MAIL, answer_by=started + 8)
    )
    assert first.retry is not None and "left before the answer is due" in first.retry.reason
    assert time.monotonic() - started < 8, "answered before the deadline"
    # Each hand-over may take 6 s (three 2 s steps): the third cannot begin after 3 s.
    assert 1 <= len(slow_hop.received) <= 2, "what did not fit was not begun"
    retry = pipeline.process(
        Envelope("leistung@versicherer.example", RECIPIENTS, MAIL, answer_by=time.monotonic() + 9)
    )
    assert retry.accepted, retry
    delivered = sorted(r for batch in slow_hop.received for r in batch)
    assert delivered == sorted(RECIPIENTS), "each recipient exactly once"


def test_the_listener_answers_451_at_once_when_no_hand_over_fits(
    slow_hop: SlowHop, settings: Settings
) -> None:
    port = free_port()
    controller = make_controller(
        pipeline.process, "127.0.0.1", port, data_size_limit=1 << 20, answer_within=1.0
    )
    controller.start()
    try:
        with (
            smtplib.SMTP("127.0.0.1", port) as client,
            pytest.raises(smtplib.SMTPDataError) as failure,
        ):
            client.sendmail("leistung@versicherer.example", ["info@anders.example"], MAIL)
    finally:
        controller.stop()
    assert failure.value.smtp_code == 451 and b"answer is due" in failure.value.smtp_error
    assert slow_hop.received == []
