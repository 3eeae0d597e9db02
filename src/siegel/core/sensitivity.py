"""How sensitive a mail is, and the line of business it belongs to.

Shared by classification (which finds the sensitivity) and the method decision
(which uses it), so it lives apart from both.
"""

from __future__ import annotations

import enum


class Sensitivity(enum.IntEnum):
    """Ordered: a larger value is more sensitive, so ``max()`` picks the strongest."""

    NORMAL = 0
    CONFIDENTIAL = 1
    STRICTLY_CONFIDENTIAL = 2


class LineOfBusiness(enum.StrEnum):
    """Insurance lines; the personal lines make a mail strictly confidential."""

    LIFE = "life"
    HEALTH = "health"
    ACCIDENT = "accident"
    OCCUPATIONAL_DISABILITY = "occupational_disability"
    PROPERTY = "property"
    LIABILITY = "liability"
    MOTOR = "motor"
    TRANSPORT = "transport"
    TECHNICAL = "technical"
    LEGAL_EXPENSES = "legal_expenses"

    @property
    def is_personal(self) -> bool:
        return self in PERSONAL_LINES


PERSONAL_LINES = frozenset(
    {
        LineOfBusiness.LIFE,
        LineOfBusiness.HEALTH,
        LineOfBusiness.ACCIDENT,
        LineOfBusiness.OCCUPATIONAL_DISABILITY,
    }
)
