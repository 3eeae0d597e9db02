"""What classification finds: findings with their reasons, and the verdict."""

from __future__ import annotations

from dataclasses import dataclass

from siegel.core.sensitivity import LineOfBusiness, Sensitivity


@dataclass(frozen=True, slots=True, init=False)  # thousands in a long mail: no dict each
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

    def __init__(
        self,
        detector: str,
        location: str,
        snippet: str,
        sensitivity: Sensitivity,
        kind: str = "",
        start: int = -1,
        end: int = -1,
    ) -> None:
        """Written out: the one generated for a frozen class calls ``object.__setattr__`` for each
        field, twice the time of setting the slots directly, and a long mail has thousands."""
        _set_detector(self, detector)
        _set_location(self, location)
        _set_snippet(self, snippet)
        _set_sensitivity(self, sensitivity)
        _set_kind(self, kind)
        _set_start(self, start)
        _set_end(self, end)

    def describe(self) -> str:
        return (
            f"{self.detector} in {self.location}: {self.snippet} → {self.sensitivity.name.lower()}"
        )


# The slots' own setters, which a frozen class's __setattr__ does not stand in front of.
_set_detector, _set_location, _set_snippet, _set_sensitivity, _set_kind, _set_start, _set_end = (
    vars(Finding)[field].__set__ for field in Finding.__slots__
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
