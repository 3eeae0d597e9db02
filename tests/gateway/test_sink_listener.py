"""The SMTP listener answers 250 only once the mail is stored, 4xx otherwise."""

from __future__ import annotations

import contextlib
import os
import smtplib
import time
from collections.abc import Iterator
from io import StringIO
from pathlib import Path

import pytest
from pytest_django.fixtures import Settings

from siegel.gateway.delivery import (
    DeliveryError,
    Envelope,
    SinkNextHop,
)
from siegel.gateway.handover import next_hop_from_setting
from siegel.gateway.management.commands.gateway import Command as GatewayCommand
from siegel.gateway.results import Fate, RecipientOutcome, Refusal, Result, Retry, Stage
from siegel.gateway.smtp import make_controller, reply
from tests.conftest import free_port

MAIL = (
    b"From: sachbearbeiter@versicherer.example\r\nTo: kunde@example.org\r\n"
    b"Subject: Ihre Anfrage\r\n\r\nGuten Tag,\r\nanbei die Antwort.\r\n"
)


def sinking(directory: Path):  # type: ignore[no-untyped-def]
    """A pipeline that only stores the mail in a sink and says so, as the real one would."""

    def work(envelope: Envelope) -> Result:
        try:
            queue_id = SinkNextHop(directory).deliver(envelope)
        except DeliveryError as exc:
            return Result(retry=Retry(str(exc)))
        return Result(
            tuple(RecipientOutcome(r, Fate.DELIVERED, queue_id) for r in envelope.recipients)
        )

    return work


@contextlib.contextmanager
def listening(work, data_size_limit: int = 1024 * 1024, **options):  # type: ignore[no-untyped-def]
    """An SMTP listener with ``work`` as its pipeline, on a free loopback port."""
    port = free_port()
    controller = make_controller(
        work, "127.0.0.1", port, data_size_limit=data_size_limit, **options
    )
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    outbox = tmp_path / "outbox"
    with listening(sinking(outbox)) as port:
        yield port, outbox


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
    with (
        listening(sinking(blocker / "outbox")) as port,
        smtplib.SMTP("127.0.0.1", port) as client,
        pytest.raises(smtplib.SMTPDataError) as failure,
    ):
        client.sendmail("a@versicherer.example", ["b@example.org"], MAIL)
    assert failure.value.smtp_code == 451


def test_oversized_mail_is_refused_permanently(tmp_path: Path) -> None:
    with (
        listening(sinking(tmp_path), data_size_limit=200) as port,
        smtplib.SMTP("127.0.0.1", port) as client,
        pytest.raises(smtplib.SMTPException) as failure,
    ):
        client.sendmail("a@versicherer.example", ["b@example.org"], MAIL + b"x" * 500)
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


def test_too_many_recipients_get_452_and_the_rest_goes_through(tmp_path: Path) -> None:
    with (
        listening(sinking(tmp_path), max_recipients=3) as port,
        smtplib.SMTP("127.0.0.1", port) as client,
    ):
        client.ehlo()
        client.mail("a@versicherer.example")
        codes = [client.rcpt(f"r{n}@example.org")[0] for n in range(5)]
        assert client.data(MAIL)[0] == 250
    assert codes == [250, 250, 250, 452, 452]
    (stored,) = tmp_path.glob("*.eml")
    assert stored.read_bytes().count(b"X-Original-To:") == 3


def test_failures_get_precise_replies(tmp_path: Path) -> None:
    def crash(envelope: Envelope) -> Result:
        raise RuntimeError("bug")

    def refuse(envelope: Envelope) -> Result:
        return Result(refusal=Refusal("Relaying denied for b@example.org", Stage.POLICY))

    def unreachable(envelope: Envelope) -> Result:
        return Result(retry=Retry("mx.partner.example:25 unreachable: timed out\nsecond line"))

    def failed(envelope: Envelope) -> Result:
        return Result(retry=Retry("processing failed (KeyError)", Stage.PROCESSING))

    def null_mx(envelope: Envelope) -> Result:
        return Result(refusal=Refusal("partner.example: the domain accepts no mail (null MX)"))

    for work, code, text in [
        (crash, 451, b"4.3.0"),
        (failed, 451, b"4.3.0 Temporary processing failure"),
        (refuse, 554, b"5.7.1 Relaying denied"),
        (unreachable, 451, b"4.4.1 mx.partner.example:25 unreachable: timed out second line"),
        (null_mx, 554, b"5.4.4 partner.example: the domain accepts no mail (null MX)"),
    ]:
        with (
            listening(work) as port,
            smtplib.SMTP("127.0.0.1", port) as client,
            pytest.raises(smtplib.SMTPDataError) as failure,
        ):
            client.sendmail("a@versicherer.example", ["b@example.org"], MAIL)
        assert failure.value.smtp_code == code
        assert text in failure.value.smtp_error


def test_starttls_on_the_listener(tmp_path: Path) -> None:
    import ssl

    from siegel.gateway.smtp import server_tls_context
    from tests.support.pki import make_ca

    ca = make_ca()
    from tests.support.tls import server_identity

    server = server_identity(ca, "localhost")
    crt, key = server.write(tmp_path, "server")
    client_context = ssl.create_default_context(cafile=None)
    client_context.load_verify_locations(cadata=ca.cert_pem.decode())
    tls = server_tls_context(str(crt), str(key))
    with (
        listening(sinking(tmp_path / "out"), tls_context=tls) as port,
        smtplib.SMTP("localhost", port) as client,
    ):
        client.starttls(context=client_context)
        assert client.sock.version() in {"TLSv1.2", "TLSv1.3"}
        client.sendmail("a@versicherer.example", ["b@example.org"], MAIL)
    assert len(list((tmp_path / "out").glob("*.eml"))) == 1


def tr_02102_tls12_suites(vectors: Path) -> set[int]:
    """The certificate-based TLS 1.2 suites of BSI TR-02102-2 (3.3.1.1 and 3.3.1.2), by IANA value."""
    import xml.etree.ElementTree as ET

    path = vectors / "bsi-task-tr03108" / "TR-02102-2-TLS1.2-PARAMETERS.xml"
    root = ET.parse(path).getroot()  # noqa: S314 (a public test vector of ours, not mail)
    allowed = set()
    for group in root.iter("CipherSuites"):
        if group.get("reference") in {"3.3.1.1", "3.3.1.2"}:
            for suite in group.iter("CipherSuite"):
                high, low = (int(byte, 16) for byte in suite.findtext("Value", "").split(","))
                allowed.add(high << 8 | low)
    return allowed


def test_listener_offers_only_bsi_tr_02102_suites_in_tls_12(tmp_path: Path, vectors: Path) -> None:
    import ssl

    from siegel.gateway.smtp import server_tls_context
    from tests.support.pki import make_ca
    from tests.support.tls import server_identity

    allowed = tr_02102_tls12_suites(vectors)
    assert len(allowed) > 20
    crt, key = server_identity(make_ca(), "localhost").write(tmp_path, "server")
    context = server_tls_context(str(crt), str(key))
    assert context.minimum_version is ssl.TLSVersion.TLSv1_2
    offered = [c for c in context.get_ciphers() if c["protocol"] == "TLSv1.2"]
    assert offered and all(c["id"] & 0xFFFF in allowed for c in offered), [
        c["name"] for c in offered if c["id"] & 0xFFFF not in allowed
    ]
    assert not any("CHACHA20" in c["name"] for c in offered)
    assert ssl.create_default_context().get_ciphers() != context.get_ciphers(), (
        "the check above can fail: OpenSSL's defaults include ChaCha20 in TLS 1.2"
    )


def test_sink_takes_a_keyed_mail_once(tmp_path: Path) -> None:
    sink = SinkNextHop(tmp_path)
    mail = Envelope(
        "a@versicherer.example", ("b@example.org",), b"Message-ID: <1@x>\r\n\r\nHallo\r\n"
    )
    first = sink.deliver(mail, key=mail.delivery_key())
    assert sink.deliver(mail, key=mail.delivery_key()) == first
    assert len(list(tmp_path.glob("*.eml"))) == 1
    other = Envelope("a@versicherer.example", ("c@example.org",), mail.content)
    assert other.delivery_key() != mail.delivery_key()


def test_the_reply_for_thousands_of_recipients_is_one_short_line() -> None:
    """RFC 5321 4.5.3.1.5: a reply line has at most 512 octets; the details go to the log."""
    outcomes = tuple(
        RecipientOutcome(f"kunde{n}@example.org", Fate.DELIVERED, str(1673 + n))
        for n in range(2000)
    )
    text = reply(Result(outcomes))
    assert text == "250 2.0.0 Ok: 2000 delivered"
    long_reason = Result(retry=Retry("x" * 5000))
    assert len(reply(long_reason).encode()) <= 512


def test_temporary_files_left_by_killed_deliveries_are_removed_at_start(
    tmp_path: Path, settings: Settings
) -> None:
    outbox = tmp_path / "outbox"
    SinkNextHop(outbox).deliver(Envelope("a@versicherer.example", ("b@example.org",), MAIL))
    left = outbox / ".key-1.0123abcd.tmp"
    left.write_bytes(MAIL[:20])  # a delivery killed before its rename
    started = time.time()
    os.utime(left, (started - 5, started - 5))
    writing = outbox / ".key-2.4567ef01.tmp"
    writing.write_bytes(MAIL[:20])  # a delivery of another process, still writing
    os.utime(writing, (started + 1, started + 1))
    settings.SIEGEL_NEXT_HOP = f"sink:{outbox}"
    out = StringIO()
    GatewayCommand(stdout=out).remove_unfinished_sink_files(started)
    assert not left.exists() and writing.exists()
    assert len(list(outbox.glob("*.eml"))) == 1
    assert f"Removed 1 unfinished temporary files from the sink {outbox}" in out.getvalue()
