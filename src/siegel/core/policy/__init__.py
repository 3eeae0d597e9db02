"""How must a mail leave? The method decision, per recipient, with its reasons.

Pure: sensitivity, line of business, what each recipient can receive and the
installation's policy in; one :class:`RecipientDecision` per recipient out.
"""

from siegel.core.policy.capabilities import DomainTls, PortalAvailability, RecipientCapabilities
from siegel.core.policy.decision import Decision, RecipientDecision, decide
from siegel.core.policy.explain import as_dict, as_text
from siegel.core.policy.methods import DeliveryMethod
from siegel.core.policy.presets import preset, preset_names
from siegel.core.policy.pseudonymise import PseudonymisationError, pseudonymise
from siegel.core.policy.rules import (
    FAIL_CLOSED,
    Policy,
    PolicyError,
    load_policy,
    policy_from_mapping,
)

__all__ = [
    "FAIL_CLOSED",
    "Decision",
    "DeliveryMethod",
    "DomainTls",
    "Policy",
    "PolicyError",
    "PortalAvailability",
    "PseudonymisationError",
    "RecipientCapabilities",
    "RecipientDecision",
    "as_dict",
    "as_text",
    "decide",
    "load_policy",
    "policy_from_mapping",
    "preset",
    "preset_names",
    "pseudonymise",
]
