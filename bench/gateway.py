"""Gateway throughput: 50 KB mails that need S/MIME sign+encrypt, over loopback SMTP.

Usage: .venv/bin/python bench/gateway.py [--mails 400] [--clients 8]

Sets up a fresh embedded installation (SQLite in a temporary directory) with a
sender key and a partner certificate, starts `siegel gateway` (pipeline on both
cores) with the sink as next hop, and sends mails from parallel loopback
clients: mails/s and p50/p99 latency, then the same at half that rate.
Each client keeps its SMTP connection for the next mail, as Postfix does towards a
content filter when mail queues up (smtp_connection_cache_on_demand); the full load
is also measured with a new connection per mail. Beside it, the crypto alone
(sign+encrypt of the same mail) on both cores.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import smtplib
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from measure import free_port, machine_speed, tree_cpu_seconds  # noqa: E402

SENDER, RECIPIENT = "leistung@versicherer.example", "makler@partner.example"
BODY = (
    "Sehr geehrte Damen und Herren, anbei der Arztbericht zum Leistungsfall.\r\n" * 700
).encode()


def mail(number: int) -> bytes:
    return (
        f"From: leistung@versicherer.example\r\nTo: makler@partner.example\r\n"
        f"Message-ID: <bench-{number}-{time.time_ns()}@versicherer.example>\r\nSubject: Leistungsfall {number}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    ).encode() + BODY


def setup(env: dict[str, str]) -> None:
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siegel.web.settings")
    import django

    django.setup()
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
    from django.core.management import call_command

    from siegel.keys import services
    from tests.support.pki import issue, make_ca

    call_command("migrate", verbosity=0)
    ca = make_ca()
    services.import_ca_bundle(ca.cert_pem, actor="bench")
    sender = issue(ca, "leistung@versicherer.example", key_kind="rsa3072", crl_url=None)
    p12 = pkcs12.serialize_key_and_certificates(
        b"s", sender.key, sender.cert, None, BestAvailableEncryption(b"pw")
    )
    services.import_p12(p12, b"pw", actor="bench")
    partner = issue(ca, "makler@partner.example", key_kind="rsa3072", crl_url=None)
    services.harvest(
        partner.cert,
        address="makler@partner.example",
        capabilities=[],
        trusted=True,
        status_reason="bench",
    )


def connect(port: int) -> smtplib.SMTP:
    """A client connection without Nagle's algorithm.

    smtplib writes a mail in one call; its last TCP segment would otherwise wait for
    the receiver's delayed ACK (40 ms) on a connection that is past its first
    segments — a pause of the load generator, not of the gateway.
    """
    client = smtplib.SMTP("127.0.0.1", port, timeout=60)
    assert client.sock is not None
    client.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return client


def send(port: int, number: int, client: smtplib.SMTP | None = None) -> float:
    """One mail; over ``client`` when given, else over a connection of its own."""
    started = time.perf_counter()
    if client is None:
        with connect(port) as own:
            own.sendmail(SENDER, [RECIPIENT], mail(number))
    else:
        client.sendmail(SENDER, [RECIPIENT], mail(number))
    return time.perf_counter() - started


def load(
    port: int, mails: int, clients: int, *, pace: float | None = None, reuse: bool = True
) -> tuple[float, list[float]]:
    """``mails`` mails from ``clients`` threads; mails/s and the sorted latencies.

    With ``pace`` (mails/s) mail number n is not sent before n / pace seconds: the
    load is that rate, not as much as the gateway takes.
    """
    connections = threading.local()
    opened: list[smtplib.SMTP] = []

    def one(number: int) -> float:
        client = getattr(connections, "client", None)
        if reuse and client is None:
            client = connections.client = connect(port)
            opened.append(client)
        if pace:
            time.sleep(max(0.0, started + number / pace - time.perf_counter()))
        return send(port, number, client)

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        latencies = list(pool.map(one, range(mails)))
    rate = mails / (time.perf_counter() - started)
    for client in opened:
        client.quit()
    return rate, sorted(latencies)


def crypto_only(seconds: float) -> float:
    """sign+encrypt of the same 50 KB entity, one process per core."""
    with multiprocessing.get_context("spawn").Pool(os.cpu_count() or 2) as pool:
        counts = pool.map(_crypto_worker, [seconds] * (os.cpu_count() or 2))
    return sum(counts) / seconds


def _crypto_worker(seconds: float) -> int:
    sys.path.insert(0, str(ROOT))
    from siegel.core.smime import Signer, encrypt, sign
    from tests.support.pki import issue, make_ca

    ca = make_ca()
    a, b = (
        issue(ca, "a@x.example", key_kind="rsa3072"),
        issue(ca, "b@x.example", key_kind="rsa3072"),
    )
    entity = b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + BODY
    done, deadline = 0, time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        encrypt(sign(entity, Signer(a.cert, a.key)), [b.cert])
        done += 1
    return done


def peak_for_large_mail(size: int) -> None:
    """In this (fresh) process: one mail of ``size`` bytes through the pipeline, peak RSS."""
    import resource

    work = tempfile.mkdtemp(prefix="siegel-bench-gw-peak-")
    setup({"SIEGEL_DATA_DIR": work, "SIEGEL_LOG_LEVEL": "WARNING"})
    from django.conf import settings

    from siegel.gateway import pipeline
    from siegel.gateway.delivery import Envelope

    settings.SIEGEL_NEXT_HOP = f"sink:{Path(work) / 'outbox'}"
    pipeline.process(Envelope("leistung@versicherer.example", ("makler@partner.example",), mail(0)))
    base = int(Path("/proc/self/statm").read_text().split()[1]) * resource.getpagesize()
    big = mail(1).partition(b"\r\n\r\n")[0] + b"\r\n\r\n" + BODY * (size // len(BODY))
    pipeline.process(Envelope("leistung@versicherer.example", ("makler@partner.example",), big))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    (stored,) = [p for p in Path(work, "outbox").glob("*.eml") if p.stat().st_size > size]
    print(
        f"{len(big) / 2**20:.0f} MB mail through the pipeline (S/MIME sign+encrypt, sink): "
        f"peak RSS {(peak - base) / 2**20:.0f} MB above the {base / 2**20:.0f} MB resident before it "
        f"= {(peak - base) / len(big):.1f}x the mail (target <= 10x); stored {stored.stat().st_size / 2**20:.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mails", type=int, default=400)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--peak-only", type=int, metavar="BYTES", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.peak_only:
        peak_for_large_mail(args.peak_only)
        return
    work = tempfile.mkdtemp(prefix="siegel-bench-gw-")
    port = free_port()
    env = {
        "SIEGEL_DATA_DIR": work,
        "SIEGEL_SMTP_BIND": f"127.0.0.1:{port}",
        "SIEGEL_LOG_LEVEL": "WARNING",
    }
    setup(env)
    gateway = subprocess.Popen([sys.executable, "-m", "siegel", "gateway"], env=os.environ | env)
    try:
        for _ in range(100):
            try:
                send(port, -1)
                break
            except OSError:
                time.sleep(0.2)
        load(port, 100, args.clients)  # warm up the worker processes (caches, prepared queries)
        fresh_rate, fresh_latencies = load(port, args.mails, args.clients, reuse=False)
        cpu_before = tree_cpu_seconds(gateway.pid)
        full_rate, latencies = load(port, args.mails, args.clients)
        cpu_per_mail = (tree_cpu_seconds(gateway.pid) - cpu_before) / args.mails
        half_rate, half_latencies = load(port, args.mails // 2, args.clients, pace=full_rate / 2)
    finally:
        gateway.terminate()
        gateway.wait(timeout=30)
    crypto = crypto_only(5.0)
    from django.conf import settings

    stored = len(list(Path(work, "outbox").glob("*.eml")))

    def pct(values: list[float], q: float) -> float:
        return values[min(len(values) - 1, int(len(values) * q))] * 1000

    print(f"machine speed: {machine_speed()}")
    print(
        f"machine: {os.cpu_count()} cores, {settings.SIEGEL_GATEWAY_WORKERS} pipeline workers; mail 50 KB, "
        f"S/MIME sign (RSA-3072) + encrypt (RSA-3072); {stored} mails in the sink"
    )
    print(
        f"full load ({args.clients} clients): {full_rate:.1f} mails/s, p50 {pct(latencies, 0.5):.0f} ms, p99 {pct(latencies, 0.99):.0f} ms; "
        f"gateway CPU {cpu_per_mail * 1000:.2f} ms per mail (all its processes)"
    )
    print(
        f"full load, a new connection per mail: {fresh_rate:.1f} mails/s, p50 {pct(fresh_latencies, 0.5):.0f} ms, p99 {pct(fresh_latencies, 0.99):.0f} ms"
    )
    print(
        f"half load: {half_rate:.1f} mails/s, p50 {pct(half_latencies, 0.5):.0f} ms, p99 {pct(half_latencies, 0.99):.0f} ms"
    )
    print(
        f"crypto only on all cores: {crypto:.1f} mails/s -> gateway reaches {100 * full_rate / crypto:.0f} % of it"
    )
    subprocess.run([sys.executable, __file__, "--peak-only", str(25 * 2**20)], check=True)


if __name__ == "__main__":
    main()
