"""Template context: the signed-in user's firm membership, for the portal navigation."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from siegel.partners.selectors import membership_of


def membership(request: HttpRequest) -> dict[str, object]:
    """``partner_membership``: looked up only when a page's navigation asks for it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"partner_membership": SimpleLazyObject(lambda: membership_of(user))}
