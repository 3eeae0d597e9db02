"""What classification finds: findings with their reasons, and the verdict."""

from __future__ import annotations

from dataclasses import dataclass

from siegel.core.sensitivity import LineOfBusiness, Sensitivity


@dataclass(frozen=True, slots=True)  # thousands in a long mail: no dict each
class Finding:
    """One reason for the sensitivity: which detector, where, a redacted snippet, how strong.

    ``start``/``end`` index the text of ``location`` (for pseudonymisation); the
    snippet never shows the personal datum in full.
    """

    detector: str
    location: str  # "subject", "body", "attachment:<name>", "header", "sender"
    snippet: str
    sensitivity: Sensitivity
    kind: str = ""  # what the datum is, for placeholders: IBAN, GEBURTSDATUM, ...
    start: int = -1
    end: int = -1

    def describe(self) -> str:
        return (
            f"{self.detector} in {self.location}: {self.snippet} → {self.sensitivity.name.lower()}"
        )


@dataclass(frozen=True)
class Classification:
    sensitivity: Sensitivity
    line_of_business: LineOfBusiness | None
    findings: tuple[Finding, ...]

    @property
    def reason(self) -> str:
        if not self.findings:
            return "nothing sensitive found"
        strongest = [f for f in self.findings if f.sensitivity == self.sensitivity]
        return "; ".join(f.describe() for f in strongest[:5])
