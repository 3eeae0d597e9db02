"""Template context: what the signed-in user's firm role shows in the portal navigation."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from siegel.partners.models import PORTFOLIO_ROLES, Role
from siegel.partners.selectors import active_role


@dataclass(frozen=True)
class Navigation:
    """Which firm pages the navigation offers: broker post, the firm's administration."""

    shipments: bool = False
    firm: bool = False


def membership(request: HttpRequest) -> dict[str, object]:
    """``partner_nav``: looked up only when a page's navigation asks for it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"partner_nav": SimpleLazyObject(lambda: _navigation(active_role(user)))}


def _navigation(role: str | None) -> Navigation:
    return Navigation(shipments=role in PORTFOLIO_ROLES, firm=role == Role.FIRM_ADMIN)
