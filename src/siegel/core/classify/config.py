"""What the classifier looks for: tags, rules and word lists (German first), configurable.

The defaults come from the data files beside this module, read once.
"""

from __future__ import annotations

import fnmatch
import functools
from dataclasses import dataclass, field
from importlib import resources

from siegel.core.sensitivity import LineOfBusiness, Sensitivity


def _lines(name: str) -> list[str]:
    text = (resources.files("siegel.core.classify") / "data" / name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class ClassifierConfig:
    subject_tags: dict[str, Sensitivity] = field(
        default_factory=lambda: {
            "[streng vertraulich]": Sensitivity.STRICTLY_CONFIDENTIAL,
            "[vertraulich]": Sensitivity.CONFIDENTIAL,
            "[secure]": Sensitivity.CONFIDENTIAL,
            "[confidential]": Sensitivity.CONFIDENTIAL,
        }
    )
    marking_header: str = "X-Siegel-Classification"
    sender_rules: dict[str, Sensitivity] = field(default_factory=dict)  # glob on the address
    unreadable_attachment: Sensitivity = Sensitivity.CONFIDENTIAL
    health_strong: tuple[str, ...] = field(
        default_factory=lambda: tuple(_lines("health_strong.txt"))
    )
    health_weak: tuple[str, ...] = field(default_factory=lambda: tuple(_lines("health_weak.txt")))
    # Weak words that name a medical trade or its goods (see health_trade.txt).
    health_trade: tuple[str, ...] = field(default_factory=lambda: tuple(_lines("health_trade.txt")))
    # A product's terms that waive health questions (see health_waived.txt).
    health_waived: tuple[str, ...] = field(
        default_factory=lambda: tuple(_lines("health_waived.txt"))
    )
    medicines: tuple[str, ...] = field(default_factory=lambda: tuple(_lines("medicines.txt")))
    # Criminal convictions, trade-union membership, religion, sexual orientation (Art. 9/10
    # GDPR): about a person as sensitive as health data.
    special_categories: tuple[str, ...] = field(
        default_factory=lambda: tuple(_lines("special_categories.txt"))
    )
    no_person: tuple[str, ...] = field(default_factory=lambda: tuple(_lines("no_person.txt")))
    # About how kinds of documents are sent: its unowned health words are document kinds.
    process: tuple[str, ...] = field(default_factory=lambda: tuple(_lines("process.txt")))
    # About a building: its health words are nobody's, a writer's own things still theirs.
    buildings: tuple[str, ...] = field(default_factory=lambda: tuple(_lines("buildings.txt")))
    # Sent to many readers (a system's status, minutes): as a greeting to many.
    to_many: tuple[str, ...] = field(default_factory=lambda: tuple(_lines("to_many.txt")))
    lines: dict[str, LineOfBusiness] = field(default_factory=lambda: _line_terms())
    # Line terms other lines use too (see lines.txt and siegel.core.classify.lines).
    shared_line_terms: frozenset[str] = field(default_factory=lambda: _shared_line_terms())
    # Above the largest mail the gateway takes: in practice every text is read in full.
    max_text_chars: int = 64_000_000

    def sender_sensitivity(self, sender: str) -> tuple[str, Sensitivity] | None:
        address = sender.strip().lower()
        for pattern, sensitivity in self.sender_rules.items():
            if fnmatch.fnmatchcase(address, pattern.lower()):
                return pattern, sensitivity
        return None


def _line_terms() -> dict[str, LineOfBusiness]:
    terms = {}
    for line in _lines("lines.txt"):
        term, code, *_ = line.split("\t")
        terms[term.strip().lower()] = LineOfBusiness(code.strip())
    return terms


def _shared_line_terms() -> frozenset[str]:
    return frozenset(
        line.split("\t")[0].strip().lower()
        for line in _lines("lines.txt")
        if line.split("\t")[2:3] == ["shared"]
    )


@functools.cache
def default_config() -> ClassifierConfig:
    return ClassifierConfig()
