"""siegel demo-keys — demo CA, domain and employee certificates for the embedded mode."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from siegel.keys.demo import ensure_demo_keys


class Command(BaseCommand):
    help = "Create demo keys (embedded mode only) when no own key exists yet."

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            created = ensure_demo_keys()
        except ImproperlyConfigured as exc:
            raise CommandError(str(exc)) from None
        for line in created or ["demo keys already present"]:
            self.stdout.write(line)
