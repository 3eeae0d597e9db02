"""Everything Siegel knows about one recipient when a mail leaves: keys, TLS, consent, portal.

One object per recipient, loaded once per mail. The capabilities the decision
reads and the key that protects the chosen route both come from it, so the
decider and the key that is used cannot disagree (they once did: the decision
said "domain certificate" while a second look-up picked the OpenPGP key).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from siegel.core.policy.capabilities import DomainTls, PortalAvailability, RecipientCapabilities
from siegel.core.policy.methods import DeliveryMethod


class KeyKind(enum.StrEnum):
    """The kinds of recipient key, by the method they serve (values as stored by the key store)."""

    SMIME_PERSONAL = "smime-personal"
    PGP = "pgp"
    SMIME_DOMAIN = "smime-domain"


KEY_KIND_OF: dict[DeliveryMethod, KeyKind] = {
    DeliveryMethod.SMIME: KeyKind.SMIME_PERSONAL,
    DeliveryMethod.PGP: KeyKind.PGP,
    DeliveryMethod.DOMAIN_SMIME: KeyKind.SMIME_DOMAIN,
}
"""The methods that encrypt to a key, and the kind of key each needs."""


@dataclass(frozen=True)
class RecipientKey:
    """A key that is usable for the recipient now (valid, trusted, not revoked).

    ``public_data`` is a DER certificate (S/MIME) or an OpenPGP public key;
    ``capabilities`` are the S/MIME ciphers the recipient advertised.
    """

    kind: KeyKind
    fingerprint: str
    public_data: bytes
    capabilities: frozenset[str] = frozenset()

    def __repr__(self) -> str:
        return f"<RecipientKey {self.kind.value} {self.fingerprint[:16]}>"


@dataclass(frozen=True)
class RecipientFacts:
    """What the decision may rely on for one recipient, and the keys it may choose from.

    ``keys`` holds only usable keys, best first within each kind; ``rejected_keys``
    says why the others were not usable, for explanations. A kind of key that the
    installation switched off (OpenPGP) is simply not among ``keys``.
    """

    address: str
    keys: tuple[RecipientKey, ...] = ()
    rejected_keys: tuple[str, ...] = ()
    portal: PortalAvailability = PortalAvailability.POSSIBLE
    tls: DomainTls = DomainTls.UNKNOWN
    consent_tls: bool = False
    reactive_permission: bool | None = None

    def key(self, kind: KeyKind) -> RecipientKey | None:
        """The best usable key of ``kind``, or None."""
        return next((k for k in self.keys if k.kind is kind), None)

    def key_for(self, method: DeliveryMethod) -> RecipientKey | None:
        """The key ``method`` encrypts to; None for methods without a key or when there is none."""
        kind = KEY_KIND_OF.get(method)
        return self.key(kind) if kind else None

    @property
    def capabilities(self) -> RecipientCapabilities:
        return RecipientCapabilities(
            address=self.address,
            has_personal_smime=self.key(KeyKind.SMIME_PERSONAL) is not None,
            has_pgp_key=self.key(KeyKind.PGP) is not None,
            has_domain_cert=self.key(KeyKind.SMIME_DOMAIN) is not None,
            portal=self.portal,
            tls=self.tls,
            consent_tls=self.consent_tls,
            reactive_permission=self.reactive_permission,
        )
