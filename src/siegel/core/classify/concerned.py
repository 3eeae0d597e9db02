"""The two questions for the whole mail: is an identifiable natural person concerned,
and which kind of data about them does it carry?

The detectors find data and signs text by text; only the whole mail tells what
they mean. "Diagnose" in a mail to Frau Weber about her claim is her health
data; in a newsletter, a job advert or the minutes of a workshop on data classes
it is nobody's. Signs of a person (:mod:`siegel.core.classify.persons`,
:mod:`siegel.core.classify.references`):

* *identified*: a person named (not a placeholder, not a doctor by title), a
  name in a field for a person, one person by role ("Ihre Patientin"), the
  addressee's own things in mail not sent to many, the writer's or a third
  person's own things ("meine Diagnose", "her application") in any mail, a date
  of birth, a personal IBAN or insurance number;
* *a case*: a contract, claim or customer number — one insurance relationship;
* *addressed*: a person greeted by name;
* *about nobody*: a greeting to many, a mass mailing, words for statistics,
  examples, products, adverts and buildings.

What counts:

* clear health words and codes are strictly confidential when a person is
  identified or a case is named, and also when nothing says the mail is about
  nobody — recall comes first;
* weak health words count with a person or case, two different ones at least;
* a personal line of business counts for a person's contract: a person named,
  or a person addressed or their own things together with a case or their own
  insurance;
* a contract, claim or customer number is confidential for a person identified
  or addressed; an income or payment trouble for a person too, or where nothing
  says the mail is about nobody;
* the addressee's own health or insurance things count unless the mail
  addresses many; their own contract ("Ihre Kündigung") only when a line of
  business is named (it may be a supplier's);
* health words in mail about an animal (veterinary words) are the owner's
  insurance data, confidential, not health data.

Lowered findings stay in the result with the reason, so ``siegel explain`` shows why.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from siegel.core.classify import persons
from siegel.core.classify.result import Finding
from siegel.core.sensitivity import Sensitivity

N, C, S = Sensitivity.NORMAL, Sensitivity.CONFIDENTIAL, Sensitivity.STRICTLY_CONFIDENTIAL
IDENTIFYING = frozenset(
    {
        *("person-name", "person-field", "person-role", "maiden-name", "birth-date"),
        *("tax-id", "social-insurance-number", "health-insurance-number"),
    }
)
OWN_THINGS = frozenset({"own-health", "own-insurance", "own-contract", "addressee"})
CASES = frozenset({"reference", "policy-number"})
HEALTH = frozenset({"health", "icd-10", "own-health"})
NEED_A_PERSON = frozenset({"reference", "policy-number"})
PERSONAL_FACTS = frozenset({"income", "payment-problem"})
MIN_WEAK_WORDS = 2


@dataclass(frozen=True)
class Concerned:
    """What the whole mail says about whom it concerns (see the module docstring)."""

    named: bool  # by name, role or a personal number
    own: bool  # the addressee's own things, in mail not sent to many
    case: bool
    addressed: bool
    about_nobody: bool
    insured: bool  # a case, or the addressee's own insurance
    lines: bool  # a line of business named (not in a company's name)
    animal: bool
    weak_words: int

    @classmethod
    def of(cls, findings: list[Finding]) -> Concerned:
        detectors = {f.detector for f in findings if f.sensitivity is not N or f.kind}
        signs = {f.detector for f in findings}
        topical = "no-person" in signs  # about statistics, examples, products, ...
        about_nobody = topical or "group-greeting" in signs
        # A greeting to many makes "Ihre Rezepte" anyone's, not "meine Diagnose"; a mail about
        # examples or products makes both anyone's (the example questions of an FAQ).
        own = any(
            f.detector in OWN_THINGS
            and (not about_nobody or (not topical and not persons.is_addressed(f.snippet)))
            for f in findings
        )
        personal_account = any(f.detector == "iban" and f.sensitivity is C for f in findings)
        case = bool(CASES & detectors)
        return cls(
            named=bool(IDENTIFYING & signs) or personal_account,
            own=own,
            case=case,
            addressed="greeting-name" in signs,
            about_nobody=about_nobody,
            insured=case or ("own-insurance" in signs and not about_nobody),
            animal="veterinary" in signs,
            lines="line-of-business" in signs,
            weak_words=len({f.snippet.lower() for f in findings if f.detector == "health-weak"}),
        )

    @property
    def identified(self) -> bool:
        return self.named or self.own

    @property
    def person(self) -> bool:
        return self.identified or self.addressed


def assessed(findings: list[Finding]) -> list[Finding]:
    """The findings, each lowered where the whole mail says it does not count."""
    concerned = Concerned.of(findings)
    return [_assessed(finding, concerned) for finding in findings]


def _assessed(finding: Finding, concerned: Concerned) -> Finding:
    if finding.sensitivity is N:
        return finding
    why = _why_lowered(finding.detector, concerned)
    if why is None:
        return finding
    if concerned.animal and finding.detector in HEALTH | {"health-weak"}:
        return _lowered(finding, "an animal's health: the owner's insurance data", C)
    return _lowered(finding, why, N)


def _why_lowered(detector: str, concerned: Concerned) -> str | None:
    """Why a finding does not count in this mail, or None when it does."""
    if concerned.animal and detector in HEALTH | {"health-weak"}:
        return "an animal's health"
    if detector in HEALTH:
        if concerned.identified or concerned.case or not concerned.about_nobody:
            return None
        return "about groups or things, no person concerned"
    if detector == "health-weak":
        if concerned.weak_words >= MIN_WEAK_WORDS and (
            concerned.identified or concerned.case or not concerned.about_nobody
        ):
            return None
        return "a weak health word without a person concerned"
    if detector == "line-of-business":
        if concerned.named or (concerned.person and concerned.insured):
            return None
        return "no one person's contract"
    if detector in NEED_A_PERSON:
        return None if concerned.person else "no person named"
    if detector in PERSONAL_FACTS:
        return None if concerned.person or not concerned.about_nobody else "about nobody"
    if detector == "own-insurance":
        return "sent to many" if concerned.about_nobody else None
    if detector == "own-contract":
        if concerned.about_nobody:
            return "sent to many"
        return None if concerned.lines else "no insurance named"
    return None


def _lowered(finding: Finding, why: str, sensitivity: Sensitivity) -> Finding:
    return replace(finding, snippet=f"{finding.snippet} ({why})", sensitivity=sensitivity)
