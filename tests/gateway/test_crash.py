"""Nothing is lost: SIGKILL the gateway in the middle of 1,000 mails; every mail arrives once.

A loopback client sends with retries, as a sending MTA does: a refused or broken
transaction is sent again later. The gateway answers 250 only after the sink has
the mail (fsynced), and the sink takes a retried mail only once (delivery key).
"""

from __future__ import annotations

import os
import signal
import smtplib
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import free_port

MAILS = 1000
KILL_AFTER = 300


def start_gateway(env: dict[str, str]) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "siegel", "gateway"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return process


def send(port: int, number: int) -> bool:
    message = (
        f"From: vertrieb@versicherer.example\r\nTo: kunde{number}@example.org\r\n"
        f"Message-ID: <crash-{number}@versicherer.example>\r\nSubject: Termin {number}\r\n\r\n"
        f"Unser Termin am Montag um 10 Uhr.\r\n"
    ).encode()
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
            client.sendmail("vertrieb@versicherer.example", [f"kunde{number}@example.org"], message)
        return True
    except (OSError, smtplib.SMTPException):
        return False


@pytest.mark.slow
def test_sigkill_in_the_middle_loses_nothing_and_duplicates_nothing(tmp_path: Path) -> None:
    port = free_port()
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("SIEGEL_") and k != "DATABASE_URL"
    }
    env |= {
        "SIEGEL_DATA_DIR": str(tmp_path / "var"),
        "SIEGEL_SMTP_BIND": f"127.0.0.1:{port}",
        "SIEGEL_GATEWAY_WORKERS": "0",
    }
    subprocess.run(
        [sys.executable, "-m", "siegel", "migrate", "-v0"], env=env, check=True, timeout=120
    )
    gateway = start_gateway(env)
    accepted = 0
    killed = threading.Event()

    def killer() -> None:
        """SIGKILL while the client is in the middle of the next transactions."""
        while accepted < KILL_AFTER:
            time.sleep(0.001)
        gateway.send_signal(signal.SIGKILL)
        killed.set()

    threading.Thread(target=killer, daemon=True).start()
    pending = list(range(MAILS))
    deadline = time.monotonic() + 300
    try:
        while pending and time.monotonic() < deadline:
            still = []
            for number in pending:
                if killed.is_set() and gateway.poll() is not None:
                    gateway = start_gateway(env)  # the operator's (or systemd's) restart
                if send(port, number):
                    accepted += 1
                else:
                    still.append(number)
            if still:
                time.sleep(0.5)  # the sending MTA retries later
            pending = still
    finally:
        gateway.send_signal(signal.SIGTERM)
        gateway.wait(timeout=30)
    assert killed.is_set()
    assert not pending, f"{len(pending)} mails never accepted"
    stored = list((tmp_path / "var" / "outbox").glob("*.eml"))
    ids = [
        line
        for path in stored
        for line in path.read_bytes().splitlines()
        if line.startswith(b"Message-ID:")
    ]
    assert len(ids) == MAILS, f"{len(ids)} mails in the sink"
    assert len(set(ids)) == MAILS, "a mail arrived twice"
