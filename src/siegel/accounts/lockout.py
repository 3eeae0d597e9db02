"""The lockout, by django-axes: three failures in a row for an address lock it.

Axes counts failed ``authenticate()`` calls by itself. The other secrets a
person types — one-time password, security answer, second-factor code — are
counted through :func:`count_failure`, so guessing any of them brings the same
lock. The count is keyed by the address alone (not the client address), and
unknown addresses are counted and locked like real ones, so the answers do not
reveal which addresses have accounts.
"""

from __future__ import annotations

from typing import Any

from axes.handlers.proxy import AxesProxyHandler
from axes.signals import user_locked_out
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from siegel.accounts import services
from siegel.infra.ratelimit import client_address


def username(request: HttpRequest, credentials: dict[str, Any] | None = None) -> str:
    """The lockout key (AXES_USERNAME_CALLABLE): the address as typed, in lower case."""
    value = (credentials or {}).get("username")
    if value is None:
        value = request.POST.get("username", "")
    return str(value).strip().lower()[:255]  # axes keeps at most 255 characters


def is_locked(request: HttpRequest, address: str) -> bool:
    return not AxesProxyHandler.is_allowed(request, {"username": address})


def count_failure(request: HttpRequest, address: str, *, step: str) -> bool:
    """Count one failed attempt at ``address`` (audited); True when the address is now locked."""
    services.sign_in_failed(address, client=client_address(request), step=step)
    user_login_failed.send(sender=__name__, credentials={"username": address}, request=request)
    return bool(getattr(request, "axes_locked_out", False))


def locked_out_response(
    request: HttpRequest, credentials: dict[str, Any] | None = None, *args: Any, **kwargs: Any
) -> HttpResponse:
    """The page a locked address gets (AXES_LOCKOUT_CALLABLE), the same for every address."""
    return render(request, "accounts/locked.html", status=429)


@receiver(user_locked_out)
def _locked(sender: Any, request: HttpRequest, username: str, **kwargs: Any) -> None:
    """Axes reports every failure at or over the limit; the lock begins at the limit itself."""
    if getattr(request, "axes_failures_since_start", None) == settings.AXES_FAILURE_LIMIT:
        services.locked_out(username or "", client=client_address(request))
