"""Lines of business named in a mail.

A personal line (health, life, accident, occupational disability) makes a mail
strictly confidential when it is about one person's contract — decided for the
whole mail in :mod:`siegel.core.classify.concerned`; here each mention is only
found. A line word inside a company's name ("Versicherer Krankenversicherung
a.G.", in every footer of a health insurer) names the company, not a contract.
"""

from __future__ import annotations

import re

from siegel.core.classify.anchors import SIGN_HITS, Anchor, Hit
from siegel.core.classify.config import ClassifierConfig
from siegel.core.classify.result import Finding
from siegel.core.sensitivity import LineOfBusiness, Sensitivity

LEGAL_FORM = re.compile(
    r"[\w-]*[ \t]+(?:a\.[ \t]?g\.|ag\b|se\b|gmbh|vvag|kgaa|ltd|plc|inc\b|s\.a\.|n\.v\.)",
    re.IGNORECASE,
)


DETECTOR = "line-of-business"


def anchors(config: ClassifierConfig) -> tuple[Anchor, ...]:
    """One anchor per line, matching the start of compounds ("Krankenversicherungsbeitrag")."""
    terms: dict[LineOfBusiness, list[str]] = {}
    for term, line in config.lines.items():
        terms.setdefault(line, []).append(term)
    return tuple(
        Anchor(DETECTOR, tuple(words), whole_word=False, payload=line, max_hits=SIGN_HITS)
        for line, words in terms.items()
    )


def findings(
    text: str, location: str, hits: list[Hit]
) -> tuple[list[Finding], list[LineOfBusiness]]:
    """One finding per line named in the text (the first mention); every mention is counted."""
    found, named = [], []
    first: set[LineOfBusiness] = set()
    for hit in hits:
        line = hit.anchor.payload
        if hit.anchor.detector != DETECTOR or not isinstance(line, LineOfBusiness):
            continue
        if LEGAL_FORM.match(text, hit.end):
            continue  # a company's name
        named.append(line)
        if line in first:
            continue
        first.add(line)
        sensitivity = Sensitivity.STRICTLY_CONFIDENTIAL if line.is_personal else Sensitivity.NORMAL
        found.append(
            Finding(
                "line-of-business",
                location,
                f"{text[hit.start : hit.end]} ({line.value})",
                sensitivity,
            )
        )
    return found, named
