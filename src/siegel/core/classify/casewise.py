"""The one pass over the original text for the detectors that need its case.

IBANs (upper case), "Vorname Nachname, 01.02.1975", "*01.02.1975", "Knie-OP",
ICD codes with their suffixes and the shapes of contract numbers and number plates
cannot be found in lowered text. Every form starts with a capital letter or "*". The pattern consumes that one character — a pattern that starts
with a character class lets the regex engine jump from candidate to candidate —
and then looks at the forms from that character on, inside a look-behind, so
their groups keep their real positions. Every candidate is tried, also one
inside an earlier match: "KF-1902 4418" inside a longer shape is tried as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from stdnum import iban as stdnum_iban
from stdnum.iso7064 import mod_97_10

from siegel.core.classify.health import ICD_SUFFIXED, SURGERY
from siegel.core.classify.identifiers import IBAN
from siegel.core.classify.personal import BIRTH_AFTER_NAME, BIRTH_AFTER_STAR
from siegel.core.classify.references import CONTRACT, PLATE, YEAR_BRANCH

FORMS = "|".join(
    (IBAN, ICD_SUFFIXED, CONTRACT, YEAR_BRANCH, PLATE, BIRTH_AFTER_NAME, BIRTH_AFTER_STAR, SURGERY)
)
PATTERN = re.compile(f"[A-ZÄÖÜ*](?<=(?=(?:{FORMS})).)")


@dataclass
class CaseHits:
    ibans: list[tuple[int, int]] = field(default_factory=list)
    birth_dates: list[tuple[int, int]] = field(default_factory=list)
    surgeries: list[tuple[int, int]] = field(default_factory=list)
    names: list[tuple[int, int]] = field(default_factory=list)
    references: list[tuple[int, int]] = field(default_factory=list)


def scan(text: str) -> CaseHits:
    hits = CaseHits()
    for match in PATTERN.finditer(text):
        start = match.start()
        if start > 0 and text[start - 1].isalnum():
            continue  # inside a word
        group = match.lastgroup
        if group is None:
            continue
        span = match.span(group)
        if group == "iban":
            if _iban_checksum_ok(match.group("iban")):
                hits.ibans.append(span)
        elif group in {"name_date", "star_date"}:
            hits.birth_dates.append(span)
            if group == "name_date":
                hits.names.append(match.span("person"))
        elif group in {"surgery", "icd_suffixed"}:
            hits.surgeries.append(span)
        elif group == "year_branch":
            hits.references.append((span[0] - 3, span[1]))
        else:
            hits.references.append(span)
    return hits


def _iban_checksum_ok(candidate: str) -> bool:
    """ISO 13616 check digits (mod 97-10 via python-stdnum); country formats are not needed here."""
    number = stdnum_iban.compact(candidate)
    return mod_97_10.is_valid(number[4:] + number[:4])
