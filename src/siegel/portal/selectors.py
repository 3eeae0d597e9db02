"""Reading the portal."""

from __future__ import annotations

from collections.abc import Sequence

from siegel.infra.prepared import PreparedQuery
from siegel.portal.models import PortalAccount


def accounts(addresses: Sequence[str]) -> set[str]:
    """Which of ``addresses`` (lower case) have a portal account: one query for a mail's recipients."""
    return set(_ACCOUNTS.column(addresses=list(addresses)))


# Asked for the recipients of every outbound mail: compiled once per number of recipients.
_ACCOUNTS = PreparedQuery(
    lambda addresses: PortalAccount.objects.filter(address__in=addresses).values_list("address"),
    addresses=list,
)
