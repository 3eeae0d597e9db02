"""Verify an incoming S/MIME signature and keep the signer's certificate: one way for all.

Inbound mail for employees and mail to the collect address are checked the same
way; only a valid signature from a trusted chain stores the certificate for
encryption (:func:`siegel.keys.services.harvest` records the others, refused).
"""

from __future__ import annotations

from siegel.core.smime import VerifyResult, VerifyStatus, verify
from siegel.keys import selectors as key_selectors
from siegel.keys import services as key_services
from siegel.keys.models import KeySource


def verify_and_harvest(
    message: bytes,
    *,
    sender: str,
    address: str | None = None,
    source: str = KeySource.HARVESTED,
    actor: str = "system:gateway",
) -> VerifyResult:
    """The verifier's result; the signer's certificate harvested under ``address`` (or its own).

    Raises what :func:`siegel.core.smime.verify` raises (``NotSigned``, other
    ``SmimeError``): the caller says what that means for its mail.
    """
    verified = verify(message, trust_anchors=key_selectors.trust_anchors(), sender=sender or None)
    if verified.signer_certificate is not None:
        valid = verified.status is VerifyStatus.VALID
        key_services.harvest(
            verified.signer_certificate,
            address=address or verified.signer_address or sender,
            capabilities=verified.capabilities if valid else (),
            trusted=valid,
            status_reason=verified.reason,
            source=source,
            actor=actor,
        )
    return verified
