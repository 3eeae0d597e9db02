"""The pool of worker processes that runs the pipeline on all cores."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor


def _initialise() -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siegel.web.settings")
    django.setup()


def make_executor(workers: int) -> Executor:
    """``workers`` processes (0: threads in this process, for tests and tiny installations).

    Workers are spawned, not forked: the listener already runs threads, and a fork
    would copy their locks in whatever state they are.
    """
    if workers <= 0:
        return ThreadPoolExecutor(max_workers=4, thread_name_prefix="pipeline")
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_initialise,
    )
