"""The one pass over the original text for the detectors that need its case.

IBANs (upper case; a German one in lower case too), "Vorname Nachname, 01.02.1975", "*01.02.1975", "Knie-OP", the postcode after a street,
ICD codes with their suffixes and the shapes of contract numbers and number plates
cannot be found in lowered text. Every form starts at a capital letter followed by a
capital, a digit, a hyphen or a space and a capital or digit, or at "*", "," or "("
(the date after a name). The pattern consumes that one character — a pattern that
starts with a character class lets the regex engine jump from candidate to
candidate, and German capitalises every noun, so the second character must rule
most of them out at once — and then looks at the forms from that character on,
inside a look-behind, so their groups keep their real positions. Every candidate
is tried, also one inside an earlier match: "KF-1902 4418" inside a longer shape is
tried as well. A name before a date and the word before "-OP" are taken in
afterwards, for the few candidates that get that far. Contract numbers and plates are
kept up to the keyword scan's cap per anchor (pseudonymisation classifies its result
again, so a number beyond the cap holds the mail back).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from siegel.core.classify.anchors import MAX_HITS_PER_ANCHOR
from siegel.core.classify.health import ICD_SUFFIXED, SURGERY, SURGERY_BEFORE
from siegel.core.classify.identifiers import IBAN, LOWER_GERMAN_IBAN, iban_checksum_ok
from siegel.core.classify.personal import (
    BIRTH_AFTER_NAME,
    BIRTH_AFTER_STAR,
    LISTED_BIRTH,
    LISTED_BIRTH_END,
    PERSON_BEFORE,
)
from siegel.core.classify.references import CONTRACT, PLATE, YEAR_BRANCH

# A German postcode and town after an address's comma ("Kölner Str. 140, 42651 Solingen"): where
# a list's line may name a person at an address (siegel.core.classify.persons, NAME_AT_ADDRESS).
POSTCODE = r",[ \t]*(?P<postcode>\d{5})[ \t]+[A-ZÄÖÜ]"
FORMS = "|".join(
    (
        *(IBAN, ICD_SUFFIXED, CONTRACT, YEAR_BRANCH, PLATE, BIRTH_AFTER_NAME, BIRTH_AFTER_STAR),
        *(SURGERY, POSTCODE),
    )
)
PATTERN = re.compile(f"[A-ZÄÖÜ*,(](?=[A-ZÄÖÜ\\d-]|[ \\t][\\dA-ZÄÖÜ])(?<=(?=(?:{FORMS})).)")
LOOK_BACK = 60  # characters before a date in which the name before it is looked for


@dataclass
class CaseHits:
    ibans: list[tuple[int, int]] = field(default_factory=list)
    birth_dates: list[tuple[int, int]] = field(default_factory=list)
    surgeries: list[tuple[int, int]] = field(default_factory=list)
    names: list[tuple[int, int]] = field(default_factory=list)
    references: list[tuple[int, int]] = field(default_factory=list)
    postcodes: list[int] = field(default_factory=list)  # where the comma before one stands


_AFTER_A_WORD = frozenset({"name_date", "postcode"})
_SURGERIES = frozenset({"surgery", "icd_suffixed"})  # forms found from the "," after a word
MAX_POSTCODES = 64  # a few persons at an address are enough to know that persons are named


def scan(text: str) -> CaseHits:
    hits = CaseHits()
    for match in PATTERN.finditer(text):
        start = match.start()
        group = match.lastgroup
        if group is None or (
            group not in _AFTER_A_WORD and start > 0 and text[start - 1].isalnum()
        ):
            continue  # inside a word
        span = match.span(group)
        if group == "postcode":
            if len(hits.postcodes) < MAX_POSTCODES:
                hits.postcodes.append(start)  # the address's comma before it
            continue
        # Each kind at most as often as the keyword scan's cap: more add nothing to the
        # sensitivity, and a text of one datum repeated (a ZIP member of 16 MB from a 42 KB
        # mail) would otherwise cost a finding each (review, issue 14).
        if group == "iban":
            if len(hits.ibans) < MAX_HITS_PER_ANCHOR and iban_checksum_ok(match.group("iban")):
                hits.ibans.append(span)
        elif group == "name_date":
            if len(hits.birth_dates) < MAX_HITS_PER_ANCHOR and (
                person := PERSON_BEFORE.search(text, max(0, start - LOOK_BACK), start)
            ):
                hits.birth_dates.append(span)
                hits.names.append(person.span(1))
        elif group == "star_date":
            if len(hits.birth_dates) < MAX_HITS_PER_ANCHOR:
                hits.birth_dates.append(span)
        elif len(hits.surgeries) >= MAX_HITS_PER_ANCHOR and group in _SURGERIES:
            continue
        elif group == "surgery":
            word = SURGERY_BEFORE.search(text, max(0, span[0] - LOOK_BACK), span[0])
            if word:
                hits.surgeries.append((word.start(), span[1]))
        elif group == "icd_suffixed":
            hits.surgeries.append(span)
        elif len(hits.references) >= MAX_HITS_PER_ANCHOR:
            continue
        elif group == "year_branch":
            hits.references.append((span[0] - 3, span[1]))
        else:
            hits.references.append(span)
    _listed_births(text, hits)
    _lower_case_ibans(text, hits)
    return hits


def _lower_case_ibans(text: str, hits: CaseHits) -> None:
    """German IBANs typed in lower case (see ``LOWER_GERMAN_IBAN``), not inside a word."""
    for match in LOWER_GERMAN_IBAN.finditer(text):
        start = match.start()
        if len(hits.ibans) >= MAX_HITS_PER_ANCHOR:
            return
        if (start == 0 or not text[start - 1].isalnum()) and iban_checksum_ok(
            match.group().upper()
        ):
            hits.ibans.append(match.span())


def _listed_births(text: str, hits: CaseHits) -> None:
    """Lines of only a name and a date of birth (see ``LISTED_BIRTH``)."""
    for end in LISTED_BIRTH_END.finditer(text):
        line = LISTED_BIRTH.fullmatch(text, text.rfind("\n", 0, end.start()) + 1, end.end())
        if line and len(hits.birth_dates) < MAX_HITS_PER_ANCHOR:
            hits.birth_dates.append(line.span("date"))
            hits.names.append(line.span("name"))
