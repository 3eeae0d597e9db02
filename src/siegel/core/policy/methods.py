"""The ways a mail can leave, strongest first."""

from __future__ import annotations

import enum


class DeliveryMethod(enum.StrEnum):
    SMIME = "smime"
    PGP = "pgp"
    DOMAIN_SMIME = "domain-smime"
    PORTAL = "portal"
    TLS_VERIFIED = "tls-verified"
    TLS_OPPORTUNISTIC = "tls-opportunistic"
    PLAIN = "plain"
    REJECT = "reject"

    @property
    def strength(self) -> int:
        """0 is strongest; REJECT sorts last (it is no way out at all)."""
        return ORDER.index(self)

    @property
    def end_to_end(self) -> bool:
        return self in {DeliveryMethod.SMIME, DeliveryMethod.PGP}

    @property
    def encrypted_content(self) -> bool:
        """The content is protected beyond the transport (end to end, gateway or portal)."""
        return self in {
            DeliveryMethod.SMIME,
            DeliveryMethod.PGP,
            DeliveryMethod.DOMAIN_SMIME,
            DeliveryMethod.PORTAL,
        }


ORDER = [
    DeliveryMethod.SMIME,
    DeliveryMethod.PGP,
    DeliveryMethod.DOMAIN_SMIME,
    DeliveryMethod.PORTAL,
    DeliveryMethod.TLS_VERIFIED,
    DeliveryMethod.TLS_OPPORTUNISTIC,
    DeliveryMethod.PLAIN,
    DeliveryMethod.REJECT,
]
TRANSPORT_METHODS = (
    DeliveryMethod.TLS_VERIFIED,
    DeliveryMethod.TLS_OPPORTUNISTIC,
    DeliveryMethod.PLAIN,
)
