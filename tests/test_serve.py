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

from siegel.web.management.commands.serve import GaveUp, RestartPolicy, Supervisor
from tests.conftest import free_port
from tests.support.processes import children_of, siegel_environment, wait_until_ended


def wait_for(check, timeout: float = 60.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while True:
        try:
            return check()
        except (OSError, smtplib.SMTPException):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def part_pid(serve: int, part: str) -> int:
    """The process of ``siegel PART`` among serve's children."""
    (pid,) = [
        pid
        for pid in children_of(serve)
        if Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[1:4]
        == [b"-m", b"siegel", part.encode()]
    ]
    return pid


@pytest.mark.slow
def test_serve_runs_everything_restarts_a_killed_part_and_stops_cleanly(tmp_path: Path) -> None:
    web_port, smtp_port = free_port(), free_port()
    env = siegel_environment(
        tmp_path / "var",
        SIEGEL_WEB_BIND=f"127.0.0.1:{web_port}",
        SIEGEL_SMTP_BIND=f"127.0.0.1:{smtp_port}",
        SIEGEL_WEB_WORKERS="1",
    )
    for step in (["migrate", "-v0"], ["demo-keys"]):  # what `make run` does first
        subprocess.run(
            [sys.executable, "-m", "siegel", *step],
            env=env,
            check=True,
            timeout=120,
            capture_output=True,
        )
    serve = subprocess.Popen(
        [sys.executable, "-m", "siegel", "serve"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        page = wait_for(
            lambda: urllib.request.urlopen(f"http://127.0.0.1:{web_port}/", timeout=5).read()
        )
        assert "Sichere E-Mail-Kommunikation" in page.decode()

        def send(text: str) -> None:
            with smtplib.SMTP("127.0.0.1", smtp_port, timeout=10) as client:
                client.sendmail(
                    "demo@versicherer.example",
                    ["b@example.org"],
                    f"Subject: Test\r\n\r\n{text}\r\n".encode(),
                )

        wait_for(lambda: send("Hallo"))
        (sent,) = (tmp_path / "var" / "outbox").glob("*.eml")
        assert b"multipart/signed" in sent.read_bytes(), "the demo key signs outgoing mail"
        assert len(children_of(serve.pid)) >= 3
        os.kill(part_pid(serve.pid, "gateway"), signal.SIGKILL)
        wait_for(lambda: send("Nach dem Neustart"))
        assert len(list((tmp_path / "var" / "outbox").glob("*.eml"))) == 2
        descendants = children_of(serve.pid)
    finally:
        serve.send_signal(signal.SIGINT)
        out, err = serve.communicate(timeout=60)
    assert serve.returncode == 0, err
    assert "http://127.0.0.1:" in out and "Siegel stopped." in out
    assert "gateway exited with code -9; starting it again in 1 s" in err
    assert not wait_until_ended(descendants)


def test_a_part_that_died_once_is_started_again(tmp_path: Path) -> None:
    marker = tmp_path / "died-once"
    supervisor = Supervisor(
        {
            "part": part_command(
                tmp_path / "starts",
                f"if not os.path.exists({str(marker)!r}): "
                f"open({str(marker)!r}, 'w'); sys.exit(1)\ntime.sleep(60)",
            )
        },
        RestartPolicy(max_restarts=1, first_delay=0.01),
    )
    try:
        while (tmp_path / "starts").read_text().count("\n") < 2:
            supervisor.check(time.monotonic())
            time.sleep(0.05)
        for _ in range(10):
            supervisor.check(time.monotonic())
        assert supervisor.children["part"].poll() is None
    finally:
        supervisor.stop()


def test_a_part_that_keeps_dying_stops_serve(tmp_path: Path) -> None:
    supervisor = Supervisor(
        {"part": part_command(tmp_path / "starts", "sys.exit(3)")},
        RestartPolicy(max_restarts=2, window=600, first_delay=0.01),
    )
    try:
        with pytest.raises(GaveUp, match="part exited with code 3 after 2 restarts"):
            while True:
                supervisor.check(time.monotonic())
                time.sleep(0.05)
    finally:
        supervisor.stop()
    assert (tmp_path / "starts").read_text() == "started\n" * 3


def part_command(starts: Path, then: str) -> list[str]:
    """A part that notes each start in ``starts``, then runs ``then``."""
    starts.touch()
    code = f"import os, sys, time\nopen({str(starts)!r}, 'a').write('started\\n')\n{then}"
    return [sys.executable, "-c", code]
