"""The collect address and certificate requests, answered automatically and signed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pytest_django.fixtures import Settings

from siegel.gateway import pipeline
from siegel.gateway.delivery import Envelope
from siegel.keys.models import KeySource, PartnerKey
from tests.support.outbox import send_queued
from tests.support.pki import Identity, issue, make_ca

pytestmark = pytest.mark.django_db


def sent(insurer: dict[str, object]) -> list[bytes]:
    """What left: the answers are queued with the request and sent after it, as the worker does."""
    send_queued()
    return [p.read_bytes() for p in sorted(Path(str(insurer["outbox"])).glob("*.eml"))]


def signed_by(insurer: dict[str, object], who: Identity, sender: str) -> bytes:
    folder = Path(str(insurer["dir"]))
    crt, key = who.write(folder, "signer")
    (folder / "body").write_bytes(b"Content-Type: text/plain\r\n\r\nBitte registrieren.\r\n")
    signed = subprocess.run(
        ["openssl", "cms", "-sign", "-in", folder / "body", "-signer", crt, "-inkey", key],
        capture_output=True,
        check=True,
    ).stdout
    return (
        f"From: {sender}\r\nTo: zertifikat@versicherer.example\r\nSubject: Zertifikat\r\n".encode()
        + signed
    )


def test_collect_address_registers_and_confirms(insurer: dict[str, object]) -> None:
    ca = insurer["ca"]
    assert isinstance(ca, Identity)
    makler = issue(ca, "makler@partner.example", crl_url=None)
    pipeline.process(
        Envelope(
            "makler@partner.example",
            ("zertifikat@versicherer.example",),
            signed_by(insurer, makler, "makler@partner.example"),
        )
    )
    key = PartnerKey.objects.get()
    assert (key.address, key.source) == ("makler@partner.example", KeySource.COLLECT)
    (answer,) = sent(insurer)
    assert b"X-Original-To: makler@partner.example" in answer
    # Sent the way every mail to him goes now: encrypted to the certificate just registered.
    folder = Path(str(insurer["dir"]))
    crt, key_file = makler.write(folder, "makler")
    opened = subprocess.run(
        ["openssl", "cms", "-decrypt", "-recip", crt, "-inkey", key_file],
        input=answer.split(b"\r\n", 2)[2],
        capture_output=True,
        check=True,
    ).stdout
    assert b"Ihr Zertifikat wurde registriert" in opened


def test_collect_address_refuses_unsigned_and_untrusted(insurer: dict[str, object]) -> None:
    stranger = issue(make_ca("Fremd"), "x@partner.example", crl_url=None)
    pipeline.process(
        Envelope(
            "x@partner.example",
            ("zertifikat@versicherer.example",),
            signed_by(insurer, stranger, "x@partner.example"),
        )
    )
    pipeline.process(
        Envelope(
            "y@partner.example",
            ("zertifikat@versicherer.example",),
            b"From: y@partner.example\r\nSubject: x\r\n\r\nHallo\r\n",
        )
    )
    answers = sent(insurer)
    assert len(answers) == 2 and all(b"nicht registriert" in a for a in answers)
    assert not PartnerKey.objects.exists()


def test_certificate_request_is_answered_signed_and_never_delivered(
    insurer: dict[str, object],
) -> None:
    request = (
        b"From: kunde@example.org\r\nTo: anna@versicherer.example\r\nSubject: [ZERTIFIKAT]\r\n\r\n"
    )
    pipeline.process(Envelope("kunde@example.org", ("anna@versicherer.example",), request))
    (answer,) = sent(insurer)
    assert b"X-Original-To: kunde@example.org" in answer
    assert b"multipart/signed" in answer and b'filename="anna_at_versicherer.example.cer"' in answer
    assert not any(b"X-Original-To: anna@versicherer.example" in a for a in sent(insurer))
    folder = Path(str(insurer["dir"]))
    (folder / "answer.eml").write_bytes(answer.split(b"\r\n", 2)[2])
    ca = insurer["ca"]
    assert isinstance(ca, Identity)
    (folder / "ca.pem").write_bytes(ca.cert_pem)
    checked = subprocess.run(
        ["openssl", "cms", "-verify", "-in", folder / "answer.eml", "-CAfile", folder / "ca.pem"],
        capture_output=True,
    )
    assert checked.returncode == 0, checked.stderr.decode()


def test_certificate_requests_are_rate_limited_and_bounces_ignored(
    insurer: dict[str, object], settings: Settings
) -> None:
    settings.SIEGEL_CERT_REQUESTS_PER_HOUR = 2
    request = (
        b"From: kunde@example.org\r\nTo: anna@versicherer.example\r\nSubject: [ZERTIFIKAT]\r\n\r\n"
    )
    for number in range(4):
        numbered = f"Message-ID: <{number}@example.org>\r\n".encode() + request
        pipeline.process(Envelope("kunde@example.org", ("anna@versicherer.example",), numbered))
    again = b"Message-ID: <0@example.org>\r\n" + request
    pipeline.process(Envelope("kunde@example.org", ("anna@versicherer.example",), again))
    bounce = b"From: MAILER-DAEMON@example.org\r\nAuto-Submitted: auto-replied\r\nSubject: [ZERTIFIKAT]\r\n\r\n"
    pipeline.process(Envelope("", ("anna@versicherer.example",), bounce))
    assert len(sent(insurer)) == 2


def test_a_retried_request_is_answered_once(insurer: dict[str, object]) -> None:
    request = Envelope(
        "kunde@example.org",
        ("anna@versicherer.example",),
        b"From: kunde@example.org\r\nTo: anna@versicherer.example\r\nSubject: [ZERTIFIKAT]\r\n\r\n",
    )
    first, retry = pipeline.process(request), pipeline.process(request)
    assert first.accepted and retry.accepted
    assert len(sent(insurer)) == 1
