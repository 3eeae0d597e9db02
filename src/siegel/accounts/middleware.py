"""Automatic sign-out after ``SIEGEL_SESSION_IDLE_SECONDS`` without a request.

Enforced on the server: the time of the last request is kept in the session
and compared on every request, so a stolen or forgotten cookie stops working
after the idle time whatever the browser does. The session row outlives the
idle time a little (``SESSION_COOKIE_AGE``), so the next request can still say
why the person was signed out.

The time is written only when it has moved by :data:`ACTIVITY_STEP` seconds: saving
the session on every request cost a database write (and on SQLite a sync to disk)
per page, for a clock that only has to be right to the half minute.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from siegel.accounts import selectors, services
from siegel.infra.ratelimit import client_address

LAST_ACTIVITY = "siegel.accounts.last_activity"
ACTIVITY_STEP = 30.0  # seconds; the idle limit holds to within this


def _now() -> float:
    """The clock of the idle timeout (a seam, so tests can move it)."""
    return time.time()


class IdleTimeoutMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            now = _now()
            last = request.session.get(LAST_ACTIVITY)
            if last is not None and now - float(last) > settings.SIEGEL_SESSION_IDLE_SECONDS:
                self._sign_out(request)
            elif last is None or now - float(last) >= min(
                ACTIVITY_STEP, settings.SIEGEL_SESSION_IDLE_SECONDS / 10
            ):
                request.session[LAST_ACTIVITY] = now
        return self.get_response(request)

    def _sign_out(self, request: HttpRequest) -> None:
        account = selectors.account_of_user(request.user)
        logout(request)
        services.signed_out(account, client=client_address(request), reason="idle")
        minutes = max(1, settings.SIEGEL_SESSION_IDLE_SECONDS // 60)
        messages.info(
            request,
            _(
                "Sie wurden nach %(minutes)d Minuten ohne Aktivität automatisch abgemeldet. "
                "Bitte melden Sie sich erneut an."
            )
            % {"minutes": minutes},
        )
