"""A fixed-window rate limit on the shared cache, for public, unauthenticated endpoints.

The cache is shared by all web processes (database cache by default, Redis when
configured), so the limit holds for the installation, not per process.
"""

from __future__ import annotations

import time

from django.core.cache import cache
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    """The client's address; behind the proxy gunicorn has already put the real one here."""
    return str(request.META.get("REMOTE_ADDR", "unknown"))


def allow(scope: str, key: str, *, limit: int, window_seconds: int) -> bool:
    """Count one hit for ``key`` in ``scope``; False once ``limit`` hits fall in this window."""
    window = int(time.time() // window_seconds)
    name = f"ratelimit:{scope}:{key}:{window}"
    if cache.add(name, 1, timeout=window_seconds + 1):
        return True
    try:
        return cache.incr(name) <= limit
    except ValueError:  # expired between add and incr
        cache.add(name, 1, timeout=window_seconds + 1)
        return True
