"""The decision in words: what ``siegel explain`` prints and the audit log keeps.

Takes the classification through a small protocol, so it renders whatever the
classifier returns as long as its findings say which detector found what, where,
and show only a redacted snippet — the explanation itself must never carry the
personal data it explains.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from siegel.core.policy.decision import Decision, RecipientDecision
from siegel.core.policy.methods import DeliveryMethod
from siegel.core.sensitivity import Sensitivity


class FindingSummary(Protocol):
    """One reason for the sensitivity, already redacted."""

    @property
    def detector(self) -> str: ...

    @property
    def location(self) -> str: ...

    @property
    def snippet(self) -> str: ...

    @property
    def sensitivity(self) -> Sensitivity: ...

    def describe(self) -> str: ...


class ClassificationSummary(Protocol):
    @property
    def findings(self) -> Sequence[FindingSummary]: ...


def _strongest_first(findings: Sequence[FindingSummary]) -> list[FindingSummary]:
    return sorted(findings, key=lambda f: -f.sensitivity)


def _method(recipient: RecipientDecision) -> str:
    return recipient.method.value + (" (pseudonymised)" if recipient.pseudonymise else "")


def as_dict(classification: ClassificationSummary, decision: Decision) -> dict[str, Any]:
    """The explanation as plain data for JSON (scripts, the audit log)."""
    return {
        "policy": decision.policy,
        "sensitivity": decision.sensitivity.name,
        "line_of_business": decision.line_of_business.value if decision.line_of_business else None,
        "notes": list(decision.notes),
        "findings": [
            {
                "detector": f.detector,
                "location": f.location,
                "snippet": f.snippet,
                "sensitivity": f.sensitivity.name,
            }
            for f in _strongest_first(classification.findings)
        ],
        "recipients": [
            {
                "address": r.address,
                "method": r.method.value,
                "pseudonymise": r.pseudonymise,
                "not_taken": list(r.reasons),
                "reason": r.reason,
            }
            for r in decision.recipients
        ],
    }


def as_text(
    classification: ClassificationSummary, decision: Decision, *, max_findings: int = 20
) -> str:
    """The explanation for people: sensitivity, findings, then per recipient method and why."""
    line = decision.line_of_business
    lines = [
        f"Sensitivity: {decision.sensitivity.name}"
        + (f" (line of business: {line.value})" if line else ""),
        f"Policy: {decision.policy}",
    ]
    lines += [f"Note: {note}" for note in decision.notes]
    findings = _strongest_first(classification.findings)
    lines.append("Findings:" if findings else "Findings: none")
    lines += [f"  - {f.describe()}" for f in findings[:max_findings]]
    if len(findings) > max_findings:
        lines.append(f"  … and {len(findings) - max_findings} more")
    for recipient in decision.recipients:
        lines.append(f"{recipient.address}: {_method(recipient)}")
        if recipient.reasons:
            rejected = recipient.method is DeliveryMethod.REJECT
            lines.append("  why:" if rejected else "  stronger methods not taken:")
            lines += [f"    {reason}" for reason in recipient.reasons]
    return "\n".join(lines)
