"""The one pass over the original text for the detectors that need its case.

IBANs (upper case), "Vorname Nachname, 01.02.1975", "*01.02.1975" and
"Knie-OP" cannot be found in lowered text. One alternation of them all, each
branch starting with a capital letter or "*", lets the regex engine skip ahead
to candidate characters quickly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from stdnum import iban as stdnum_iban
from stdnum.iso7064 import mod_97_10

from siegel.core.classify.health import SURGERY
from siegel.core.classify.identifiers import IBAN
from siegel.core.classify.personal import BIRTH_AFTER_NAME, BIRTH_AFTER_STAR, SALUTATION_NAME

# The leading look-ahead lets the engine jump straight to candidate characters (2x faster).
PATTERN = re.compile(
    "(?=[A-ZÄÖÜ*])(?:"
    + "|".join((IBAN, BIRTH_AFTER_NAME, BIRTH_AFTER_STAR, SALUTATION_NAME, SURGERY))
    + ")"
)


@dataclass
class CaseHits:
    ibans: list[tuple[int, int]] = field(default_factory=list)
    birth_dates: list[tuple[int, int]] = field(default_factory=list)
    surgeries: list[tuple[int, int]] = field(default_factory=list)
    names: list[tuple[int, int]] = field(default_factory=list)


def scan(text: str) -> CaseHits:
    hits = CaseHits()
    for match in PATTERN.finditer(text):
        start = match.start()
        if start > 0 and text[start - 1].isalnum():
            continue  # inside a word
        group = match.lastgroup
        span = match.span(group) if group else (start, match.end())
        if group == "iban":
            if _iban_checksum_ok(match.group("iban")):
                hits.ibans.append(span)
        elif group in {"name_date", "star_date"}:
            hits.birth_dates.append(span)
            if group == "name_date":
                hits.names.append(match.span("person"))
        elif group == "salutation_name":
            hits.names.append(span)
        elif group == "surgery":
            hits.surgeries.append(span)
    return hits


def _iban_checksum_ok(candidate: str) -> bool:
    """ISO 13616 check digits (mod 97-10 via python-stdnum); country formats are not needed here."""
    number = stdnum_iban.compact(candidate)
    return mod_97_10.is_valid(number[4:] + number[:4])
