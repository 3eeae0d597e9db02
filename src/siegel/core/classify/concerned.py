"""The first of the two questions: is an identifiable natural person concerned?

Health data is strictly confidential when it is about a person; "Zahnersatz"
in a tariff leaflet or "Krankenversicherung" in a brochure is not. Words that
are just as often about products or everyday things (the weak health words,
medicine names, the personal lines of business, contract references) count only
when the mail concerns a person: a name after a salutation that is not only the
greeting, the addressee's own things ("Ihre Rezepte", "your claim"), a date of
birth, an IBAN, an insurance or contract number. A greeting alone ("Sehr geehrter
Herr Weber") is not enough for a product word; two different health words are
(as they were before), unless the mail is about nobody (below).

Clear health words (a diagnosis, an incapacity certificate, a disease) count
without a person — recall comes first — unless the mail says in at least two
ways that it is about groups, examples, products or buildings (statistics,
anonymised, workshop on data classes, water damage in the building) and
nothing in it identifies a person. Lowered findings stay in the result with
the reason, so ``siegel explain`` shows why.
"""

from __future__ import annotations

import re
from dataclasses import replace

from siegel.core.classify.result import Finding
from siegel.core.sensitivity import Sensitivity

IDENTIFYING = frozenset(
    {
        "addressee",
        "birth-date",
        "iban",
        "tax-id",
        "social-insurance-number",
        "health-insurance-number",
        "policy-number",
        "income",
        "reference",
    }
)
NEED_A_PERSON = frozenset({"line-of-business"})
GREETING = re.compile(
    r"(?:sehr geehrte[rn]?|liebe[rn]?|hallo|guten (?:tag|morgen|abend)|dear|hello|hi|moin)$",
    re.IGNORECASE,
)
MIN_NO_PERSON_SIGNS = 2


def assessed(findings: list[Finding]) -> list[Finding]:
    """The findings with those that need a person (or are about none) lowered to normal."""
    identified = any(
        f.detector == "person-name" or (f.detector in IDENTIFYING and f.detector != "reference")
        for f in findings
    )
    no_person = len({f.snippet for f in findings if f.detector == "no-person"})
    about_nobody = not identified and no_person >= MIN_NO_PERSON_SIGNS
    weak = len({f.snippet.lower() for f in findings if f.detector == "health-weak"})
    # Two different health words speak of a person, unless the mail is about nobody.
    health_person = identified or (weak >= 2 and not about_nobody)
    result = []
    for finding in findings:
        if finding.sensitivity is Sensitivity.NORMAL:
            result.append(finding)
        elif finding.detector == "reference":
            result.append(finding if identified else _lowered(finding, "no person named"))
        elif (finding.detector == "health-weak" and not health_person) or (
            finding.detector in NEED_A_PERSON and not identified
        ):
            result.append(_lowered(finding, "no identifiable person concerned"))
        elif finding.detector in {"health", "icd-10"} and about_nobody:
            result.append(_lowered(finding, "about groups or things, no person concerned"))
        else:
            result.append(finding)
    return result


def _lowered(finding: Finding, why: str) -> Finding:
    return replace(finding, snippet=f"{finding.snippet} ({why})", sensitivity=Sensitivity.NORMAL)


_SALUTATION_AT_END = re.compile(
    r"(?:herrn?|frau|fr\.|hr\.|mrs?\.?|ms\.?|miss|mx\.?)(?:\s+(?:dr\.|prof\.|med\.|dent\.))*\s*$",
    re.IGNORECASE,
)


def is_greeting(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a greeting ("Sehr geehrte Frau …", "Dear Ms …")."""
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return GREETING.search(_SALUTATION_AT_END.sub("", before).rstrip()) is not None
