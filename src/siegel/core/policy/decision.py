"""The decision: for each recipient the strongest method that is both allowed and available.

Fail closed. Whatever is unknown or broken is read in the stricter direction: an
unknown sensitivity is strictly confidential, an unrecognised line of business is
a personal line, an unusable policy is replaced by :data:`FAIL_CLOSED`, and an
unknown capability is absent (see :mod:`~siegel.core.policy.capabilities`). The
floor of SPEC section 2 is checked here once more, so even a policy object that
was tampered with after validation cannot send sensitive mail plain.

Every method stronger than the chosen one carries the reason it was not taken, in
words a person reads; ``siegel explain`` and the audit log print them verbatim.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from siegel.core.policy.capabilities import RecipientCapabilities
from siegel.core.policy.methods import DELIVERY_METHODS, TRANSPORT_METHODS, DeliveryMethod
from siegel.core.policy.rules import FAIL_CLOSED, FLOOR_FORBIDDEN, Policy
from siegel.core.sensitivity import LineOfBusiness, Sensitivity


def _label(sensitivity: Sensitivity) -> str:
    return sensitivity.name.lower().replace("_", " ")


@dataclass(frozen=True)
class RecipientDecision:
    """How the mail leaves for one recipient.

    ``pseudonymise`` means: replace the personal data first, then send with
    ``method`` (always a transport method then). ``reasons`` holds, strongest
    first, why each stronger method was not taken ("smime: no valid personal
    S/MIME certificate"), or for ``REJECT`` why nothing was allowed.
    """

    address: str
    method: DeliveryMethod
    pseudonymise: bool
    sensitivity: Sensitivity
    reasons: tuple[str, ...]

    @property
    def reason(self) -> str:
        """One line for people: the method and why nothing stronger was possible."""
        if self.method is DeliveryMethod.REJECT:
            return "rejected: " + "; ".join(self.reasons)
        chosen = f"{self.method.value} for {_label(self.sensitivity)} mail"
        if self.pseudonymise:
            chosen += " after pseudonymisation"
        if not self.reasons:
            return f"{chosen} (the strongest method)"
        return f"{chosen} (stronger methods not taken: {'; '.join(self.reasons)})"


@dataclass(frozen=True)
class Decision:
    """The decision for one mail: the effective sensitivity and one entry per recipient.

    ``notes`` say which inputs were unknown or broken and therefore read strictly,
    so an explanation never hides that the decision was a fail-closed one.
    """

    sensitivity: Sensitivity
    line_of_business: LineOfBusiness | None
    policy: str
    recipients: tuple[RecipientDecision, ...]
    notes: tuple[str, ...] = ()

    def groups(self) -> dict[tuple[DeliveryMethod, bool], list[str]]:
        """Recipients by (method, pseudonymise), in recipient order: one outgoing mail per group."""
        grouped: dict[tuple[DeliveryMethod, bool], list[str]] = defaultdict(list)
        for recipient in self.recipients:
            grouped[(recipient.method, recipient.pseudonymise)].append(recipient.address)
        return dict(grouped)

    @property
    def rejected(self) -> tuple[RecipientDecision, ...]:
        """The recipients who do not get the mail; the sender is told why."""
        return tuple(r for r in self.recipients if r.method is DeliveryMethod.REJECT)


def why_not_permitted(
    method: DeliveryMethod,
    sensitivity: Sensitivity,
    personal_line: bool,
    recipient: RecipientCapabilities,
    policy: Policy,
) -> str | None:
    """``None`` when the policy allows ``method`` for this mail and recipient; else why not."""
    if method in FLOOR_FORBIDDEN[sensitivity]:
        return f"never allowed for {_label(sensitivity)} mail"
    if method not in policy.allowed(sensitivity, personal_line=personal_line):
        if method is DeliveryMethod.PGP and not policy.pgp_allowed:
            return "OpenPGP is refused by the policy"
        if personal_line and method in policy.strictly_confidential:
            return "not allowed for mail of the personal lines"
        return f"not allowed for {_label(sensitivity)} mail"
    if (
        method is DeliveryMethod.TLS_VERIFIED
        and sensitivity is Sensitivity.STRICTLY_CONFIDENTIAL
        and not recipient.has_consent
    ):
        return "no recorded consent to strictly confidential mail over TLS"
    if (
        method is DeliveryMethod.PORTAL
        and sensitivity is Sensitivity.NORMAL
        and not recipient.portal_account
    ):
        return "normal mail does not open a portal account"
    return None


def _without_reactive_permission(recipient: RecipientCapabilities) -> str:
    if recipient.reactive_permission is False:
        return (
            "no reactive permission: the recipient has not written to us and no permission "
            "is recorded"
        )
    return "no reactive permission: it is not known whether the recipient wrote to us"


def decide_one(
    sensitivity: Sensitivity,
    personal_line: bool,
    recipient: RecipientCapabilities,
    policy: Policy,
) -> RecipientDecision:
    """The strongest allowed and available method for one recipient, with the reasons."""

    def decided(
        method: DeliveryMethod, reasons: list[str], pseudonymise: bool = False
    ) -> RecipientDecision:
        return RecipientDecision(
            recipient.address, method, pseudonymise, sensitivity, tuple(reasons)
        )

    if policy.reactive_permission_required and recipient.reactive_permission is not True:
        return decided(DeliveryMethod.REJECT, [_without_reactive_permission(recipient)])
    reasons: list[str] = []
    for method in DELIVERY_METHODS:
        why = why_not_permitted(
            method, sensitivity, personal_line, recipient, policy
        ) or recipient.why_unavailable(method)
        if why is None:
            return decided(method, reasons)
        reasons.append(f"{method.value}: {why}")
    if sensitivity is Sensitivity.CONFIDENTIAL and not personal_line and policy.pseudonymised:
        for method in TRANSPORT_METHODS:
            if method in policy.pseudonymised and recipient.why_unavailable(method) is None:
                return decided(method, reasons, pseudonymise=True)
        reasons.append(
            "pseudonymised: none of the transports the policy allows after pseudonymisation "
            f"({', '.join(m.value for m in TRANSPORT_METHODS if m in policy.pseudonymised)}) "
            "reaches the recipient's domain"
        )
    return decided(DeliveryMethod.REJECT, reasons)


def decide(
    sensitivity: Sensitivity | None,
    line_of_business: LineOfBusiness | None,
    recipients: Sequence[RecipientCapabilities],
    policy: Policy | None,
) -> Decision:
    """Per recipient, the strongest method the policy allows for this mail and the recipient takes.

    ``None`` (or anything that is not a :class:`Sensitivity`) means the sensitivity
    could not be determined; a ``None`` policy means none could be loaded. Both are
    decided as strictly confidential mail, the latter under :data:`FAIL_CLOSED`.
    """
    notes: list[str] = []
    if not isinstance(policy, Policy):
        notes.append("no valid policy: the fail-closed policy decided, as strictly confidential")
        policy, sensitivity = FAIL_CLOSED, Sensitivity.STRICTLY_CONFIDENTIAL
    if not isinstance(sensitivity, Sensitivity):
        notes.append("sensitivity unknown: treated as strictly confidential")
        sensitivity = Sensitivity.STRICTLY_CONFIDENTIAL
    line: LineOfBusiness | None = None
    personal_line = False
    if isinstance(line_of_business, LineOfBusiness):
        line, personal_line = line_of_business, line_of_business.is_personal
    elif line_of_business is not None:
        notes.append(f"line of business {line_of_business!r} not recognised: treated as personal")
        personal_line = True
    if personal_line and sensitivity is not Sensitivity.STRICTLY_CONFIDENTIAL:
        notes.append("a personal line: treated as strictly confidential")
        sensitivity = Sensitivity.STRICTLY_CONFIDENTIAL
    return Decision(
        sensitivity=sensitivity,
        line_of_business=line,
        policy=policy.name,
        recipients=tuple(decide_one(sensitivity, personal_line, r, policy) for r in recipients),
        notes=tuple(notes),
    )
