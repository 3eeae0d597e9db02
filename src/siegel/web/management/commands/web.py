"""siegel web — serve the web application with gunicorn (a production WSGI server)."""

from __future__ import annotations

import os
import sys
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Serve the web application with gunicorn on SIEGEL_WEB_BIND."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--bind", default=settings.SIEGEL_WEB_BIND, help="host:port")
        parser.add_argument("--workers", type=int, default=settings.SIEGEL_WEB_WORKERS)

    def handle(self, *args: Any, **options: Any) -> None:
        argv = [
            sys.executable,
            "-m",
            "gunicorn",
            "siegel.web.wsgi:application",
            "--bind",
            options["bind"],
            "--workers",
            str(options["workers"]),
            "--access-logfile",
            "-",
            "--graceful-timeout",
            "5",
            "--forwarded-allow-ips",
            os.environ.get("SIEGEL_FORWARDED_ALLOW_IPS", "127.0.0.1"),
        ]
        sys.stdout.flush()
        os.execv(sys.executable, argv)  # noqa: S606 - replaces this process with gunicorn
