"""The decision in words: what ``siegel explain`` prints and the audit log keeps."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from siegel.core.classify.result import Classification
from siegel.core.policy.decision import Decision


def as_dict(classification: Classification, decision: Decision) -> dict[str, Any]:
    return {
        "policy": decision.policy,
        "sensitivity": decision.sensitivity.name,
        "line_of_business": decision.line_of_business.value if decision.line_of_business else None,
        "findings": [
            {
                "detector": f.detector,
                "location": f.location,
                "snippet": f.snippet,
                "sensitivity": f.sensitivity.name,
            }
            for f in classification.findings
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


def as_text(classification: Classification, decision: Decision, *, max_findings: int = 20) -> str:
    lines = [
        f"Sensitivity: {decision.sensitivity.name}"
        + (
            f" (line of business: {decision.line_of_business.value})"
            if decision.line_of_business
            else ""
        ),
        f"Policy: {decision.policy}",
        "Findings:" if classification.findings else "Findings: none",
    ]
    lines += [f"  - {f.describe()}" for f in _strongest_first(classification, max_findings)]
    for recipient in decision.recipients:
        method = recipient.method.value + (" (pseudonymised)" if recipient.pseudonymise else "")
        lines.append(f"{recipient.address}: {method}")
        lines += [f"    not {reason}" for reason in recipient.reasons]
    return "\n".join(lines)


def _strongest_first(classification: Classification, limit: int) -> Sequence[Any]:
    return sorted(classification.findings, key=lambda f: -f.sensitivity)[:limit]
