"""Directory look-ups: requests per second and server-side p95 latency, 100,000 certificates.

Usage: .venv/bin/python bench/directory.py [--certificates N] [--lookups N] [--database-url URL]

Fills a fresh database (SQLite in a temporary directory, or the given empty
PostgreSQL database) with N published certificates, then times the directory
view (parse, throttle, index look-up, audit event, render) through Django's test
client, half for existing and half for unknown addresses, with the answer-time
floor switched off so the server's own work is measured.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for the test PKI


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--certificates", type=int, default=100_000)
    parser.add_argument("--lookups", type=int, default=2000)
    parser.add_argument("--database-url")
    args = parser.parse_args()
    os.environ["SIEGEL_DATA_DIR"] = tempfile.mkdtemp(prefix="siegel-bench-")
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    os.environ["SIEGEL_DIRECTORY_MIN_ANSWER_SECONDS"] = "0"
    os.environ["SIEGEL_ALLOWED_HOSTS"] = "testserver"
    os.environ["SIEGEL_DIRECTORY_LOOKUPS_PER_MINUTE"] = str(10 * args.lookups)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siegel.web.settings")
    import django

    django.setup()
    from cryptography.hazmat.primitives import serialization
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from siegel.keys.models import KeyKind, OwnKey
    from tests.support.pki import issue, make_ca

    call_command("migrate", verbosity=0)
    ca = make_ca()
    sample = issue(ca, "sample@versicherer.example")
    der = sample.cert.public_bytes(serialization.Encoding.DER)
    started = time.perf_counter()
    batch = []
    for n in range(args.certificates):
        batch.append(
            OwnKey(
                kind=KeyKind.SMIME_PERSONAL,
                address=f"person{n}@versicherer.example",
                fingerprint=f"{n:064x}",
                public_data=der,
                subject=f"CN=person{n}",
                issuer="CN=Siegel Test CA",
                serial=f"{n:x}",
                not_before=sample.cert.not_valid_before_utc,
                not_after=sample.cert.not_valid_after_utc,
                sealed_private_key=b"-",
                master_key_id="bench",
            )
        )
        if len(batch) == 5000:
            OwnKey.objects.bulk_create(batch)
            batch = []
    OwnKey.objects.bulk_create(batch)
    print(
        f"database: {connection.vendor}; {args.certificates:,} certificates stored in {time.perf_counter() - started:.1f} s"
    )

    client = Client()
    timings = []
    for n in range(args.lookups):
        address = (
            f"person{(n * 7919) % args.certificates}@versicherer.example"
            if n % 2
            else f"nobody{n}@versicherer.example"
        )
        begin = time.perf_counter()
        response = client.get("/zertifikate/", {"address": address})
        timings.append(time.perf_counter() - begin)
        assert response.status_code == 200, response.status_code
    timings.sort()
    p50, p95 = timings[len(timings) // 2], timings[int(len(timings) * 0.95)]
    print(
        f"lookups: {args.lookups} in {sum(timings):.2f} s = {args.lookups / sum(timings):,.0f}/s (one process)"
    )
    print(
        f"latency: mean {statistics.mean(timings) * 1000:.2f} ms, p50 {p50 * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms (target p95 <= 20 ms)"
    )


if __name__ == "__main__":
    main()
