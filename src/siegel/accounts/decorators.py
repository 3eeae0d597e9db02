"""``account_required``: the gate of every signed-in portal page."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseRedirect
from django.urls import reverse

from siegel.accounts.selectors import account_of_user, has_second_factor

View = Callable[..., HttpResponseBase]

# Further reasons to insist on a second factor for a user (a broker firm makes it
# mandatory for its users): registered by the apps that know them, so accounts
# imports none of them.
_SECOND_FACTOR_RULES: list[Callable[[Any], bool]] = []


def require_second_factor_when(rule: Callable[[Any], bool]) -> None:
    """Add ``rule(user) -> bool``: True makes the second factor mandatory for that user."""
    if rule not in _SECOND_FACTOR_RULES:
        _SECOND_FACTOR_RULES.append(rule)


def second_factor_required(user: Any) -> bool:
    """Whether ``user`` must have a second factor: installation-wide, or by a registered rule."""
    return settings.SIEGEL_PORTAL_REQUIRE_SECOND_FACTOR or any(
        rule(user) for rule in _SECOND_FACTOR_RULES
    )


def account_required(view: View) -> View:
    """Let only a signed-in, active account through, its second factor done where it applies.

    The second factor applies when the account has one, or when the installation
    enforces it (``SIEGEL_PORTAL_REQUIRE_SECOND_FACTOR``) or a registered rule does
    for this user (:func:`require_second_factor_when`); an account that must
    have one and has none yet is sent to the security page to add it. Everyone
    else goes to the sign-in page with the current path as ``next``. Sets
    ``request.account``.
    """

    @wraps(view)
    def gate(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        redirect = _redirect_for(request, enrolment=getattr(view, "second_factor_enrolment", False))
        if redirect is not None:
            return redirect
        return view(request, *args, **kwargs)

    return gate


def enrolment_allowed(view: View) -> View:
    """Mark the page where a second factor is added: reachable before one exists."""
    view.second_factor_enrolment = True  # type: ignore[attr-defined]
    return view


def _redirect_for(request: HttpRequest, *, enrolment: bool) -> HttpResponse | None:
    user = request.user
    account = account_of_user(user, active=True)
    if account is None:
        return _to(reverse("accounts:login"), request)
    request.account = account  # type: ignore[attr-defined]
    if user.is_verified():  # type: ignore[union-attr]
        return None
    if has_second_factor(user):
        return _to(reverse("accounts:second_factor"), request)
    if not enrolment and second_factor_required(user):
        return HttpResponseRedirect(reverse("accounts:security"))
    return None


def _to(url: str, request: HttpRequest) -> HttpResponse:
    return HttpResponseRedirect(f"{url}?{urlencode({'next': request.get_full_path()})}")
