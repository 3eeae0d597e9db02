"""How must a mail leave? The method decision, per recipient, with its reasons.

Pure: sensitivity, line of business, what each recipient can receive and the
installation's policy in; one :class:`RecipientDecision` per recipient out.
"""

from siegel.core.policy.capabilities import DomainTls, PortalAvailability, RecipientCapabilities
from siegel.core.policy.decision import Decision, RecipientDecision, decide
from siegel.core.policy.methods import DeliveryMethod
from siegel.core.policy.presets import preset, preset_names
from siegel.core.policy.rules import Policy, PolicyError, load_policy

__all__ = [
    "Decision",
    "DeliveryMethod",
    "DomainTls",
    "Policy",
    "PolicyError",
    "PortalAvailability",
    "RecipientCapabilities",
    "RecipientDecision",
    "decide",
    "load_policy",
    "preset",
    "preset_names",
]
