"""Health information: medical vocabulary and ICD-10-GM codes in context.

Strong words (Diagnose, Arztbericht, Arbeitsunfähigkeit, …) count alone; weak
ones (Behandlung, Klinik, …) are everyday words too and count only in pairs or
beside a strong one. An ICD-10 code counts only near "ICD" or "Diagnose", so a
room number like "F32" or a product code is not a diagnosis.
"""

from __future__ import annotations

import re

from siegel.core.classify.anchors import Anchor, Hit
from siegel.core.classify.config import ClassifierConfig
from siegel.core.classify.result import Finding
from siegel.core.sensitivity import Sensitivity

S = Sensitivity.STRICTLY_CONFIDENTIAL
ICD = Anchor(
    "icd-10",
    (
        "icd",
        "icd-10",
        "icd-10-gm",
        "diagnose",
        "diagnosen",
        "diagnoseschlüssel",
        "diagnosecode",
        "dx",
    ),
    re.compile(r"\b[^\n]{0,40}?\b([a-tv-z]\d{2}(?:\.\d{1,2})?)\b"),
    payload="DIAGNOSE",
)
# "Knie-OP", "Hüft-OP": the capitalised abbreviation after a body part (needs the original case).
SURGERY = r"(?P<surgery>[A-ZÄÖÜ][a-zäöüß]+-OP)\b"


def anchors(config: ClassifierConfig) -> tuple[Anchor, ...]:
    return (
        ICD,
        Anchor("health-strong", config.health_strong),
        Anchor("health-weak", config.health_weak),
    )


def findings(
    text: str, location: str, hits: list[Hit], surgeries: list[tuple[int, int]]
) -> list[Finding]:
    """ICD codes, and health terms when strong enough (see the module's docstring)."""
    found = [
        Finding(
            "icd-10", location, f"ICD-10 {text[h.start].upper()}**", S, "DIAGNOSE", h.start, h.end
        )
        for h in hits
        if h.anchor is ICD
    ]
    strong = [(h.start, h.end) for h in hits if h.anchor.detector == "health-strong"]
    strong += surgeries
    weak = [(h.start, h.end) for h in hits if h.anchor.detector == "health-weak"]
    if strong or len({text[s:e].lower() for s, e in weak}) >= 2:
        found += [
            Finding("health", location, f"Begriff »{text[s:e]}«", S, "", s, e)
            for s, e in (strong or weak)[:10]
        ]
    return found
