"""Timing helpers shared by the bench scripts."""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable
from pathlib import Path


def rate(work: Callable[[], object], seconds: float) -> float:
    """How often ``work`` runs per second, measured for at least ``seconds`` (at least once)."""
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds or done == 0:
        work()
        done += 1
    return done / (time.perf_counter() - start)


def free_port() -> int:
    """A loopback port nothing uses now: the kernel's pick, never one in use or in TIME_WAIT.

    A port derived from the process id collided with an ephemeral port of the run's
    own earlier connections (the SMTP gateway then failed to bind).
    """
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def machine_speed() -> str:
    """A fixed pure-Python loop's best time, printed beside every run's figures.

    Runs on machines of the same kind differed by twice in this loop alone; with it
    beside the figures, a slower run is told from a slower Siegel.
    """
    best = min(_loop_seconds() for _ in range(5))
    return f"sum(range(10**6)) best of 5: {best * 1000:.1f} ms"


def _loop_seconds() -> float:
    start = time.perf_counter()
    sum(range(10**6))
    return time.perf_counter() - start


def tree_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process and its live descendants, from /proc (Linux).

    Beside a rate on two shared cores, which moves by a fifth from run to run with the
    load generator and the neighbours, the CPU a server spends per request moves far less:
    it is the figure to compare code by.
    """
    ticks = os.sysconf("SC_CLK_TCK")
    total, pending = 0.0, [pid]
    while pending:
        current = pending.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rpartition(")")[2].split()
            total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(p) for p in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue  # ended meanwhile
    return total
