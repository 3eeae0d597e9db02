"""The one place that decides how a mail leaves: classification + capabilities + policy.

The gateway, ``siegel explain`` and the admin's explain page all call
:func:`decide_for`, so what the admin sees is exactly what the gateway does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from siegel.audit.services import record
from siegel.core.classify import Classification, classify
from siegel.core.policy import Decision, DomainTls, decide
from siegel.core.policy.explain import as_dict, as_text
from siegel.policy.installation import classifier_config, current_policy
from siegel.policy.selectors import recipient_capabilities


@dataclass(frozen=True)
class MessageDecision:
    classification: Classification
    decision: Decision

    def text(self) -> str:
        return as_text(self.classification, self.decision)

    def as_dict(self) -> dict[str, Any]:
        return as_dict(self.classification, self.decision)


def decide_for(
    message: bytes, *, sender: str, recipients: Sequence[str], trusted_relay: bool = False
) -> MessageDecision:
    classification = classify(
        message, sender=sender, trusted_relay=trusted_relay, config=classifier_config()
    )
    decision = decide(
        classification.sensitivity,
        classification.line_of_business,
        [recipient_capabilities(address) for address in recipients],
        current_policy(),
    )
    return MessageDecision(classification, decision)


def decide_without_tls(outcome: MessageDecision, recipients: Sequence[str]) -> Decision:
    """The decision again for ``recipients`` as if their domains offered no TLS (it failed)."""
    capabilities = [
        replace(recipient_capabilities(address), tls=DomainTls.NONE) for address in recipients
    ]
    classification = outcome.classification
    return decide(
        classification.sensitivity, classification.line_of_business, capabilities, current_policy()
    )


def record_decision(
    outcome: MessageDecision, *, sender: str, message_id: str, actor: str = "system:gateway"
) -> None:
    """One audit event per recipient, with the same reasons ``siegel explain`` prints."""
    for recipient in outcome.decision.recipients:
        record(
            actor,
            "gateway.decision",
            f"address:{recipient.address}",
            {
                "message_id": message_id,
                "sender": sender,
                "sensitivity": outcome.decision.sensitivity.name,
                "policy": outcome.decision.policy,
                "method": recipient.method.value,
                "pseudonymise": recipient.pseudonymise,
                "not_taken": list(recipient.reasons),
                "findings": [f.describe() for f in outcome.classification.findings[:20]],
            },
        )
