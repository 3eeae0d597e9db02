"""siegel worker — run background tasks (notifications, retries, retention, CRL refresh)."""

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run the background task worker (database queue) until stopped."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--queue-name", default="default")

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write("task worker running (database queue)")
        call_command("db_worker", queue_name=options["queue_name"])
