"""What one recipient can receive, as far as Siegel knows.

Unknown never allows more: a capability is only used when it is known to be
there (``True``, a known enum value). Anything else — ``None``, a wrong type, an
``UNKNOWN`` TLS status — counts as absent, so a gap in the facts can only push
the decision towards a stronger method or a rejection, never towards a weaker one.
"""

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
    UNKNOWN = "unknown"  # counts as NONE: unknown never allows TLS


@dataclass(frozen=True)
class RecipientCapabilities:
    address: str
    has_personal_smime: bool = False
    has_pgp_key: bool = False
    has_domain_cert: bool = False
    portal: PortalAvailability = PortalAvailability.POSSIBLE
    tls: DomainTls = DomainTls.UNKNOWN
    consent_tls: bool = False  # recorded consent to strictly confidential mail over TLS
    reactive_permission: bool | None = None  # None: unknown

    @property
    def known_tls(self) -> DomainTls:
        """The TLS status the decision may rely on: anything not known is ``NONE``."""
        if isinstance(self.tls, DomainTls) and self.tls is not DomainTls.UNKNOWN:
            return self.tls
        return DomainTls.NONE

    @property
    def has_consent(self) -> bool:
        return self.consent_tls is True

    @property
    def portal_account(self) -> bool:
        return self.portal is PortalAvailability.ACCOUNT

    def why_unavailable(self, method: DeliveryMethod) -> str | None:
        """``None`` when ``method`` can reach this recipient; otherwise the reason it cannot."""
        if method is DeliveryMethod.SMIME:
            return (
                None if self.has_personal_smime is True else "no valid personal S/MIME certificate"
            )
        if method is DeliveryMethod.PGP:
            return None if self.has_pgp_key is True else "no valid OpenPGP key"
        if method is DeliveryMethod.DOMAIN_SMIME:
            if self.has_domain_cert is True:
                return None
            return "no valid domain certificate for the recipient's domain"
        if method is DeliveryMethod.PORTAL:
            if (
                self.portal is PortalAvailability.ACCOUNT
                or self.portal is PortalAvailability.POSSIBLE
            ):
                return None
            return "the portal cannot be used for this address"
        if method is DeliveryMethod.TLS_VERIFIED:
            if self.known_tls is DomainTls.VERIFIED:
                return None
            return "the recipient's domain has no verified TLS"
        if method is DeliveryMethod.TLS_OPPORTUNISTIC:
            if self.known_tls in {DomainTls.VERIFIED, DomainTls.OPPORTUNISTIC}:
                return None
            return "the recipient's domain is not known to offer TLS"
        if method is DeliveryMethod.PLAIN:
            if self.known_tls is DomainTls.NONE:
                return None
            return "the recipient's domain offers TLS, so the mail does not go without it"
        return "not a way to deliver mail"
