"""siegel explain MESSAGE.eml — how would Siegel send this mail, and why."""

from __future__ import annotations

import json
from email.utils import getaddresses
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from siegel.core.mime import headers
from siegel.policy.decisions import plan_for


def addresses(message: bytes, *names: str) -> list[str]:
    values = [v for name in names for v in headers.get_all(message, name)]
    return [address for _, address in getaddresses(values) if address]


class Command(BaseCommand):
    help = "Explain per recipient: sensitivity, findings, chosen method and why stronger ones were not taken."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("message", help="the mail as a file (.eml)")
        parser.add_argument(
            "--from", dest="sender", help="envelope sender (default: the From address)"
        )
        parser.add_argument(
            "--to", action="append", default=[], help="recipient (repeatable; default: To and Cc)"
        )
        parser.add_argument("--json", action="store_true", help="machine-readable output")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            message = Path(options["message"]).read_bytes()
        except OSError as exc:
            raise CommandError(f"{options['message']}: {exc.strerror}") from None
        sender = options["sender"] or next(iter(addresses(message, "From")), "")
        recipients = options["to"] or addresses(message, "To", "Cc")
        if not recipients:
            raise CommandError("no recipients: the mail has no To/Cc; name them with --to")
        outcome = plan_for(message, sender=sender, recipients=recipients)
        if options["json"]:
            self.stdout.write(json.dumps(outcome.as_dict(), indent=2, ensure_ascii=False))
        else:
            self.stdout.write(outcome.text())
