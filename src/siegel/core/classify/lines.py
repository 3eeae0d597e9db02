"""Lines of business named in a mail.

A personal line (health, life, accident, occupational disability) makes a mail
strictly confidential when it is about one person's contract — decided for the
whole mail in :mod:`siegel.core.classify.concerned`; here each mention is only
found. A line word inside a company's name ("Versicherer Krankenversicherung
a.G.", in every footer of a health insurer) names the company, not a contract.

A few terms are their line's but other lines use them too ("Beitragsrückerstattung":
a health insurer's refund for a year without claims, and a motor policy's premium refunded
after the car is deregistered). They are found as ``line-shared``; a vehicle (``vehicle``)
or another line named in the mail makes them that one's.
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
SHARED = "line-shared"
VEHICLE = Anchor(
    "vehicle",
    (
        *("fahrzeug", "kfz", "pkw", "motorrad", "kennzeichen", "fahrzeugschein"),
        # Not "car": it is inside "care", and every such occurrence costs the scan.
        *("zulassungsbescheinigung", "vehicle", "motorbike", "number plate"),
        *("licence plate", "license plate"),
    ),
    inflected=True,
    max_hits=SIGN_HITS,
)


def anchors(config: ClassifierConfig) -> tuple[Anchor, ...]:
    """One anchor per line, matching the start of compounds ("Krankenversicherungsbeitrag")."""
    terms: dict[LineOfBusiness, list[str]] = {}
    for term, line in config.lines.items():
        terms.setdefault(line, []).append(term)
    return (
        *(
            Anchor(DETECTOR, tuple(words), whole_word=False, payload=line, max_hits=SIGN_HITS)
            for line, words in terms.items()
        ),
        VEHICLE,
    )


# A contract's number written right after its line ("Lebensversicherung 3 007 219",
# "Hausratversicherung Nr. 4471803", "Hausrat 22 09 401 558"): digits only, grouped by spaces
# or not, on the next line after "Nr.", never an amount
# or a year (five digits at least, no currency or percent after them).
NUMBER_AFTER = re.compile(
    r"[\w-]*(?:[ \t]+|[ \t]*\r?\n[ \t]*(?=(?:nr|no)\.))(?:(?:nr|no)\.?[ \t]*|number[ \t]+)?"
    r"(\d{1,4}(?:[ \t]\d{3})+|\d\d(?:[ \t]\d\d)?(?:[ \t]\d{3}){2}|\d{5,})\b"
    r"(?![.,]\d|[ \t]*(?:eur|euro|€|%|prozent|percent))",
    re.IGNORECASE,
)


def numbers_after(text: str, hits: list[Hit]) -> list[tuple[int, int]]:
    """The spans of contract numbers written right after a line's name (see NUMBER_AFTER)."""
    spans = []
    for hit in hits:
        if hit.anchor.detector == DETECTOR and (number := NUMBER_AFTER.match(text, hit.end)):
            spans.append(number.span(1))
    return spans


def findings(
    text: str, location: str, hits: list[Hit], shared: frozenset[str] = frozenset()
) -> tuple[list[Finding], list[LineOfBusiness]]:
    """One finding per line named in the text (the first mention); every mention is counted.

    A term in ``shared`` is found apart (``line-shared``), each wording once.
    """
    found, named = [], []
    first: set[LineOfBusiness | str] = set()
    for hit in hits:
        line = hit.anchor.payload
        if hit.anchor.detector != DETECTOR or not isinstance(line, LineOfBusiness):
            continue
        if LEGAL_FORM.match(text, hit.end):
            continue  # a company's name
        named.append(line)
        term = text[hit.start : hit.end]
        detector = SHARED if term.lower() in shared else DETECTOR
        once: LineOfBusiness | str = line if detector == DETECTOR else term.lower()
        if once in first:
            continue
        first.add(once)
        sensitivity = Sensitivity.STRICTLY_CONFIDENTIAL if line.is_personal else Sensitivity.NORMAL
        found.append(
            Finding(
                detector,
                location,
                f"{term} ({line.value})",
                sensitivity,
            )
        )
    return found, named
