"""Processes of a test: their descendants, whether they still run, a clean environment."""

from __future__ import annotations

import os
import time
from pathlib import Path


def children_of(pid: int) -> set[int]:
    """All descendants of ``pid`` (from /proc)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = (task / "children").read_text().split() if (task / "children").exists() else []
        for child in map(int, children):
            found |= {child} | children_of(child)
    return found


def running(pid: int) -> bool:
    """Alive and not a zombie (an exited child this container's init has not reaped yet)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def wait_until_ended(pids: set[int], timeout: float = 60.0) -> set[int]:
    """Wait for ``pids`` to end; the ones still running after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while (left := {pid for pid in pids if running(pid)}) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


def siegel_environment(data_dir: Path, **settings: str) -> dict[str, str]:
    """This environment without Siegel settings or a database URL, plus ``settings``."""
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("SIEGEL_") and k != "DATABASE_URL"
    }
    return env | {"SIEGEL_DATA_DIR": str(data_dir)} | settings
