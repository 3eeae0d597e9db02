"""Timing helpers shared by the bench scripts."""

from __future__ import annotations

import time
from collections.abc import Callable


def rate(work: Callable[[], object], seconds: float) -> float:
    """How often ``work`` runs per second, measured for at least ``seconds`` (at least once)."""
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds or done == 0:
        work()
        done += 1
    return done / (time.perf_counter() - start)
