"""Repeated log lines are held back after a burst and counted, never written by the million."""

from __future__ import annotations

import logging

from django.conf import settings

from siegel.web.log_filters import RepeatedLines


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def record(message: str, *args: object, error: Exception | None = None) -> logging.LogRecord:
    exc_info = (type(error), error, None) if error else None
    return logging.LogRecord("asyncio", logging.ERROR, __file__, 1, message, args, exc_info)


def test_identical_lines_pass_up_to_the_burst_then_the_count_comes_with_the_next_window() -> None:
    clock = Clock()
    repeats = RepeatedLines(burst=3, window=60, clock=clock)
    failure = OSError(24, "Too many open files")
    passed = [repeats.filter(record("accept() failed", error=failure)) for _ in range(1000)]
    assert passed.count(True) == 3 and passed[:3] == [True] * 3
    clock.now += 60
    summary = record("accept() failed", error=failure)
    assert repeats.filter(summary)
    assert summary.getMessage() == (
        "accept() failed [997 more like this held back in the 60 s before]"
    )


def test_lines_that_differ_in_arguments_or_exception_are_not_held_back() -> None:
    repeats = RepeatedLines(burst=1, clock=Clock())
    assert all(repeats.filter(record("accepted %s", n)) for n in range(100))
    assert repeats.filter(record("failed", error=ValueError("a")))
    assert repeats.filter(record("failed", error=ValueError("b")))
    assert not repeats.filter(record("failed", error=ValueError("b")))


def test_only_so_many_different_lines_are_remembered() -> None:
    repeats = RepeatedLines(burst=1, remembered=10, clock=Clock())
    for n in range(1000):
        repeats.filter(record("line %d", n))
    assert not repeats.filter(record("line %d", 999)), "the latest lines are remembered"
    assert repeats.filter(record("line %d", 0)), "the first one was forgotten"


def test_the_console_handler_holds_repeated_lines_back() -> None:
    assert settings.LOGGING["handlers"]["console"]["filters"] == ["repeated_lines"]
