"""Broker API: list and get with 100,000 shipments across 1,000 firms, 50 clients.

Usage: .venv/bin/python bench/api.py [--shipments 100000] [--firms 1000] [--clients 50]
       [--seconds 20] [--think 1.0] [--document-kb 1024]
       [--database-url postgres://postgres@127.0.0.1:5432/siegel_apibench]

Sets up a fresh installation (SQLite in a temporary directory, or the database
given), fills it, starts `siegel web` (gunicorn) and lets ``--clients`` loopback
clients, each with an API token of its own firm, ask in turn for a page of their
firm's shipments (``listShipments``, walking the pages with the cursor as polling
software does), for their shipment with its 1 MB document in base64
(``getShipment?content=true``) and for the same document as a stream
(``getDocument``): requests/s, p50 and p95 per kind, errors, the targets beside.
Two loads, as in ``bench/portal.py``: as fast as the answers come, and paced
(a request every 0.5–1.5 × ``--think`` s per client).

The fill takes a shortcut, because depositing 100,000 shipments through
``deposit_shipment`` (seal, fsync, audit, notification per shipment) would take
longer than the measurement: only the ``--clients`` tested firms are created
through the services (``create_firm``, ``issue_token``), and each gets one real
shipment through ``deposit_shipment`` with a real sealed 1 MB document — that
is the one ``get`` and ``download`` read and decrypt. The other firms and the
remaining shipments (every firm gets ``--shipments / --firms``, the tested firms
included) are bulk-created rows with the same columns and indexes a deposit
writes, spread over the last 80 days, each with one document row; their sealed
content is not written (a fresh store name and a dummy wrapped key), so they are
only ever listed, never opened. List and get therefore query tables of the full
size, and every opened document is real sealed content.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from measure import free_port, machine_speed  # noqa: E402

TARGETS = {"list": 0.050, "get": 0.050}
KINDS = ("list", "get", "download")
BASE = "/api/v1/shipments"


@dataclass(frozen=True)
class Tested:
    """One client's firm: its token and its shipment with the real document."""

    token: str
    shipment: int


def fill(firms: int, shipments: int, clients: int, document_kb: int) -> list[Tested]:
    """Migrate and fill the database (see the module docstring); the tested firms."""
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone

    from siegel.partners import services, tokens
    from siegel.partners.models import Category, Firm, Shipment, ShipmentDocument

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    rng = random.Random(15)
    document = b"%PDF-1.4\n" + rng.randbytes(document_kb * 1024 - 9)
    tested: list[Tested] = []
    tested_firms: list[Firm] = []
    for number in range(clients):
        created = services.create_firm(
            name=f"Makler {number} GmbH",
            registration_number=f"D-BENCH-{number:05d}",
            admin_address=f"admin{number}@makler-{number}.example",
            admin_name="Anna Admin",
            actor="bench",
        )
        secret = tokens.issue_token(created.administrator, name="bench").secret
        deposited = services.deposit_shipment(
            created.firm,
            services.ShipmentMetadata(
                category=Category.CONTRACT,
                customer_name="Erika Mustermann",
                policy_number=f"KV-{number:06d}",
                document_date=dt.date(2026, 3, 1),
                subject="Nachtrag zum Vertrag",
            ),
            [services.DocumentInput("nachtrag.pdf", "application/pdf", document)],
            key=f"bench-{number}",
        )
        tested.append(Tested(secret, deposited.shipment.pk))
        tested_firms.append(created.firm)
    real = time.perf_counter() - started
    others = Firm.objects.bulk_create(
        Firm(name=f"Makler {number} KG", registration_number=f"D-BULK-{number:05d}")
        for number in range(clients, firms)
    )
    every_firm = tested_firms + others
    per_firm = max(1, shipments // firms)
    now = timezone.now()
    categories = list(Category.values)
    dummy_key = os.urandom(92)
    rows = 0
    with transaction.atomic():
        for index, firm in enumerate(every_firm):
            count = per_firm - 1 if index < clients else per_firm
            batch = [
                Shipment(
                    firm=firm,
                    category=rng.choice(categories),
                    customer_name=f"Kunde {rng.randrange(100_000)}",
                    policy_number=f"V-{rng.randrange(10**8):08d}",
                    document_date=dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(300)),
                    subject="Beitragsrechnung",
                    idempotency_key=uuid.uuid4().hex,
                    content_digest="0" * 64,
                    store=uuid.uuid4().hex,
                    wrapped_key=dummy_key,
                    deposited_at=(moment := now - dt.timedelta(seconds=rng.randrange(80 * 86400))),
                    expires_at=moment + dt.timedelta(days=90),
                )
                for _ in range(count)
            ]
            Shipment.objects.bulk_create(batch, batch_size=500)
            ShipmentDocument.objects.bulk_create(
                (
                    ShipmentDocument(
                        shipment=shipment,
                        number=1,
                        name="rechnung.pdf",
                        content_type="application/pdf",
                        size=200_000,
                    )
                    for shipment in batch
                ),
                batch_size=500,
            )
            rows += count
    total = Shipment.objects.count()
    print(
        f"fill: {firms} firms, {total} shipments ({clients} deposited through the services with a "
        f"{document_kb} KB document in {real:.0f} s, {rows} bulk rows) in "
        f"{time.perf_counter() - started:.0f} s"
    )
    if connection.vendor == "postgresql":  # what autovacuum does soon after a bulk load
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return tested


class Client:
    """One broker program: its token, over one kept-alive connection."""

    def __init__(self, port: int, tested: Tested) -> None:
        self.port = port
        self.tested = tested
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cursor = ""

    def request(self, path: str) -> tuple[int, bytes]:
        self.connection.request(
            "GET", path, headers={"Authorization": f"Bearer {self.tested.token}"}
        )
        response = self.connection.getresponse()
        return response.status, response.read()

    def path(self, kind: str) -> str:
        if kind == "list":
            return f"{BASE}/?limit=50&cursor={self.cursor}"
        if kind == "get":
            return f"{BASE}/{self.tested.shipment}?content=true"
        return f"{BASE}/{self.tested.shipment}/documents/1"

    def check(self, kind: str, status: int, body: bytes, document_bytes: int) -> bool:
        """Whether the answer is the right one (not only a 200)."""
        if status != 200:
            return False
        if kind == "list":
            page = json.loads(body)
            self.cursor = page["next_cursor"] or ""
            return len(page["items"]) > 0
        if kind == "get":
            return len(json.loads(body)["documents"][0]["content"]) >= document_bytes * 4 // 3
        return len(body) == document_bytes


def server_times(log: Path, start: int) -> dict[str, list[float]]:
    """Seconds each request spent in a gunicorn worker (access log ``%(D)s``), by kind."""
    times: dict[str, list[float]] = defaultdict(list)
    with log.open("rb") as lines:
        lines.seek(start)
        for line in lines:
            if not line.startswith(b"GET /api/"):
                continue
            *_, micro = line.split()
            if b"/documents/" in line:
                kind = "download"
            elif b"content=true" in line:
                kind = "get"
            else:
                kind = "list"
            times[kind].append(int(micro) / 1e6)
    return times


def percentile(found: list[float], share: float) -> float:
    return sorted(found)[min(len(found) - 1, int(len(found) * share))]


def load(
    port: int,
    tested: list[Tested],
    seconds: float,
    think: float,
    document_bytes: int,
    log: Path,
) -> None:
    """Each client asks for a list page, its shipment, its document, again and again.

    ``think``: seconds a client waits between two requests; 0 asks as fast as the
    answers come (the saturation point: latency is then clients / rate).
    """
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    lock = threading.Lock()

    def client(number: int) -> None:
        me = Client(port, tested[number])
        rng = random.Random(number)
        if think:  # programs do not all poll at the same instant
            time.sleep(rng.uniform(0, think))
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            for kind in KINDS:
                started = time.perf_counter()
                try:
                    status, body = me.request(me.path(kind))
                    good = me.check(kind, status, body, document_bytes)
                except (OSError, http.client.HTTPException, ValueError, KeyError):
                    good = False
                    me.connection.close()
                elapsed = time.perf_counter() - started
                with lock:
                    latencies[kind].append(elapsed)
                    if not good:
                        errors[kind] += 1
                if think:
                    time.sleep(rng.uniform(0.5, 1.5) * think)

    logged = log.stat().st_size
    started = time.perf_counter()
    with ThreadPoolExecutor(len(tested)) as pool:
        list(pool.map(client, range(len(tested))))
    total = time.perf_counter() - started
    time.sleep(0.5)  # the last access-log lines
    in_worker = server_times(log, logged)
    for kind in KINDS:
        found = sorted(latencies[kind])
        if not found:
            print(f"{kind:8s}: no answer")
            continue
        p95 = percentile(found, 0.95)
        served = in_worker.get(kind) or [0.0]
        target = ""
        if kind in TARGETS:
            met = p95 <= TARGETS[kind] and not errors[kind]
            target = f" (target p95 <= {TARGETS[kind] * 1000:.0f} ms, no errors: {'met' if met else 'NOT MET'})"
        print(
            f"{kind:8s}: {len(found) / total:6.1f} requests/s, "
            f"p50 {found[len(found) // 2] * 1000:5.0f} ms, p95 {p95 * 1000:5.0f} ms, "
            f"errors {errors[kind]}{target}; in the worker p50 "
            f"{percentile(served, 0.5) * 1000:.0f} ms, p95 {percentile(served, 0.95) * 1000:.0f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shipments", type=int, default=100_000)
    parser.add_argument("--firms", type=int, default=1_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--document-kb", type=int, default=1024)
    parser.add_argument("--database-url", default="")
    parser.add_argument(
        "--think", type=float, default=1.0, help="seconds between a client's requests (besides 0)"
    )
    args = parser.parse_args()
    if args.clients > args.firms:
        parser.error("every client needs a firm of its own: --clients <= --firms")
    work = tempfile.mkdtemp(prefix="siegel-bench-api-")
    web_port = free_port()
    env = {
        "SIEGEL_DATA_DIR": work,
        "SIEGEL_WEB_BIND": f"127.0.0.1:{web_port}",
        "SIEGEL_LOG_LEVEL": "WARNING",
        "SIEGEL_WEB_WORKERS": str((os.cpu_count() or 2) * 2),
        # request, status, microseconds in the worker: the service time beside the latency
        "GUNICORN_CMD_ARGS": "--access-logformat '%(r)s %(s)s %(D)s'",
    }
    if args.database_url:
        env["DATABASE_URL"] = args.database_url
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siegel.web.settings")
    import django

    django.setup()
    tested = fill(args.firms, args.shipments, args.clients, args.document_kb)
    log = Path(work, "web.log")  # gunicorn's access log: one line per request
    with log.open("wb") as output:
        web = subprocess.Popen(
            [sys.executable, "-m", "siegel", "web"],
            env=os.environ | env,
            stdout=output,
            stderr=output,
        )
        try:
            for _ in range(100):
                try:
                    http.client.HTTPConnection("127.0.0.1", web_port, timeout=2).request("GET", "/")
                    break
                except OSError:
                    time.sleep(0.2)
            print(f"machine speed: {machine_speed()}")
            print(
                f"machine: {os.cpu_count()} cores; database: "
                f"{'PostgreSQL' if args.database_url else 'SQLite'}; {args.clients} clients, each "
                f"with its own firm's token, for {args.seconds:.0f} s; "
                f"{env['SIEGEL_WEB_WORKERS']} gunicorn workers"
            )
            for think in (0.0, args.think):
                print(
                    f"-- {'as fast as answered' if not think else f'a request every ~{think:.1f} s per client'}"
                )
                load(web_port, tested, args.seconds, think, args.document_kb * 1024, log)
        finally:
            web.terminate()
            web.wait()
    print(f"server log: {log}")


if __name__ == "__main__":
    main()
