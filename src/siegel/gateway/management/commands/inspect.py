"""siegel inspect MESSAGE.eml — structure, encryption and signatures of a mail."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from siegel.core.smime.inspect import inspect
from siegel.keys import selectors


class Command(BaseCommand):
    help = "Show a mail's layers: signed, encrypted, algorithms, recipients, signers (--decrypt with the key store)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("message")
        parser.add_argument(
            "--decrypt", action="store_true", help="open encrypted layers with the insurer's keys"
        )
        parser.add_argument("--json", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            message = Path(options["message"]).read_bytes()
        except OSError as exc:
            raise CommandError(f"{options['message']}: {exc.strerror}") from None
        keys = (
            [(i.certificate, i.private_key) for i in selectors.decryption_keys()]
            if options["decrypt"]
            else []
        )
        description = inspect(message, keys)
        if options["json"]:
            self.stdout.write(
                json.dumps(description.as_dict(), indent=2, ensure_ascii=False, default=str)
            )
        else:
            self.stdout.write(description.describe())
