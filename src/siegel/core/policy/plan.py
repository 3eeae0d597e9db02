"""The plan for one outgoing mail: per recipient a route — the method and the key it uses.

Pure: classification, the recipients' facts and the policy in; a :class:`Plan`
out. The decision (:func:`~siegel.core.policy.decision.decide`) reads the
capabilities derived from the same :class:`~siegel.core.policy.facts.RecipientFacts`
that the route takes its key from, so a route always carries the key its method
was chosen for. Should that ever fail, :class:`InconsistentPlan` says so: a typed
error the caller answers with a retry, never an ``assert``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from siegel.core.classify.result import Classification
from siegel.core.policy.capabilities import DomainTls
from siegel.core.policy.decision import Decision, RecipientDecision, decide
from siegel.core.policy.explain import as_dict, as_text
from siegel.core.policy.facts import KEY_KIND_OF, RecipientFacts, RecipientKey
from siegel.core.policy.methods import DeliveryMethod
from siegel.core.policy.rules import Policy


class InconsistentPlan(Exception):
    """A route's method needs a key its facts do not hold (a bug, never a weaker route)."""


@dataclass(frozen=True)
class Route:
    """How the mail leaves for one recipient, with the key chosen by the decision."""

    address: str
    method: DeliveryMethod
    key: RecipientKey | None
    pseudonymise: bool
    reasons: tuple[str, ...]  # why each stronger method was not taken
    reason: str  # the decision in one line, for people


@dataclass(frozen=True)
class Plan:
    """The decision for one mail and the route of each recipient, in recipient order."""

    classification: Classification
    decision: Decision
    routes: tuple[Route, ...]
    facts: tuple[RecipientFacts, ...]
    policy: Policy

    def groups(self) -> dict[tuple[DeliveryMethod, bool], tuple[Route, ...]]:
        """Routes by (method, pseudonymise): one outgoing mail per group."""
        grouped: dict[tuple[DeliveryMethod, bool], list[Route]] = defaultdict(list)
        for route in self.routes:
            grouped[(route.method, route.pseudonymise)].append(route)
        return {group: tuple(routes) for group, routes in grouped.items()}

    def without_tls(self, addresses: Iterable[str]) -> Plan:
        """The plan for ``addresses`` as if their domains offered no TLS (verified TLS kept failing)."""
        wanted = {a.lower() for a in addresses}
        facts = [replace(f, tls=DomainTls.NONE) for f in self.facts if f.address in wanted]
        return plan(self.classification, facts, self.policy)

    def text(self) -> str:
        return as_text(self.classification, self.decision)

    def as_dict(self) -> dict[str, Any]:
        return as_dict(self.classification, self.decision)


def plan(classification: Classification, facts: Sequence[RecipientFacts], policy: Policy) -> Plan:
    """Decide per recipient, then attach to each route the key its method encrypts to."""
    decision = decide(
        classification.sensitivity,
        classification.line_of_business,
        [f.capabilities for f in facts],
        policy,
    )
    routes = tuple(_route(d, f) for d, f in zip(decision.recipients, facts, strict=True))
    return Plan(classification, decision, routes, tuple(facts), policy)


def _route(decided: RecipientDecision, facts: RecipientFacts) -> Route:
    key = facts.key_for(decided.method)
    if decided.method in KEY_KIND_OF and key is None:
        raise InconsistentPlan(
            f"{decided.address}: decided {decided.method.value} without a usable key"
        )
    return Route(
        decided.address, decided.method, key, decided.pseudonymise, decided.reasons, decided.reason
    )
