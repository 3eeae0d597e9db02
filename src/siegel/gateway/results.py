"""What became of a mail: the result of :func:`siegel.gateway.pipeline.process`.

The pipeline says what happened in these objects; each caller maps them to its
own answer — the SMTP listener to a reply code, the outbox to "sent" or "try
again", the portal to a page. The pipeline never speaks SMTP itself (ADR 0009).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Fate(enum.StrEnum):
    """What happened to the mail for one recipient."""

    DELIVERED = "delivered"  # at the next hop (protected as decided)
    DEPOSITED = "deposited"  # in the portal; the recipient is notified
    REPORTED = "reported"  # not sent; the author is told why (policy, or refused for good)
    ANSWERED = "answered"  # a special address (collect, certificate request) answered it
    IGNORED = "ignored"  # an automatic or rate-limited mail to a special address


class Stage(enum.StrEnum):
    """Where a mail stopped: decides the answer's code (policy 5.7, delivery 4.4/5.4, 4.3)."""

    POLICY = "policy"
    DELIVERY = "delivery"
    PROCESSING = "processing"


@dataclass(frozen=True)
class RecipientOutcome:
    address: str
    fate: Fate
    detail: str = ""  # the next hop's id, the portal message, or the reason


@dataclass(frozen=True)
class Retry:
    """The mail is not safe anywhere yet: the sender keeps it and tries again later."""

    reason: str
    stage: Stage = Stage.DELIVERY


@dataclass(frozen=True)
class Refusal:
    """The mail is refused for good: retrying cannot help (relaying, every recipient refused)."""

    reason: str
    stage: Stage = Stage.DELIVERY


@dataclass(frozen=True)
class Result:
    """Per recipient what happened — or, for the whole transaction, retry or refusal.

    ``accepted`` means every recipient's mail is at the next hop, in the portal,
    or reported to its author: the sender may forget it.
    """

    recipients: tuple[RecipientOutcome, ...] = ()
    retry: Retry | None = None
    refusal: Refusal | None = None

    @property
    def accepted(self) -> bool:
        return self.retry is None and self.refusal is None

    def count(self, fate: Fate) -> int:
        return sum(1 for outcome in self.recipients if outcome.fate is fate)

    def summary(self) -> str:
        """One short line for a reply: how many recipients fared how (details go to the log)."""
        counted = [f"{self.count(fate)} {fate.value}" for fate in Fate if self.count(fate)]
        return ", ".join(counted) or "nothing to do"
