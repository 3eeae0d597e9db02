"""Timing helpers shared by the bench scripts."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable


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
