"""siegel gateway — run the SMTP gateway listener until stopped."""

from __future__ import annotations

import signal
import threading
import time
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from siegel.gateway import pipeline
from siegel.gateway.delivery import SinkNextHop
from siegel.gateway.handover import next_hop_from_setting
from siegel.gateway.sessions import SessionLimits, open_files_for_sessions
from siegel.gateway.smtp import make_controller, server_tls_context
from siegel.gateway.workers import make_executor


def split_bind(bind: str) -> tuple[str, int]:
    host, _, port = bind.rpartition(":")
    return host or "127.0.0.1", int(port)


class Command(BaseCommand):
    help = "Run the SMTP gateway listener (SIEGEL_SMTP_BIND) until stopped."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--bind", default=settings.SIEGEL_SMTP_BIND, help="host:port")

    def handle(self, *args: Any, **options: Any) -> None:
        self.remove_unfinished_sink_files(started=time.time())
        host, port = split_bind(options["bind"])
        tls = None
        if settings.SIEGEL_SMTP_TLS_CERT:
            tls = server_tls_context(settings.SIEGEL_SMTP_TLS_CERT, settings.SIEGEL_SMTP_TLS_KEY)
        limits = open_files_for_sessions(
            SessionLimits(
                max_sessions=settings.SIEGEL_SMTP_MAX_SESSIONS,
                max_commands_without_progress=settings.SIEGEL_SMTP_MAX_COMMANDS_WITHOUT_PROGRESS,
                max_session_seconds=settings.SIEGEL_SMTP_MAX_SESSION_SECONDS,
            )
        )
        executor = make_executor(settings.SIEGEL_GATEWAY_WORKERS)
        controller = make_controller(
            pipeline.process,
            host,
            port,
            data_size_limit=settings.SIEGEL_SMTP_MAX_MESSAGE_BYTES,
            max_recipients=settings.SIEGEL_SMTP_MAX_RECIPIENTS,
            answer_within=settings.SIEGEL_SMTP_ANSWER_WITHIN,
            executor=executor,
            tls_context=tls,
            limits=limits,
        )
        stop = threading.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: stop.set())
        controller.start()
        self.stdout.write(
            f"SMTP gateway listening on {host}:{port}, next hop {settings.SIEGEL_NEXT_HOP}"
        )
        stop.wait()
        controller.stop()
        executor.shutdown(wait=True)
        self.stdout.write("SMTP gateway stopped")

    def remove_unfinished_sink_files(self, started: float) -> None:
        """Temporary files a killed gateway left in a sink are removed before mail comes in."""
        for setting in {settings.SIEGEL_NEXT_HOP, settings.SIEGEL_TLS_NEXT_HOP} - {""}:
            hop = next_hop_from_setting(setting)
            if isinstance(hop, SinkNextHop) and (removed := hop.remove_unfinished(started)):
                self.stdout.write(
                    f"Removed {removed} unfinished temporary files from the sink {hop.directory}"
                )
