"""Bad input at the gateway: never a crash, never a weaker way out, never a lost mail."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from siegel.audit.models import AuditEvent
from siegel.gateway import pipeline
from siegel.gateway.delivery import Envelope
from siegel.portal.models import PortalMessage

pytestmark = pytest.mark.django_db


def methods() -> set[str]:
    return set(
        AuditEvent.objects.filter(action="gateway.decision").values_list(
            "details__method", flat=True
        )
    )


def test_malformed_vectors_leave_as_strictly_confidential(outbox: Path, vectors: Path) -> None:
    for path in sorted((vectors / "mail-parser-malformed").glob("*.eml")):
        pipeline.process(
            Envelope("vertrieb@versicherer.example", ("kunde@example.org",), path.read_bytes())
        )
    assert methods() == {"portal"}, (
        "a mail that cannot be read with certainty goes no weaker than the portal"
    )
    assert PortalMessage.objects.count() == len(
        list((vectors / "mail-parser-malformed").glob("*.eml"))
    )


def test_eight_bit_headers_and_unknown_charsets(outbox: Path) -> None:
    raw = (
        "From: vertrieb@versicherer.example\r\nTo: kunde@example.org\r\nSubject: Grüße ohne Kodierung\r\n"
        "Content-Type: text/plain; charset=x-klingon\r\n\r\nHallo\r\n"
    ).encode()
    pipeline.process(Envelope("vertrieb@versicherer.example", ("kunde@example.org",), raw))
    assert methods() == {"portal"}


def test_broken_smime_part_outbound_is_not_sent_plain(outbox: Path) -> None:
    raw = (
        b"From: vertrieb@versicherer.example\r\nTo: kunde@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nHallo\r\n'
        b"--b\r\nContent-Type: application/pkcs7-mime; smime-type=enveloped-data\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!\r\n--b--\r\n"
    )
    pipeline.process(Envelope("vertrieb@versicherer.example", ("kunde@example.org",), raw))
    assert methods() == {"portal"}


def test_thousand_recipients_in_one_transaction(outbox: Path) -> None:
    recipients = tuple(f"kunde{n}@example.org" for n in range(1000))
    raw = b"From: vertrieb@versicherer.example\r\nSubject: Newsletter\r\n\r\nUnser Sommerfest.\r\n"
    pipeline.process(Envelope("vertrieb@versicherer.example", recipients, raw))
    (stored,) = outbox.glob("*.eml")
    assert stored.read_bytes().count(b"X-Original-To:") == 1000
    assert methods() == {"plain"}


@pytest.mark.slow
def test_fifty_megabyte_mail(outbox: Path) -> None:
    line = b"Unsere Produktinformationen fuer das kommende Jahr, Seite fuer Seite.\r\n"
    raw = (
        b"From: vertrieb@versicherer.example\r\nTo: kunde@example.org\r\nSubject: Katalog\r\n\r\n"
        + line * (50 * 1024 * 1024 // len(line))
    )
    pipeline.process(Envelope("vertrieb@versicherer.example", ("kunde@example.org",), raw))
    (stored,) = outbox.glob("*.eml")
    assert stored.stat().st_size > 50 * 1000 * 1000


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=4000))
def test_inbound_pipeline_survives_arbitrary_bytes(outbox: Path, data: bytes) -> None:
    pipeline.process(Envelope("x@partner.example", ("anna@versicherer.example",), data))
