"""siegel worker — run background tasks (notifications, retries, retention, CRL refresh)."""

from __future__ import annotations

import logging
import threading
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

from siegel.web.periodic import enqueue_due

log = logging.getLogger("siegel.worker")
SCHEDULER_TICK_SECONDS = 60


def run_scheduler(stop: threading.Event) -> None:
    """Enqueue due periodic tasks once a minute until the worker stops."""
    while not stop.is_set():
        try:
            for name in enqueue_due():
                log.info("periodic task enqueued: %s", name)
        except Exception:  # a database hiccup must not kill the scheduler; next tick retries
            log.exception("periodic scheduling failed")
        finally:
            close_old_connections()
        stop.wait(SCHEDULER_TICK_SECONDS)


class Command(BaseCommand):
    help = "Run the background task worker (database queue) and the periodic-task scheduler."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--queue-name", default="default")
        parser.add_argument(
            "--no-scheduler", action="store_true", help="only run tasks, schedule none"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        stop = threading.Event()
        if not options["no_scheduler"]:
            threading.Thread(
                target=run_scheduler, args=(stop,), name="scheduler", daemon=True
            ).start()
        self.stdout.write("task worker running (database queue)")
        try:
            call_command("db_worker", queue_name=options["queue_name"])
        finally:
            stop.set()
