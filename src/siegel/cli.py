"""The ``siegel`` command: Django's management commands under Siegel's settings."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siegel.web.settings")
    args = list(sys.argv if argv is None else argv)
    args[0] = "siegel"
    from django.core.management import execute_from_command_line

    if len(args) == 1 or (args[1] in {"-h", "--help", "help"} and len(args) == 2):
        from siegel.web.commands import print_overview

        print_overview()
        return
    execute_from_command_line(args)
