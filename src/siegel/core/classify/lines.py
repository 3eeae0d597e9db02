"""Lines of business named in a mail; the personal lines make it strictly confidential."""

from __future__ import annotations

from siegel.core.classify.anchors import Anchor, Hit
from siegel.core.classify.config import ClassifierConfig
from siegel.core.classify.result import Finding
from siegel.core.sensitivity import LineOfBusiness, Sensitivity


def anchors(config: ClassifierConfig) -> tuple[Anchor, ...]:
    """One anchor per line, matching the start of compounds ("Krankenversicherungsbeitrag")."""
    terms: dict[LineOfBusiness, list[str]] = {}
    for term, line in config.lines.items():
        terms.setdefault(line, []).append(term)
    return tuple(
        Anchor("line-of-business", tuple(words), whole_word=False, payload=line)
        for line, words in terms.items()
    )


def findings(
    text: str, location: str, hits: list[Hit]
) -> tuple[list[Finding], list[LineOfBusiness]]:
    found, named = [], []
    for hit in hits:
        if hit.anchor.detector != "line-of-business" or not isinstance(
            hit.anchor.payload, LineOfBusiness
        ):
            continue
        line = hit.anchor.payload
        named.append(line)
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
