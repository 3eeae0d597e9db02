"""Crash bench: mails through the gateway while random gateway processes are killed (SIGKILL).

Usage: .venv/bin/python bench/crash.py [--mails 1000] [--clients 4] [--kills 12] [--seed 1]

A fresh embedded installation (SQLite in a temporary directory) runs `siegel gateway`
with its pool of pipeline workers. Its next hop is an SMTP server in this process, on
loopback, that records the Message-ID of every mail it accepts (as Postfix's
reinjection listener would take it). The clients send as a sending MTA does: a mail
that got no 250 (a 4xx, a reset, a timeout) is sent again a little later, the
others go on meanwhile. A killer
sends SIGKILL to a random gateway process, the listener or one of its workers,
``--kills`` times spread over the run; a dead listener is started again here, as
systemd or `siegel serve` would.

Printed: sent (distinct mails), accepted (250), lost (accepted, never at the next
hop), duplicated (at the next hop more than once), never accepted, the kills, and
how many workers of killed listeners outlived them.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import signal
import smtplib
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, deque
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

SENDER = "vertrieb@versicherer.example"
RETRY_SECONDS = 0.5
DEADLINE_SECONDS = 900


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class RecordingHop:
    """The next hop: an aiosmtpd handler that counts the Message-IDs it accepted."""

    def __init__(self) -> None:
        self.received: Counter[str] = Counter()
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        found = re.search(rb"^Message-ID:\s*(\S+)", envelope.content, re.I | re.M)
        with self.lock:
            self.received[found.group(1).decode() if found else "?"] += 1
        return "250 OK"


def message(number: int) -> tuple[str, bytes]:
    message_id = f"<crash-{number}@versicherer.example>"
    return message_id, (
        f"From: {SENDER}\r\nTo: kunde{number}@example.org\r\nMessage-ID: {message_id}\r\n"
        f"Subject: Termin {number}\r\n\r\nUnser Termin am Montag um 10 Uhr.\r\n"
    ).encode()


class Gateway:
    """`siegel gateway`, started again whenever it died."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env, self.log = env, log
        self.starts = 0
        self.process = self._start()
        self.lock = threading.Lock()

    def _start(self) -> subprocess.Popen[bytes]:
        self.starts += 1
        with open(self.log, "ab") as output:
            return subprocess.Popen(
                [sys.executable, "-m", "siegel", "gateway"],
                env=self.env,
                stdout=output,
                stderr=subprocess.STDOUT,
            )

    def keep_running(self, done: threading.Event) -> None:
        while not done.wait(0.2):
            with self.lock:
                if self.process.poll() is not None:
                    self.process = self._start()

    def processes(self) -> dict[int, str]:
        """The listener and its pipeline workers now running, by pid."""
        with self.lock:
            listener = self.process.pid
        found = {listener: "listener"}
        for pid in children(listener):
            try:
                command = Path(f"/proc/{pid}/cmdline").read_bytes()
            except FileNotFoundError:
                continue
            if b"spawn_main" in command:
                found[pid] = "worker"
        return found

    def stop(self) -> None:
        with self.lock:
            self.process.terminate()
            self.process.wait(timeout=60)


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except FileNotFoundError:
            continue
    return found


def send(port: int, number: int) -> bool:
    _, content = message(number)
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=60) as client:
            client.sendmail(SENDER, [f"kunde{number}@example.org"], content)
        return True
    except (OSError, smtplib.SMTPException):
        return False


def client(port: int, numbers: list[int], accepted: set[int], deadline: float) -> None:
    """Each mail until it is accepted, as a sending MTA's queue: a deferred mail waits, the next go on."""
    queue = deque((number, 0.0) for number in numbers)  # (mail, not before)
    while queue and time.monotonic() < deadline:
        number, not_before = queue.popleft()
        if time.monotonic() < not_before:
            queue.append((number, not_before))
            time.sleep(0.01)
        elif send(port, number):
            accepted.add(number)
        else:
            queue.append((number, time.monotonic() + RETRY_SECONDS))


def killer(
    gateway: Gateway,
    kills: int,
    mails: int,
    accepted: set[int],
    rng: random.Random,
    orphans: set[int],
) -> Counter[str]:
    """SIGKILL a random gateway process each time another share of the mails was accepted.

    The workers of a killed listener go to ``orphans``: they must end with it.
    """
    killed: Counter[str] = Counter()
    for round_ in range(1, kills + 1):
        while len(accepted) < round_ * mails // (kills + 1):
            time.sleep(0.01)
        while True:
            candidates = gateway.processes()
            if len(candidates) > 1 or round_ % 2:  # half of the rounds wait for a worker
                break
            time.sleep(0.05)
        pid, kind = rng.choice(sorted(candidates.items()))
        try:
            os.kill(pid, signal.SIGKILL)
            killed[kind] += 1
        except ProcessLookupError:
            continue
        if kind == "listener":
            orphans.update(p for p, k in candidates.items() if k == "worker")
    return killed


def running(pid: int) -> bool:
    """Alive and not a zombie."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mails", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--kills", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="siegel-bench-crash-"))
    hop = RecordingHop()
    hop_port, port = free_port(), free_port()
    next_hop = Controller(hop, hostname="127.0.0.1", port=hop_port)
    next_hop.start()
    env = os.environ | {
        "SIEGEL_DATA_DIR": str(work),
        "SIEGEL_SMTP_BIND": f"127.0.0.1:{port}",
        "SIEGEL_NEXT_HOP": f"smtp://127.0.0.1:{hop_port}",
        "SIEGEL_LOG_LEVEL": "WARNING",
    }
    env.pop("DATABASE_URL", None)
    subprocess.run([sys.executable, "-m", "siegel", "migrate", "-v0"], env=env, check=True)
    gateway = Gateway(env, work / "gateway.log")
    done = threading.Event()
    threading.Thread(target=gateway.keep_running, args=(done,), daemon=True).start()
    accepted: set[int] = set()
    deadline = time.monotonic() + DEADLINE_SECONDS
    shares = [list(range(args.mails))[n :: args.clients] for n in range(args.clients)]
    senders = [
        threading.Thread(target=client, args=(port, share, accepted, deadline)) for share in shares
    ]
    started = time.monotonic()
    for thread in senders:
        thread.start()
    orphans: set[int] = set()
    kills = killer(gateway, args.kills, args.mails, accepted, random.Random(args.seed), orphans)
    for thread in senders:
        thread.join()
    elapsed = time.monotonic() - started
    done.set()
    gateway.stop()
    next_hop.stop()
    at_hop = {message(n)[0]: hop.received[message(n)[0]] for n in range(args.mails)}
    lost = [n for n in accepted if at_hop[message(n)[0]] == 0]
    duplicated = {mid: count for mid, count in at_hop.items() if count > 1}
    replaced = (work / "gateway.log").read_text().count("pipeline worker process died")
    print(
        f"{args.mails} mails, {args.clients} clients, {sum(kills.values())} x SIGKILL "
        f"({kills['listener']} listener, {kills['worker']} worker), {elapsed:.0f} s"
    )
    print(
        f"sent {args.mails}, accepted {len(accepted)}, lost {len(lost)}, "
        f"duplicated {len(duplicated)} ({sum(duplicated.values()) - len(duplicated)} extra copies), "
        f"never accepted {args.mails - len(accepted)}"
    )
    print(
        f"listener started {gateway.starts} times; worker pool replaced {replaced} times; "
        f"{sum(map(running, orphans))} of {len(orphans)} workers of killed listeners still running"
    )
    print(f"log: {work / 'gateway.log'}")


if __name__ == "__main__":
    main()
