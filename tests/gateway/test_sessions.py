"""The listener's session limits: a flood of idle clients cannot take it down or stop mail."""

from __future__ import annotations

import contextlib
import resource
import smtplib
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from siegel.gateway.delivery import Envelope
from siegel.gateway.results import Result
from siegel.gateway.sessions import SessionBudget, SessionLimits
from siegel.gateway.smtp import make_controller, server_tls_context
from tests.conftest import free_port
from tests.support.pki import make_ca
from tests.support.processes import siegel_environment
from tests.support.tls import server_identity

MAIL = b"From: a@versicherer.example\r\nSubject: Termin\r\n\r\nHallo\r\n"
ACCEPTED = Result()  # what the pipeline returns for a mail it took (nothing to do)


@contextlib.contextmanager
def listening(limits: SessionLimits, work=None, **options) -> Iterator[int]:  # type: ignore[no-untyped-def]
    port = free_port()
    controller = make_controller(
        work or (lambda envelope: ACCEPTED),
        "127.0.0.1",
        port,
        data_size_limit=1 << 20,
        limits=limits,
        **options,
    )
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


class Client:
    """A raw SMTP client: reads each reply whole, as a test wants to see it."""

    def __init__(self, port: int) -> None:
        self.socket = socket.create_connection(("127.0.0.1", port), timeout=60)
        self.file = self.socket.makefile("rb")

    def reply(self) -> str:
        lines = [self.file.readline()]
        while lines[-1][3:4] == b"-":
            lines.append(self.file.readline())
        return b"".join(lines).decode()

    def command(self, line: str) -> str:
        self.socket.sendall(line.encode() + b"\r\n")
        return self.reply()

    def mail(self, number: int) -> str:
        for line in ("MAIL FROM:<a@versicherer.example>", "RCPT TO:<b@example.org>", "DATA"):
            self.command(line)
        return self.command(MAIL.decode() + f"Nummer {number}\r\n.")

    def close(self) -> None:
        self.file.close()
        self.socket.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def send_until_accepted(port: int) -> str:
    """The greeting replies a client got until its mail was accepted (the last is 250)."""
    deadline = time.monotonic() + 60
    seen = []
    while time.monotonic() < deadline:
        try:
            client = Client(port)
        except ConnectionRefusedError:  # not listening yet
            time.sleep(0.3)
            continue
        greeting = client.reply()
        seen.append(greeting[:3])
        if greeting.startswith("220"):
            client.command("EHLO client.example")
            reply = client.mail(0)
            client.close()
            return reply
        client.close()
        time.sleep(0.1)
    raise AssertionError(f"never accepted: {seen[-5:]}")


def test_beyond_the_session_limit_a_client_gets_421_at_once_and_mail_flows_when_others_go() -> None:
    with listening(SessionLimits(max_sessions=3)) as port:
        idle = [Client(port) for _ in range(3)]
        assert all(client.reply().startswith("220") for client in idle)
        flood = [Client(port) for _ in range(50)]
        replies = {client.reply() for client in flood}
        assert replies == {"421 4.3.2 Too many connections, please try again later\r\n"}
        assert all(client.file.read() == b"" for client in flood), "closed after the 421"
        for client in idle + flood:
            client.close()
        assert send_until_accepted(port).startswith("250")


def test_a_session_with_starttls_counts_once(tmp_path: Path) -> None:
    ca = make_ca()
    crt, key = server_identity(ca, "localhost").write(tmp_path, "server")
    client_context = ssl.create_default_context()
    client_context.load_verify_locations(cadata=ca.cert_pem.decode())
    limits = SessionLimits(max_sessions=1)
    with listening(limits, tls_context=server_tls_context(str(crt), str(key))) as port:
        with smtplib.SMTP("localhost", port) as client:
            client.starttls(context=client_context)
            client.sendmail("a@versicherer.example", ["b@example.org"], MAIL)
            with Client(port) as other:
                assert other.reply().startswith("421 4.3.2"), "the TLS session is counted"
        assert send_until_accepted(port).startswith("250"), "and counted out when it ends"


def test_commands_without_progress_end_the_session() -> None:
    with listening(SessionLimits(max_commands_without_progress=4)) as port, Client(port) as client:
        client.reply()
        for command in ("EHLO client.example", "NOOP", "RSET", "NOOP"):
            assert client.command(command).startswith("250")
        assert client.command("NOOP").startswith("421 4.7.0")
        assert client.file.read() == b""


def test_mail_resets_the_count_of_commands_without_progress() -> None:
    with listening(SessionLimits(max_commands_without_progress=4)) as port, Client(port) as client:
        client.reply()
        client.command("EHLO client.example")
        for number in range(5):
            assert client.command("NOOP").startswith("250")
            assert client.command("RSET").startswith("250")
            assert client.mail(number).startswith("250")


def test_a_session_past_its_time_ends_before_the_next_command_not_during_a_mail() -> None:
    def slow(envelope: Envelope) -> str:
        time.sleep(0.3)  # the session's time runs out while the pipeline works
        return ACCEPTED

    with listening(SessionLimits(max_session_seconds=0.2), slow) as port, Client(port) as client:
        client.reply()
        client.command("EHLO client.example")
        assert client.mail(1).startswith("250")
        assert client.command("NOOP").startswith("421 4.4.2")
        assert client.file.read() == b""


def test_the_budget_counts_commands_and_time() -> None:
    budget = SessionBudget(SessionLimits(max_commands_without_progress=2), started=100.0)
    assert budget.refusal(100.0) is None and budget.refusal(101.0) is None
    assert (
        budget.refusal(102.0)
        == "421 4.7.0 Too many commands without a mail, closing the connection"
    )
    budget.progressed()
    assert budget.refusal(3700.0) is None
    assert budget.refusal(3700.1) == "421 4.4.2 Session time limit reached, please reconnect"


def small_open_files_limit() -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (1024, 1024))


@pytest.mark.slow
def test_a_flood_of_idle_clients_neither_exhausts_open_files_nor_floods_the_log(
    tmp_path: Path,
) -> None:
    """1,100 idle clients against a listener that may open 1,024 files (the issue's flood)."""
    port = free_port()
    env = siegel_environment(
        tmp_path / "var",
        SIEGEL_SMTP_BIND=f"127.0.0.1:{port}",
        SIEGEL_GATEWAY_WORKERS="0",
        SIEGEL_SMTP_MAX_SESSIONS="1000",
        SIEGEL_NEXT_HOP=f"sink:{tmp_path / 'outbox'}",
    )
    subprocess.run(
        [sys.executable, "-m", "siegel", "migrate", "-v0"], env=env, check=True, timeout=120
    )
    log = tmp_path / "gateway.log"
    with open(log, "wb") as output:
        listener = subprocess.Popen(
            [sys.executable, "-m", "siegel", "gateway"],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            preexec_fn=small_open_files_limit,
        )
    flood: list[Client] = []
    try:
        assert send_until_accepted(port).startswith("250")
        for _ in range(1100):
            flood.append(Client(port))
        with Client(port) as late:
            during = late.reply()
        assert during.startswith("421 4.3.2"), during
        for client in flood:
            client.close()
        assert send_until_accepted(port).startswith("250")
    finally:
        for client in flood:
            client.close()
        listener.terminate()
        listener.wait(timeout=60)
    text = log.read_text()
    assert "Too many open files" not in text and "Traceback" not in text
    assert "serving at most 724 sessions at once" in text
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 1  # the same mail twice: stored once
