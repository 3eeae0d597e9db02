"""The one pass over the original text for the detectors that need its case.

IBANs (upper case), "Vorname Nachname, 01.02.1975", "*01.02.1975" and
"Knie-OP" cannot be found in lowered text. Every form starts with a capital
letter or "*". The pattern consumes that one character — a pattern that starts
with a character class lets the regex engine jump from candidate to candidate —
and then looks at the forms from that character on, inside a look-behind, so
their groups keep their real positions. Every candidate is tried, also one
inside an earlier match: "Herr Max Müller, 01.02.1975" is a salutation *and* a
birth date after a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from stdnum import iban as stdnum_iban
from stdnum.iso7064 import mod_97_10

from siegel.core.classify.health import ICD_SUFFIXED, SURGERY
from siegel.core.classify.identifiers import IBAN
from siegel.core.classify.personal import BIRTH_AFTER_NAME, BIRTH_AFTER_STAR, SALUTATION_NAME

FORMS = "|".join((IBAN, BIRTH_AFTER_NAME, BIRTH_AFTER_STAR, SALUTATION_NAME, SURGERY, ICD_SUFFIXED))
PATTERN = re.compile(f"[A-ZÄÖÜ*](?<=(?=(?:{FORMS})).)")


@dataclass
class CaseHits:
    ibans: list[tuple[int, int]] = field(default_factory=list)
    birth_dates: list[tuple[int, int]] = field(default_factory=list)
    surgeries: list[tuple[int, int]] = field(default_factory=list)
    names: list[tuple[int, int]] = field(default_factory=list)


def scan(text: str) -> CaseHits:
    hits = CaseHits()
    names: dict[tuple[int, int], None] = {}  # a name may be found twice (see above)
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
                names[match.span("person")] = None
        elif group == "salutation_name":
            names[span] = None
        elif group in {"surgery", "icd_suffixed"}:
            hits.surgeries.append(span)
    hits.names = list(names)
    return hits


def _iban_checksum_ok(candidate: str) -> bool:
    """ISO 13616 check digits (mod 97-10 via python-stdnum); country formats are not needed here."""
    number = stdnum_iban.compact(candidate)
    return mod_97_10.is_valid(number[4:] + number[:4])
