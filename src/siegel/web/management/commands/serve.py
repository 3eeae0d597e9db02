"""siegel serve — the whole product on one machine: web, SMTP gateway and task worker.

Each part runs as its own child process (as in production, where they scale
apart). Ctrl-C or SIGTERM stops all of them. A part that dies is started again
after a back-off (:class:`Supervisor`); one that keeps dying stops everything
with a non-zero exit, so a half-running product never passes for a working one.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import time
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

PARTS = ("web", "gateway", "worker")
GRACE_SECONDS = 10
POLL_SECONDS = 0.2

log = logging.getLogger("siegel.serve")


@dataclass(frozen=True)
class RestartPolicy:
    """When a part that died is started again, and when to give up.

    A part killed now and then (by an operator, the out-of-memory killer) comes
    back after a delay that doubles with each recent restart. One that keeps
    dying (its port taken, a broken configuration) would only fill the log: after
    ``max_restarts`` restarts within ``window`` seconds serve stops.
    """

    max_restarts: int = 5
    window: float = 300.0
    first_delay: float = 1.0
    max_delay: float = 30.0

    def delay(self, recent_restarts: int) -> float:
        return min(self.first_delay * 2**recent_restarts, self.max_delay)


class GaveUp(Exception):
    """A part died more often than the restart policy allows; ``str()`` says which and how."""


class Supervisor:
    """The child processes of serve, restarted by the policy when they die."""

    def __init__(self, commands: Mapping[str, Sequence[str]], policy: RestartPolicy) -> None:
        self.commands, self.policy = commands, policy
        self.children = {part: subprocess.Popen(command) for part, command in commands.items()}
        self.restarts: dict[str, deque[float]] = {part: deque() for part in commands}
        self.due: dict[str, float] = {}  # part that died -> when it starts again

    def check(self, now: float) -> None:
        """Notice parts that died and start those whose delay is over; raise GaveUp."""
        for part, child in list(self.children.items()):
            if part in self.due:
                if now >= self.due[part]:
                    del self.due[part]
                    self.children[part] = subprocess.Popen(self.commands[part])
                    log.warning("%s started again", part)
            elif child.poll() is not None:
                self._schedule_restart(part, child.returncode, now)

    def _schedule_restart(self, part: str, code: int, now: float) -> None:
        recent = self.restarts[part]
        while recent and recent[0] <= now - self.policy.window:
            recent.popleft()
        if len(recent) >= self.policy.max_restarts:
            raise GaveUp(
                f"{part} exited with code {code} after {len(recent)} restarts "
                f"within {self.policy.window:.0f} s; all stopped"
            )
        delay = self.policy.delay(len(recent))
        recent.append(now)
        self.due[part] = now + delay
        log.error("%s exited with code %s; starting it again in %.0f s", part, code, delay)

    def stop(self) -> None:
        stop_all(self.children)


class Command(BaseCommand):
    help = "Start web app, SMTP gateway and task worker together; Ctrl-C stops them all."

    def handle(self, *args: Any, **options: Any) -> None:
        supervisor = Supervisor(
            {part: [sys.executable, "-m", "siegel", part] for part in PARTS}, RestartPolicy()
        )
        self.stdout.write(
            f"Siegel läuft / is running ({settings.SIEGEL_ENV} mode):\n"
            f"  web      http://{settings.SIEGEL_WEB_BIND}/\n"
            f"  gateway  smtp://{settings.SIEGEL_SMTP_BIND} -> {settings.SIEGEL_NEXT_HOP}\n"
            f"  worker   background tasks (database queue)\n"
            f"  database {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}\n"
            "Press Ctrl-C to stop."
        )
        stopping = False

        def request_stop(signum: int, frame: Any) -> None:
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, request_stop)
        signal.signal(signal.SIGTERM, request_stop)
        try:
            while not stopping:
                supervisor.check(time.monotonic())
                time.sleep(POLL_SECONDS)
        except GaveUp as failure:
            raise CommandError(str(failure)) from None
        finally:
            supervisor.stop()
        self.stdout.write("Siegel stopped.")


def stop_all(children: dict[str, subprocess.Popen[bytes]]) -> None:
    for child in children.values():
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + GRACE_SECONDS
    for child in children.values():
        try:
            child.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
