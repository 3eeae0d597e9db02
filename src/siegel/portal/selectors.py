"""Reading the portal."""

from __future__ import annotations

from siegel.portal.models import PortalAccount


def has_account(address: str) -> bool:
    return PortalAccount.objects.filter(address=address.strip().lower()).exists()
