"""Health information: medical vocabulary and ICD-10-GM codes in context.

Strong words (Diagnose, Arztbericht, Arbeitsunfähigkeit, …) count alone; weak
ones (Behandlung, Klinik, …) are everyday words too and count only in pairs or
beside a strong one. An ICD-10 code counts only near "ICD" or "Diagnose", so a
room number like "F32" or a product code is not a diagnosis.
"""

from __future__ import annotations

import functools
import re

from siegel.core.classify.config import ClassifierConfig
from siegel.core.classify.result import Finding
from siegel.core.classify.wordtrie import trie_pattern
from siegel.core.sensitivity import Sensitivity

S = Sensitivity.STRICTLY_CONFIDENTIAL
ICD_CONTEXT = re.compile(
    r"(?:icd(?:-10)?(?:-gm)?|diagnose(?:schlüssel|n)?|diagnosecode|dx)\b[^\n]{0,40}?\b([a-tv-z]\d{2}(?:\.\d{1,2})?)\b"
)


@functools.cache
def _pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){trie_pattern(terms)}(?![\w])")


# "Knie-OP", "Hüft-OP": the capitalised abbreviation after a body part.
SURGERY = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+-OP\b")


def find(text: str, low: str, location: str, config: ClassifierConfig) -> list[Finding]:
    found = [
        Finding(
            "icd-10",
            location,
            f"ICD-10 {m.group(1)[0].upper()}**",
            S,
            "DIAGNOSE",
            m.start(1),
            m.end(1),
        )
        for m in ICD_CONTEXT.finditer(low)
    ]
    strong = [*_pattern(config.health_strong).finditer(low), *SURGERY.finditer(text)]
    weak = list(_pattern(config.health_weak).finditer(low))
    if strong or len({m.group(0).lower() for m in weak}) >= 2:
        for match in (strong or weak)[:10]:
            found.append(
                Finding(
                    "health",
                    location,
                    f"Begriff »{text[match.start() : match.end()]}«",
                    S,
                    "",
                    match.start(),
                    match.end(),
                )
            )
    return found
