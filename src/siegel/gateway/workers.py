"""The pool of worker processes that runs the pipeline on all cores.

A worker can die under a mail: killed by an operator or the out-of-memory killer,
or a crash in C code. A plain ``ProcessPoolExecutor`` then refuses all later work
for good, while the listener stays up and answers 451 to every mail. The
:class:`WorkerPool` replaces itself instead: the mails in flight fail with
``BrokenProcessPool`` (the listener answers 451, the sender retries), the next
ones run in a fresh pool.

Workers also watch their parent (:func:`_exit_with_parent`): when the listener
dies, even by SIGKILL, they exit at once instead of living on as orphans.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import Any, TypeVar

log = logging.getLogger("siegel.gateway")

T = TypeVar("T")


def _initialise() -> None:
    import django

    _exit_with_parent()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siegel.web.settings")
    django.setup()


def _exit_with_parent() -> None:
    """End this worker the moment the process that started it is gone.

    A thread waits on the pipe multiprocessing keeps from the parent, which reaches
    its end when the parent dies. At once matters: the listener's clients lost
    their connections with it and send their mails again, so every mail a worker
    still hands over after that arrives twice (with a next hop that cannot tell).
    Linux's parent-death signal (``prctl(PR_SET_PDEATHSIG)``) would not do: it
    follows the *thread* that spawned the worker, which is whichever thread
    submitted work, and would fire when that thread ends although the listener lives on.
    """
    parent = multiprocessing.parent_process()
    assert parent is not None, "only for worker processes"

    def watch() -> None:
        parent.join()
        os._exit(1)  # nobody is left to take this worker's results

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


class WorkerPool(Executor):
    """A process pool that replaces itself when one of its processes died.

    Workers are spawned, not forked: the listener already runs threads, and a fork
    would copy their locks in whatever state they are.
    """

    def __init__(self, workers: int) -> None:
        self._workers = workers
        self._lock = threading.Lock()
        self._closed = False
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self._workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_initialise,
        )

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        with self._lock:
            pool = self._pool
        try:
            future = pool.submit(fn, *args, **kwargs)
        except BrokenProcessPool:  # a worker died while the pool was idle
            pool = self._replace(pool)
            future = pool.submit(fn, *args, **kwargs)
        future.add_done_callback(partial(self._replace_if_broken, pool))
        return future

    def _replace_if_broken(self, pool: ProcessPoolExecutor, done: Future[Any]) -> None:
        if not done.cancelled() and isinstance(done.exception(), BrokenProcessPool):
            self._replace(pool)

    def _replace(self, broken: ProcessPoolExecutor) -> ProcessPoolExecutor:
        """The pool to use instead of ``broken``; replaced once, however many mails noticed."""
        with self._lock:
            if self._pool is broken and not self._closed:
                self._pool = self._start()
                log.error(
                    "a pipeline worker process died (killed or crashed): the mails in hand "
                    "fail with 451 and are retried by their senders; new workers started"
                )
            current = self._pool
        broken.shutdown(wait=False)
        return current

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._lock:
            self._closed = True
            pool = self._pool
        pool.shutdown(wait=wait, cancel_futures=cancel_futures)


def make_executor(workers: int) -> Executor:
    """``workers`` processes (0: threads in this process, for tests and tiny installations)."""
    if workers <= 0:
        return ThreadPoolExecutor(max_workers=4, thread_name_prefix="pipeline")
    return WorkerPool(workers)
