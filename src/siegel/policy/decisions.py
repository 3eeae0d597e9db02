"""The one place that plans how a mail leaves: classification + recipient facts + policy.

The gateway, ``siegel explain`` and the admin's explain page all call
:func:`plan_for`, so what the admin sees is exactly what the gateway does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from siegel.audit.services import record
from siegel.core.classify import classify
from siegel.core.policy import PortalAvailability
from siegel.core.policy.plan import Plan, plan
from siegel.policy.installation import classifier_config, current_policy
from siegel.policy.selectors import recipient_facts


def plan_for(
    message: bytes,
    *,
    sender: str,
    recipients: Sequence[str],
    trusted_relay: bool = False,
    portal: bool = True,
) -> Plan:
    """Classify ``message`` and route each recipient, with the key the route encrypts to.

    ``portal=False`` plans without the portal (Siegel's own mails: a notification
    deposited in the portal would only announce itself).
    """
    classification = classify(
        message, sender=sender, trusted_relay=trusted_relay, config=classifier_config()
    )
    facts = recipient_facts(recipients)
    if not portal:
        facts = [replace(f, portal=PortalAvailability.NOT_POSSIBLE) for f in facts]
    return plan(classification, facts, current_policy())


def record_decision(
    planned: Plan, *, sender: str, message_id: str, actor: str = "system:gateway"
) -> None:
    """One audit event per recipient, with the same reasons ``siegel explain`` prints."""
    for route in planned.routes:
        record(
            actor,
            "gateway.decision",
            f"address:{route.address}",
            {
                "message_id": message_id,
                "sender": sender,
                "sensitivity": planned.decision.sensitivity.name,
                "policy": planned.decision.policy,
                "method": route.method.value,
                "key": route.key.fingerprint if route.key else None,
                "pseudonymise": route.pseudonymise,
                "not_taken": list(route.reasons),
                "findings": [f.describe() for f in planned.classification.findings[:20]],
            },
        )
