"""Reading the recipient facts the decision uses."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from siegel.core.policy import DomainTls, PortalAvailability, RecipientCapabilities
from siegel.policy.models import Consent, ConsentScope, PartnerDomain, ReactivePermission, TlsLevel
from siegel.web.prepared import PreparedQuery


def has_consent(
    address: str,
    scope: str = ConsentScope.TLS_STRICTLY_CONFIDENTIAL,
    *,
    at: dt.datetime | None = None,
) -> bool:
    return _CONSENT.exists(address=address.strip().lower(), scope=scope, at=at or timezone.now())


def reactive_permission(address: str) -> bool:
    """True when the address wrote to us (or staff allowed it) and has not opted out."""
    return _REACTIVE_PERMISSION.exists(address=address.strip().lower())


def configured_tls(domain: str) -> str | None:
    """The configured TLS level of a partner domain, or None when it is not configured."""
    row = _PARTNER_TLS.first(domain=domain.strip().lower())
    return str(row[0]) if row else None


# Asked for every recipient of every mail: compiled once (see siegel.web.prepared).
_CONSENT = PreparedQuery(
    lambda address, scope, at: Consent.objects.filter(
        Q(valid_until__isnull=True) | Q(valid_until__gt=at),
        address=address,
        scope=scope,
        revoked_at__isnull=True,
        valid_from__lte=at,
    ).values_list("pk")[:1],
    address=str,
    scope=str,
    at=dt.datetime,
)
_REACTIVE_PERMISSION = PreparedQuery(
    lambda address: ReactivePermission.objects.filter(
        address=address, opted_out_at__isnull=True
    ).values_list("pk")[:1],
    address=str,
)
_PARTNER_TLS = PreparedQuery(
    lambda domain: PartnerDomain.objects.filter(domain=domain).values_list("tls")[:1],
    domain=str,
)


def is_verified_tls_domain(domain: str) -> bool:
    return configured_tls(domain) == TlsLevel.VERIFIED


def recipient_capabilities(address: str) -> RecipientCapabilities:
    """What Siegel knows about one recipient, for the method decision."""
    from siegel.keys.models import KeyKind
    from siegel.keys.selectors import usable_kinds
    from siegel.portal.selectors import has_account

    kinds = usable_kinds(address)
    tls = configured_tls(address.rpartition("@")[2])
    return RecipientCapabilities(
        address=address.strip().lower(),
        has_personal_smime=KeyKind.SMIME_PERSONAL in kinds,
        # An installation can switch OpenPGP off entirely (besides the policy's pgp_allowed).
        has_pgp_key=settings.SIEGEL_PGP_ENABLED and KeyKind.PGP in kinds,
        has_domain_cert=KeyKind.SMIME_DOMAIN in kinds,
        portal=PortalAvailability.ACCOUNT if has_account(address) else PortalAvailability.POSSIBLE,
        tls=DomainTls(tls) if tls else DomainTls.UNKNOWN,
        consent_tls=has_consent(address),
        reactive_permission=reactive_permission(address),
    )
