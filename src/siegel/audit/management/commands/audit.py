"""siegel audit verify | export | purge | head — the audit log from the command line."""

from __future__ import annotations

import datetime as dt
from argparse import ArgumentParser, ArgumentTypeError
from collections.abc import Iterator
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from siegel.accounts import selectors as accounts
from siegel.audit import selectors, services
from siegel.audit.export import write_events
from siegel.audit.models import AuditEvent


def parse_moment(value: str) -> dt.datetime:
    """A date (``2026-01-31``) or an ISO date-time; naive values are local time."""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ArgumentTypeError(f"not a date or ISO date-time: {value!r}") from None
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def parse_end(value: str) -> dt.datetime:
    """Like :func:`parse_moment`, but a plain date means the end of that day (``--to``)."""
    moment = parse_moment(value)
    if len(value.strip()) == 10:  # a date alone: the whole day counts
        moment += dt.timedelta(days=1)
    return moment


class Command(BaseCommand):
    help = "Audit log: verify the hash chain, export events, purge expired ones."

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        sub.add_parser("verify", help="Verify the hash chain; exit code 1 when it is broken.")
        sub.add_parser("head", help="Print the chain head (seq and hash) for external anchoring.")
        export = sub.add_parser("export", help="Who did what when, as JSON lines or CSV.")
        export.add_argument(
            "--user",
            help="one person: sign-ins, sign-outs, failed sign-ins and every call they made "
            "(an e-mail address, a user id, or user:42)",
        )
        export.add_argument("--actor", help="only events of this actor (e.g. user:42)")
        export.add_argument("--action", help="only actions starting with this prefix")
        export.add_argument(
            "--since", "--from", type=parse_moment, help="from this date/time (inclusive)"
        )
        export.add_argument("--until", type=parse_moment, help="up to this date/time (exclusive)")
        export.add_argument(
            "--to",
            dest="until",
            type=parse_end,
            help="up to this date (inclusive: the whole day) or date/time (exclusive)",
        )
        export.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
        export.add_argument("--output", help="file to write (default: standard output)")
        purge = sub.add_parser("purge", help="Delete events past the retention period.")
        purge.add_argument(
            "--days",
            type=int,
            default=None,
            help="retention in days (default: SIEGEL_AUDIT_RETENTION_DAYS)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        getattr(self, f"_{options['subcommand']}")(options)

    def _verify(self, options: dict[str, Any]) -> None:
        report = selectors.verify()
        if not report.ok:
            raise CommandError(report.reason, returncode=1)
        self.stdout.write(report.reason)

    def _head(self, options: dict[str, Any]) -> None:
        seq, digest = selectors.head()
        self.stdout.write(f"{seq} {digest}")

    def _export(self, options: dict[str, Any]) -> None:
        rows: Iterator[AuditEvent]
        if options["user"]:
            if options["actor"] or options["action"]:
                raise CommandError("--user cannot be combined with --actor or --action")
            actors, address = user_actors(options["user"])
            rows = selectors.user_events(
                actors=actors, address=address, since=options["since"], until=options["until"]
            )
        else:
            rows = selectors.events(
                actor=options["actor"],
                action=options["action"],
                since=options["since"],
                until=options["until"],
            )
        if options["output"]:
            with open(options["output"], "w", encoding="utf-8", newline="") as handle:
                count = write_events(rows, handle, options["format"])
        else:
            self.stdout.ending = ""
            count = write_events(rows, self.stdout, options["format"])
        services.record(
            "cli",
            "audit.export",
            "",
            {
                key: str(options[key])
                for key in ("user", "actor", "action", "since", "until")
                if options[key]
            }
            | {"count": count},
        )
        if options["output"]:
            self.stderr.write(f"{count} events written to {options['output']}")

    def _purge(self, options: dict[str, Any]) -> None:
        days = options["days"] or settings.SIEGEL_AUDIT_RETENTION_DAYS
        if days < 1:
            raise CommandError("--days must be at least 1")
        count = services.purge(timezone.now() - dt.timedelta(days=days))
        self.stdout.write(f"{count} events older than {days} days purged; chain anchored")


def user_actors(user: str) -> tuple[list[str], str]:
    """The names the log knows a person by, and their address (for failed sign-ins).

    ``user`` is an e-mail address, a user id or ``user:<id>``. An address without an
    account still finds its failed sign-ins.
    """
    given = user.strip()
    if "@" in given:
        account = accounts.account_for_address(given)
        if account is None:
            return [], given.lower()
        return [f"user:{account.user_id}", f"portal:{account.address}"], account.address
    number = given.removeprefix("user:")
    if not number.isdigit():
        raise CommandError(f"--user wants an e-mail address or a user id, not {user!r}")
    account = accounts.account_of_user_id(int(number))
    if account is None:
        return [f"user:{number}"], ""
    return [f"user:{number}", f"portal:{account.address}"], account.address
