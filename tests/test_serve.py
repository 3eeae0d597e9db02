"""`siegel serve` starts web, gateway and worker, and Ctrl-C stops every process."""

from __future__ import annotations

import os
import signal
import smtplib
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import free_port
from tests.support.processes import children_of, running


def wait_for(check, timeout: float = 60.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while True:
        try:
            return check()
        except (OSError, smtplib.SMTPException):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


@pytest.mark.slow
def test_serve_runs_everything_and_stops_cleanly(tmp_path: Path) -> None:
    web_port, smtp_port = free_port(), free_port()
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("SIEGEL_") and k != "DATABASE_URL"
    }
    env |= {
        "SIEGEL_DATA_DIR": str(tmp_path / "var"),
        "SIEGEL_WEB_BIND": f"127.0.0.1:{web_port}",
        "SIEGEL_SMTP_BIND": f"127.0.0.1:{smtp_port}",
        "SIEGEL_WEB_WORKERS": "1",
    }
    for step in (["migrate", "-v0"], ["demo-keys"]):  # what `make run` does first
        subprocess.run(
            [sys.executable, "-m", "siegel", *step],
            env=env,
            check=True,
            timeout=120,
            capture_output=True,
        )
    serve = subprocess.Popen(
        [sys.executable, "-m", "siegel", "serve"], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        page = wait_for(
            lambda: urllib.request.urlopen(f"http://127.0.0.1:{web_port}/", timeout=5).read()
        )
        assert "Sichere E-Mail-Kommunikation" in page.decode()

        def send() -> None:
            with smtplib.SMTP("127.0.0.1", smtp_port, timeout=10) as client:
                client.sendmail(
                    "demo@versicherer.example", ["b@example.org"], b"Subject: Test\r\n\r\nHallo\r\n"
                )

        wait_for(send)
        (sent,) = (tmp_path / "var" / "outbox").glob("*.eml")
        assert b"multipart/signed" in sent.read_bytes(), "the demo key signs outgoing mail"
        descendants = children_of(serve.pid)
        assert len(descendants) >= 3
    finally:
        serve.send_signal(signal.SIGINT)
        out, _ = serve.communicate(timeout=60)
    assert serve.returncode == 0
    assert "http://127.0.0.1:" in out and "Siegel stopped." in out
    time.sleep(0.5)
    assert not [pid for pid in descendants if running(pid)]
