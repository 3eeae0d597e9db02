"""Reading the recipient facts the decision uses: once per mail, for all its recipients."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from siegel.core.policy import DomainTls, PortalAvailability
from siegel.core.policy.facts import KeyKind, RecipientFacts
from siegel.infra.prepared import PreparedQuery
from siegel.policy.models import Consent, ConsentScope, PartnerDomain, ReactivePermission


def recipient_facts(
    addresses: Sequence[str], *, at: dt.datetime | None = None
) -> list[RecipientFacts]:
    """What Siegel knows about each recipient, in recipient order: one query per kind of fact.

    Keys (from the key store), portal accounts, partner-domain TLS, consents and
    reactive permissions are each read once for all recipients of the mail; the
    decision's capabilities and the key a route uses both come from the result.
    """
    from siegel.accounts.selectors import disabled_addresses
    from siegel.keys.selectors import recipient_keys
    from siegel.portal.selectors import accounts

    moment = at or timezone.now()
    lowered = [a.strip().lower() for a in addresses]
    wanted = sorted(set(lowered))
    if not wanted:
        return []
    keys = recipient_keys(wanted, at=moment)
    with_account = accounts(wanted)
    disabled = disabled_addresses(wanted)
    consented = set(
        _CONSENTS.column(addresses=wanted, scope=ConsentScope.TLS_STRICTLY_CONFIDENTIAL, at=moment)
    )
    permitted = set(_REACTIVE_PERMISSIONS.column(addresses=wanted))
    tls = dict(_PARTNER_TLS.tuples(domains=sorted({_domain(a) for a in wanted})))
    return [
        RecipientFacts(
            address=address,
            # An installation can switch OpenPGP off entirely (besides the policy's pgp_allowed).
            keys=tuple(
                k
                for k in keys[address].usable
                if settings.SIEGEL_PGP_ENABLED or k.kind is not KeyKind.PGP
            ),
            rejected_keys=keys[address].rejected,
            portal=_portal(address, with_account, disabled),
            tls=DomainTls(tls[_domain(address)]) if _domain(address) in tls else DomainTls.UNKNOWN,
            consent_tls=address in consented,
            reactive_permission=address in permitted,
        )
        for address in lowered
    ]


def _portal(address: str, with_account: set[str], disabled: set[str]) -> PortalAvailability:
    """A disabled portal account takes no deposits: the policy's next way, or a report."""
    if address in disabled:
        return PortalAvailability.NOT_POSSIBLE
    return PortalAvailability.ACCOUNT if address in with_account else PortalAvailability.POSSIBLE


def _domain(address: str) -> str:
    return address.rpartition("@")[2]


# Asked for the recipients of every mail: compiled once per number of values (siegel.infra.prepared).
_CONSENTS = PreparedQuery(
    lambda addresses, scope, at: Consent.objects.filter(
        Q(valid_until__isnull=True) | Q(valid_until__gt=at),
        address__in=addresses,
        scope=scope,
        revoked_at__isnull=True,
        valid_from__lte=at,
    ).values_list("address"),
    addresses=list,
    scope=str,
    at=dt.datetime,
)
_REACTIVE_PERMISSIONS = PreparedQuery(
    lambda addresses: ReactivePermission.objects.filter(
        address__in=addresses, opted_out_at__isnull=True
    ).values_list("address"),
    addresses=list,
)
_PARTNER_TLS = PreparedQuery(
    lambda domains: PartnerDomain.objects.filter(domain__in=domains).values_list("domain", "tls"),
    domains=list,
)
