"""The decision: for each recipient the strongest method that is both allowed and available.

Fail closed: an unknown sensitivity is treated as strictly confidential, unknown
TLS as none, unknown reactive permission as missing. Every method stronger than
the chosen one carries the reason it was not taken, in words a person reads.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from siegel.core.policy.capabilities import PortalAvailability, RecipientCapabilities
from siegel.core.policy.methods import ORDER, TRANSPORT_METHODS, DeliveryMethod
from siegel.core.policy.rules import Policy
from siegel.core.sensitivity import LineOfBusiness, Sensitivity

PERSONAL_LINE_METHODS = frozenset({DeliveryMethod.SMIME, DeliveryMethod.PGP, DeliveryMethod.PORTAL})


@dataclass(frozen=True)
class RecipientDecision:
    address: str
    method: DeliveryMethod
    pseudonymise: bool
    sensitivity: Sensitivity
    reasons: tuple[str, ...]  # why each stronger method was not taken

    @property
    def reason(self) -> str:
        chosen = self.method.value + (" after pseudonymisation" if self.pseudonymise else "")
        if self.method is DeliveryMethod.REJECT:
            return f"rejected: no allowed method is available ({'; '.join(self.reasons)})"
        return f"{chosen}" + (
            f" (stronger methods: {'; '.join(self.reasons)})" if self.reasons else ""
        )


@dataclass(frozen=True)
class Decision:
    sensitivity: Sensitivity
    line_of_business: LineOfBusiness | None
    policy: str
    recipients: tuple[RecipientDecision, ...]

    def groups(self) -> dict[tuple[DeliveryMethod, bool], list[str]]:
        """Recipients by (method, pseudonymise): one outgoing mail per group."""
        grouped: dict[tuple[DeliveryMethod, bool], list[str]] = defaultdict(list)
        for decision in self.recipients:
            grouped[(decision.method, decision.pseudonymise)].append(decision.address)
        return dict(grouped)


def effective_sensitivity(
    sensitivity: Sensitivity | None, line: LineOfBusiness | None
) -> Sensitivity:
    if sensitivity is None or not isinstance(sensitivity, Sensitivity):
        return Sensitivity.STRICTLY_CONFIDENTIAL
    if line is not None and line.is_personal:
        return Sensitivity.STRICTLY_CONFIDENTIAL
    return sensitivity


def permitted(
    method: DeliveryMethod,
    sensitivity: Sensitivity,
    line: LineOfBusiness | None,
    recipient: RecipientCapabilities,
    policy: Policy,
) -> tuple[bool, str]:
    """Whether the policy allows ``method`` for this mail and recipient, and if not, why."""
    label = sensitivity.name.lower().replace("_", " ")
    if method not in policy.allowed[sensitivity]:
        return False, f"not allowed for {label} mail"
    if (
        method is DeliveryMethod.PORTAL
        and sensitivity is Sensitivity.NORMAL
        and recipient.portal is not PortalAvailability.ACCOUNT
    ):
        return False, "normal mail does not open a portal account"
    if method is DeliveryMethod.PGP and not policy.pgp_allowed:
        return False, "OpenPGP is refused by the policy"
    if sensitivity is Sensitivity.STRICTLY_CONFIDENTIAL and method is DeliveryMethod.TLS_VERIFIED:
        if not policy.tls_with_consent_for_strictly_confidential:
            return False, "TLS is not enough for strictly confidential mail"
        if not recipient.consent_tls:
            return False, "no recorded consent to strictly confidential mail over TLS"
    if (
        policy.personal_lines_end_to_end_or_portal
        and line is not None
        and line.is_personal
        and method not in PERSONAL_LINE_METHODS
    ):
        return False, "personal lines go end to end or through the portal"
    return True, ""


def decide_one(
    sensitivity: Sensitivity,
    line: LineOfBusiness | None,
    recipient: RecipientCapabilities,
    policy: Policy,
) -> RecipientDecision:
    if policy.reactive_permission_required and recipient.reactive_permission is not True:
        why = "no reactive permission: the recipient has not written to us and gave no permission"
        return RecipientDecision(
            recipient.address, DeliveryMethod.REJECT, False, sensitivity, (why,)
        )
    reasons: list[str] = []
    for method in ORDER[:-1]:
        allowed, why_not = permitted(method, sensitivity, line, recipient, policy)
        if allowed:
            available, why_not = recipient.available(method)
            if available:
                return RecipientDecision(
                    recipient.address, method, False, sensitivity, tuple(reasons)
                )
        reasons.append(f"{method.value}: {why_not}")
    if sensitivity is Sensitivity.CONFIDENTIAL and policy.pseudonymise_confidential:
        for method in TRANSPORT_METHODS:
            allowed, _ = permitted(method, Sensitivity.NORMAL, None, recipient, policy)
            if allowed and recipient.available(method)[0]:
                return RecipientDecision(
                    recipient.address, method, True, sensitivity, tuple(reasons)
                )
    return RecipientDecision(
        recipient.address, DeliveryMethod.REJECT, False, sensitivity, tuple(reasons)
    )


def decide(
    sensitivity: Sensitivity | None,
    line_of_business: LineOfBusiness | None,
    recipients: Sequence[RecipientCapabilities],
    policy: Policy,
) -> Decision:
    effective = effective_sensitivity(sensitivity, line_of_business)
    return Decision(
        sensitivity=effective,
        line_of_business=line_of_business,
        policy=policy.name,
        recipients=tuple(decide_one(effective, line_of_business, r, policy) for r in recipients),
    )
