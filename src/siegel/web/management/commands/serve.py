"""siegel serve — the whole product on one machine: web, SMTP gateway and task worker.

Each part runs as its own child process (as in production, where they scale
apart). Ctrl-C or SIGTERM stops all of them; if one dies, the others are stopped
too, so a half-running product never passes for a working one.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

PARTS = ("web", "gateway", "worker")
GRACE_SECONDS = 10


class Command(BaseCommand):
    help = "Start web app, SMTP gateway and task worker together; Ctrl-C stops them all."

    def handle(self, *args: Any, **options: Any) -> None:
        children = {
            part: subprocess.Popen([sys.executable, "-m", "siegel", part]) for part in PARTS
        }
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
        failed = None
        while not stopping:
            failed = next((p for p, c in children.items() if c.poll() is not None), None)
            if failed:
                break
            time.sleep(0.2)
        stop_all(children)
        if failed:
            raise CommandError(
                f"{failed} exited with code {children[failed].returncode}; all stopped"
            )
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
