"""Where a person goes after signing in: ``next`` when it is safe, else the inbox."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.http import url_has_allowed_host_and_scheme

INBOX = "/postfach/eingang/"


def safe_next(request: HttpRequest, default: str = INBOX) -> str:
    """The ``next`` parameter if it points into this site (no other host, no scheme tricks)."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if (
        candidate
        and url_has_allowed_host_and_scheme(
            candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
        and candidate.startswith("/")
    ):
        return candidate
    return default
