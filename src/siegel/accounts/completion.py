"""The end of every sign-in, whatever proved the person: password or a firm's single sign-on.

One path, so that no way in differs from another: Django's ``login`` with the
accounts backend (a new session id, so no fixation; the session is the same kind
for every method, with the same idle timeout), the audit event, and then the
second factor where the account has one. An account that must have one and has
none yet is sent on to add it by :func:`siegel.accounts.decorators.account_required`
on the first page it opens.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlencode

from django.contrib.auth import login
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse

from siegel.accounts import selectors, services
from siegel.accounts.models import Account
from siegel.infra.ratelimit import client_address

BACKEND = "siegel.accounts.backends.AccountBackend"


def sign_in(
    request: HttpRequest,
    account: Account,
    *,
    method: str = "password",
    details: Mapping[str, object] | None = None,
) -> None:
    """A new session for ``account`` (no fixation), then the audit event."""
    login(request, account.user, backend=BACKEND)
    services.signed_in(account, client=client_address(request), method=method, details=details)


def complete_sign_in(
    request: HttpRequest,
    account: Account,
    next_url: str,
    *,
    method: str = "password",
    details: Mapping[str, object] | None = None,
) -> HttpResponseRedirect:
    """Sign in and go on: to the second factor when the account has one, else to ``next_url``.

    ``next_url`` must be checked already (:func:`siegel.accounts.navigation.safe_next`).
    """
    sign_in(request, account, method=method, details=details)
    if selectors.has_second_factor(account.user):
        return HttpResponseRedirect(
            reverse("accounts:second_factor") + "?" + urlencode({"next": next_url})
        )
    return HttpResponseRedirect(next_url)
