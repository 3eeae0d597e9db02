"""Reading the portal."""

from __future__ import annotations

from siegel.portal.models import PortalAccount
from siegel.web.prepared import PreparedQuery

# Asked for every recipient of every outbound mail: compiled once (see siegel.web.prepared).
_ACCOUNT = PreparedQuery(
    lambda address: PortalAccount.objects.filter(address=address).values_list("pk")[:1],
    address=str,
)


def has_account(address: str) -> bool:
    return _ACCOUNT.exists(address=address.strip().lower())
