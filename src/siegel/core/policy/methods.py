"""The ways a mail can leave, strongest first.

The order is the order of protection (SPEC section 2): end to end to the person,
end to end to the person's OpenPGP key, gateway to gateway, the portal (Siegel
keeps the content and the recipient fetches it over HTTPS), then transport only:
verified TLS, opportunistic TLS, nothing. ``REJECT`` is not a way out: the mail
goes back to the sender with the reason.
"""

from __future__ import annotations

import enum


class DeliveryMethod(enum.StrEnum):
    """Declared strongest first, so iterating the enum walks the default order."""

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
        """0 is strongest; ``REJECT`` sorts last."""
        return ORDER.index(self)


ORDER: tuple[DeliveryMethod, ...] = tuple(DeliveryMethod)
"""Every method, strongest first, ``REJECT`` last."""

DELIVERY_METHODS: tuple[DeliveryMethod, ...] = ORDER[:-1]
"""The methods a policy may allow: everything except ``REJECT``."""

TRANSPORT_METHODS: tuple[DeliveryMethod, ...] = (
    DeliveryMethod.TLS_VERIFIED,
    DeliveryMethod.TLS_OPPORTUNISTIC,
    DeliveryMethod.PLAIN,
)
"""Methods that protect at most the way, not the content: the only ones for pseudonymised mail."""
