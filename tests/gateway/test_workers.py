"""A pipeline worker killed with SIGKILL costs the mails in its hands, not the ones after."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import smtplib
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import Executor, ThreadPoolExecutor
from functools import partial
from pathlib import Path

import pytest

from siegel.gateway.delivery import Envelope
from siegel.gateway.results import Result
from siegel.gateway.smtp import make_controller
from siegel.gateway.workers import make_executor
from tests.conftest import free_port
from tests.support.processes import children_of, siegel_environment, wait_until_ended

ACCEPTED = Result()  # what the pipeline returns for a mail it took (nothing to do)


def pipeline(directory: Path, envelope: Envelope) -> str:
    """The pipeline of these tests: notes its worker; a mail with the subject "slow" waits to be killed."""
    (directory / f"{os.getpid()}.pid").touch()
    if b"Subject: slow" in envelope.content:
        time.sleep(120)
    return ACCEPTED


@contextlib.contextmanager
def gateway(directory: Path, pool: Executor) -> Iterator[int]:
    port = free_port()
    controller = make_controller(
        partial(pipeline, directory), "127.0.0.1", port, data_size_limit=1 << 20, executor=pool
    )
    controller.start()
    try:
        yield port
    finally:
        controller.stop()
        pool.shutdown(wait=False, cancel_futures=True)


def send(port: int, subject: str) -> tuple[int, str]:
    """The reply to DATA: (code, text)."""
    with smtplib.SMTP("127.0.0.1", port, timeout=120) as client:
        client.ehlo()
        client.mail("a@versicherer.example")
        client.rcpt("b@example.org")
        code, text = client.data(f"Subject: {subject}\r\n\r\nHallo\r\n".encode())
    return code, text.decode()


def wait_for_file(directory: Path, pattern: str) -> Path:
    deadline = time.monotonic() + 60
    while not (found := list(directory.glob(pattern))):
        assert time.monotonic() < deadline, f"no {pattern} in {directory}"
        time.sleep(0.05)
    return found[0]


def workers(directory: Path) -> set[int]:
    """The worker processes that ran the pipeline so far."""
    return {int(path.stem) for path in directory.glob("*.pid")}


def wait_until_reaped(pid: int) -> None:
    """Until the pool has seen its worker die (it reaps the process when it does)."""
    deadline = time.monotonic() + 60
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        assert time.monotonic() < deadline, f"worker {pid} never reaped"
        time.sleep(0.05)


def replacements(caplog: pytest.LogCaptureFixture) -> int:
    return sum("pipeline worker process died" in r.getMessage() for r in caplog.records)


@pytest.mark.slow
def test_a_worker_killed_under_a_mail_costs_that_mail_only(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="siegel.gateway")
    with gateway(tmp_path, make_executor(1)) as port, ThreadPoolExecutor(1) as client:
        in_hand = client.submit(send, port, "slow")
        worker = int(wait_for_file(tmp_path, "*.pid").stem)
        os.kill(worker, signal.SIGKILL)
        assert in_hand.result(timeout=120)[0] == 451
        after = [send(port, f"quick {n}") for n in range(3)]
    assert [code for code, _ in after] == [250, 250, 250]
    assert workers(tmp_path) - {worker}, "a new worker took the next mails"
    assert replacements(caplog) == 1


@pytest.mark.slow
def test_a_worker_killed_while_idle_costs_no_mail(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="siegel.gateway")
    with gateway(tmp_path, make_executor(1)) as port:
        assert send(port, "first")[0] == 250
        (worker,) = workers(tmp_path)
        os.kill(worker, signal.SIGKILL)
        wait_until_reaped(worker)  # a mail sent before that is in flight (and may get 451)
        after = [send(port, f"next {n}") for n in range(3)]
    assert [code for code, _ in after] == [250, 250, 250]
    assert replacements(caplog) == 1


def start_listener(env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "siegel", "gateway"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def send_until_accepted(port: int) -> None:
    """One mail through the pipeline, as soon as the listener answers."""
    deadline = time.monotonic() + 120
    while True:
        try:
            with smtplib.SMTP("127.0.0.1", port, timeout=60) as client:
                client.sendmail(
                    "a@versicherer.example", ["b@example.org"], b"Subject: x\r\n\r\nHallo\r\n"
                )
            return
        except (OSError, smtplib.SMTPException):
            assert time.monotonic() < deadline, "the listener never accepted a mail"
            time.sleep(0.3)


@pytest.mark.slow
def test_workers_and_the_resource_tracker_end_with_a_killed_listener(tmp_path: Path) -> None:
    port = free_port()
    env = siegel_environment(
        tmp_path / "var", SIEGEL_SMTP_BIND=f"127.0.0.1:{port}", SIEGEL_GATEWAY_WORKERS="2"
    )
    subprocess.run(
        [sys.executable, "-m", "siegel", "migrate", "-v0"], env=env, check=True, timeout=120
    )
    listener = start_listener(env)
    try:
        send_until_accepted(port)
        helpers = children_of(listener.pid)  # the worker(s) and multiprocessing's resource tracker
        assert len(helpers) >= 2
        listener.kill()
        listener.wait()
        assert not wait_until_ended(helpers), "helpers outlived the listener"
    finally:
        listener.kill()
        listener.wait()
