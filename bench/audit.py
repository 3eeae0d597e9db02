"""Audit log: appends per second (one process) and verification speed.

Usage: .venv/bin/python bench/audit.py [--events N] [--database-url URL]
Runs on a fresh SQLite file in a temporary directory unless a URL is given
(the database is migrated; use an empty one).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--database-url")
    args = parser.parse_args()
    workdir = tempfile.mkdtemp(prefix="siegel-bench-")
    os.environ["SIEGEL_DATA_DIR"] = workdir
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siegel.web.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from siegel.audit import selectors, services

    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    for n in range(args.events):
        services.record("bench", "bench.append", f"item:{n}", {"n": n})
    append_seconds = time.perf_counter() - start
    start = time.perf_counter()
    report = selectors.verify()
    verify_seconds = time.perf_counter() - start
    if not report.ok:
        sys.exit(report.reason)
    print(f"database: {connection.vendor}")
    print(
        f"append: {args.events} events in {append_seconds:.2f} s = {args.events / append_seconds:,.0f} events/s"
    )
    print(
        f"verify: {report.checked} events in {verify_seconds:.2f} s = {report.checked / verify_seconds:,.0f} events/s"
    )


if __name__ == "__main__":
    main()
