"""Filters on Siegel's log handlers."""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

Line = tuple[str, int, str, str]  # logger, level, message, exception


@dataclass
class _Seen:
    window_start: float
    passed: int = 0
    held_back: int = 0


class RepeatedLines(logging.Filter):
    """At most ``burst`` identical lines per ``window`` seconds; the rest are counted, not written.

    A fault that repeats in a tight loop (``accept()`` failing for want of open
    files wrote 3.26 million identical tracebacks, 1.45 GB, in five minutes) must
    not fill the disk and bury everything else. Identical means the same logger,
    level, message with its arguments, and exception: mails and clients named in
    a line make it another line. The first identical line after the window says
    how many were held back. At most ``remembered`` different lines are tracked,
    the longest unseen forgotten first.
    """

    def __init__(
        self,
        burst: int = 10,
        window: float = 60.0,
        remembered: int = 1000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.burst, self.window, self.remembered, self.clock = burst, window, remembered, clock
        self._seen: OrderedDict[Line, _Seen] = OrderedDict()
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        line = _line(record)
        now = self.clock()
        with self._lock:
            seen = self._seen.pop(line, None) or _Seen(now)
            self._seen[line] = seen
            if len(self._seen) > self.remembered:
                self._seen.popitem(last=False)
            if now - seen.window_start >= self.window:
                held_back, seen.window_start, seen.passed, seen.held_back = (
                    seen.held_back,
                    now,
                    0,
                    0,
                )
                if held_back:
                    record.msg = (
                        f"{line[2]} [{held_back} more like this held back "
                        f"in the {self.window:.0f} s before]"
                    )
                    record.args = None
            if seen.passed >= self.burst:
                seen.held_back += 1
                return False
            seen.passed += 1
            return True


def _line(record: logging.LogRecord) -> Line:
    try:
        message = record.getMessage()
    except Exception:  # arguments that do not fit: the handler reports that, not the filter
        message = str(record.msg)
    error = record.exc_info[1] if record.exc_info else None
    exception = f"{type(error).__name__}: {error}" if error is not None else ""
    return (record.name, record.levelno, message, exception)
