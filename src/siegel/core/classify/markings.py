"""The sender's own marking: a subject tag, or a header set by an internal system."""

from __future__ import annotations

from collections.abc import Mapping

from siegel.core.classify.config import ClassifierConfig
from siegel.core.classify.result import Finding
from siegel.core.sensitivity import Sensitivity

HEADER_VALUES = {
    "normal": Sensitivity.NORMAL,
    "vertraulich": Sensitivity.CONFIDENTIAL,
    "confidential": Sensitivity.CONFIDENTIAL,
    "streng vertraulich": Sensitivity.STRICTLY_CONFIDENTIAL,
    "streng-vertraulich": Sensitivity.STRICTLY_CONFIDENTIAL,
    "strictly-confidential": Sensitivity.STRICTLY_CONFIDENTIAL,
}


def find(
    subject: str, headers: Mapping[str, str], config: ClassifierConfig, *, trusted_relay: bool
) -> list[Finding]:
    found = []
    lowered = subject.lower()
    for tag, sensitivity in config.subject_tags.items():
        if tag.lower() in lowered:
            found.append(Finding("subject-tag", "subject", tag, sensitivity))
    value = headers.get(config.marking_header.lower())
    if value is not None and trusted_relay:
        sensitivity = HEADER_VALUES.get(value.strip().lower(), Sensitivity.STRICTLY_CONFIDENTIAL)
        found.append(
            Finding(
                "marking-header",
                "header",
                f"{config.marking_header}: {value.strip()[:40]}",
                sensitivity,
            )
        )
    return found
