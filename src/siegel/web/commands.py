"""The overview ``siegel --help`` prints: every command with its one-line purpose."""

from __future__ import annotations

import django
from django.core.management import get_commands, load_command_class

SIEGEL_APPS_PREFIX = "siegel."


def print_overview() -> None:
    django.setup()
    ours: list[tuple[str, str]] = []
    django_own: list[tuple[str, str]] = []
    for name, app in sorted(get_commands().items()):
        command = load_command_class(app, name)
        line = (command.help or "").strip().splitlines()[0] if command.help else ""
        (ours if app.startswith(SIEGEL_APPS_PREFIX) else django_own).append((name, line))
    print("Usage: siegel <command> [options]   (siegel <command> --help for details)\n")
    print("Siegel commands:")
    for name, line in ours:
        print(f"  {name:<22} {line}")
    print("\nDjango commands:")
    for name, line in django_own:
        print(f"  {name:<22} {line}")
