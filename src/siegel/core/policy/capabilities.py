"""What one recipient can receive, as far as Siegel knows."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from siegel.core.policy.methods import DeliveryMethod


class PortalAvailability(enum.StrEnum):
    ACCOUNT = "account"  # the recipient has a portal account
    POSSIBLE = "possible"  # an account can be created on first deposit
    NOT_POSSIBLE = "not-possible"


class DomainTls(enum.StrEnum):
    VERIFIED = "verified"  # DANE, MTA-STS or a configured partner domain
    OPPORTUNISTIC = "opportunistic"
    NONE = "none"
    UNKNOWN = "unknown"  # counts as NONE: unknown never allows more


@dataclass(frozen=True)
class RecipientCapabilities:
    address: str
    has_personal_smime: bool = False
    has_pgp_key: bool = False
    has_domain_cert: bool = False
    portal: PortalAvailability = PortalAvailability.POSSIBLE
    tls: DomainTls = DomainTls.UNKNOWN
    consent_tls: bool = False
    reactive_permission: bool | None = None  # None: unknown

    def available(self, method: DeliveryMethod) -> tuple[bool, str]:
        """Whether ``method`` can reach this recipient at all, and if not, why."""
        match method:
            case DeliveryMethod.SMIME:
                return self.has_personal_smime, "no valid personal S/MIME certificate"
            case DeliveryMethod.PGP:
                return self.has_pgp_key, "no valid OpenPGP key"
            case DeliveryMethod.DOMAIN_SMIME:
                return (
                    self.has_domain_cert,
                    "no valid domain certificate for the recipient's domain",
                )
            case DeliveryMethod.PORTAL:
                return (
                    self.portal is not PortalAvailability.NOT_POSSIBLE,
                    "the portal cannot be used for this address",
                )
            case DeliveryMethod.TLS_VERIFIED:
                return self.tls is DomainTls.VERIFIED, "the recipient's domain has no verified TLS"
            case DeliveryMethod.TLS_OPPORTUNISTIC:
                return (
                    self.tls in {DomainTls.VERIFIED, DomainTls.OPPORTUNISTIC},
                    "the recipient's domain offers no TLS",
                )
            case DeliveryMethod.PLAIN:
                return True, ""
        return False, "not a delivery method"
