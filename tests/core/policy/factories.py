"""Building recipients and one-recipient decisions for the policy tests."""

from __future__ import annotations

from siegel.core.policy import (
    Policy,
    RecipientCapabilities,
    RecipientDecision,
    decide,
    preset,
)
from siegel.core.sensitivity import LineOfBusiness, Sensitivity


def recipient(address: str = "kunde@example.org", **capabilities: object) -> RecipientCapabilities:
    return RecipientCapabilities(address, **capabilities)  # type: ignore[arg-type]


def decide_for(
    sensitivity: Sensitivity | None,
    capabilities: RecipientCapabilities,
    policy: Policy | None = None,
    line: LineOfBusiness | None = None,
) -> RecipientDecision:
    """The decision for a mail to this one recipient (default policy unless one is given)."""
    chosen = preset("default") if policy is None else policy
    return decide(sensitivity, line, [capabilities], chosen).recipients[0]
