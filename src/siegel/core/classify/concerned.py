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
  person's own things ("meine Diagnose", "ich habe Diabetes", "her application") in mail that
  is not about examples, products and the like, a date of birth, a personal IBAN or
  insurance number;
* *a case*: a contract, claim or customer number — one insurance relationship;
* *addressed*: a person greeted by name (*greeted*: by first name alone, a name signing
  a quoted message, or a private writer's closing name in mail not about nobody, which
  counts for a case number only);
* *about nobody*: a greeting to many or words for mail to many readers (a system's status
  notice, minutes by who attended; not in a letter greeting one person by name), a mass
  mailing, words for statistics, examples, products, adverts and buildings (a building's
  words leave the writer's own things theirs, as a greeting to many does); an answer to a prospect's question ("Danke für
  Ihr Interesse an unserer Zahnzusatzversicherung"), where only the asker's own health counts.

What counts:

* clear health words and codes are strictly confidential when a person is
  identified or a case is named, and also when nothing says the mail is about
  nobody — recall comes first;
* weak health words count when two different ones appear, on the same terms;
* a personal line of business counts for a person's contract: a person named (not in
  mail about statistics, examples, agendas and the like, where a guest or a clerk is
  named beside the line), or a person addressed or their own things together with a case
  or their own insurance; and for a contract named by its number in mail not about nobody,
  also a company's group contract (its insured are persons; SPEC: personal lines' mail is
  strictly confidential); and for persons listed by their dates of birth, also in mail that
  names a framework agreement or a product (an enrolment list);
* a form still to be filled in ("Arbeitsunfähig seit: ____") is about anyone;
* a premium is confidential as a contract number is (a person pays it); a company's
  premium in an offer to the company is nobody's;
* a contract, claim or customer number is confidential for a person identified
  or addressed, also by first name alone ("Hi Noah, … your policy FR-3310-2255"); an
  income or payment trouble for a person too, or where nothing says the mail is about
  nobody;
* the addressee's own health or insurance things count unless the mail
  addresses many; the writer's own health counts in a conversation (a reply greeting one
  person by name and quoting the mail they signed), whatever words for products it holds;
  their own contract ("Ihre Kündigung") only when a line of business is named (it may be a
  supplier's);
* health words in mail about an animal (veterinary words), and a personal line's word or
  number prefix for its cover, are the owner's insurance data, confidential, not health data
  — where an owner is identified or a contract named; otherwise nobody's;
* weak words that name a medical trade (a practice, a clinic, a pharmacy's medicines) name
  the insured business's trade in mail about a non-personal line and no personal one;
* in mail about examples or products, a role word that may be a plural ("unserer
  Versicherten") names no one, nor does a role spoken to ("Ihres Patienten"), and
  dates of birth and contract numbers beside placeholder persons only (test data: "Max
  Mustermann (fiktiv), 01.01.1970") are nobody's;
* a line term other lines use too (``line-shared``) is that line's when the mail
  names a vehicle or another, non-personal line;
* a personal line named by a contract number's prefix ("KV 7.455.020-8") counts where a
  person is concerned, as the number itself does.

Lowered findings stay in the result with the reason, so ``siegel explain`` shows why.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from siegel.core.classify import lines, persons
from siegel.core.classify.result import Finding
from siegel.core.sensitivity import Sensitivity

N, C, S = Sensitivity.NORMAL, Sensitivity.CONFIDENTIAL, Sensitivity.STRICTLY_CONFIDENTIAL
IDENTIFYING = frozenset(
    {
        *("person-name", "person-field", "person-role", "maiden-name", "birth-date"),
        *("tax-id", "social-insurance-number", "health-insurance-number", "personnel-number"),
    }
)
OWN_THINGS = frozenset({"own-health", "own-insurance", "own-contract", "addressee"})
# A prospect's "Ihr Beitrag", "Ihre Tarife", "your expat insurance": the offer's, not theirs yet.
OFFERED = OWN_THINGS - {"own-health"}
CASES = frozenset({"reference", "policy-number"})
# Health data, and the other special categories that weigh as much (a conviction, a union).
HEALTH = frozenset({"health", "icd-10", "own-health", "patient", "special-category"})
# What may be an animal's: its health, not an offence or a faith ("Strafbefehl" for a farmer).
ANIMALS_HEALTH = HEALTH - {"special-category"}
WEAK = frozenset({"health-weak", "health-trade"})  # a trade's words are weak words too
PERSONAL_FACTS = frozenset({"income", "payment-problem", "tax-number"})
LINES = frozenset({"line-of-business", "line-shared"})
# Names that identify someone real (a placeholder's do not; see placeholders_only).
REAL_NAMES = frozenset({"person-name", "person-field", "maiden-name", "greeting-name"})
MIN_WEAK_WORDS = 2
# Persons listed by their dates of birth beside a personal line are its insured, also where the
# mail names a framework agreement or a product (an enrolment list for a company's health plan).
MIN_LISTED = 2


@dataclass(frozen=True)
class Concerned:
    """What the whole mail says about whom it concerns (see the module docstring)."""

    named: bool  # by name, role or a personal number
    own: bool  # own things that count (see counts_as_own)
    case: bool
    addressed: bool
    greeted: bool  # by first name alone, signing a quoted message or, privately, the mail
    # About statistics, examples, products, ..., a building, or how documents are sent.
    topical: bool
    examples: bool  # about statistics, examples, products, ...: own things are anyone's
    building: bool  # about a building: the addressee's own things are the building's owner's
    to_many: bool  # a greeting to many, or words for mail to many readers (to_many.txt)
    bulk: bool  # sent in bulk, greeting nobody by name
    prospect: bool  # an answer to a prospect's question about a product
    insured: bool  # a case, or the addressee's own insurance
    lines: bool  # a line of business named (not in a company's name)
    animal: bool
    weak_words: int
    other_line: bool  # a vehicle or a non-personal line named (see line-shared)
    personal_line: bool  # a personal line named
    placeholders_only: bool  # test data: placeholder persons, nobody real, about examples
    listed: bool  # real persons listed by their dates of birth (two or more)

    @classmethod
    def of(cls, findings: list[Finding]) -> Concerned:
        signs = {f.detector for f in findings}
        examples = "no-person" in signs
        building = "building" in signs
        # About how kinds of documents are sent: topical, but the own things it names stay own.
        topical = examples or building or "process" in signs
        # Words for mail to many readers ("Teilnehmende:") do not make a letter to one person,
        # greeted by name, a mail to many; a greeting to many does.
        to_many = "group-greeting" in signs or ("to-many" in signs and "greeting-name" not in signs)
        # Sent in bulk and greeting nobody by name: a newsletter. A greeting by name in it is
        # a mail merge's, to each one person, and "Ihre Diagnose" there is theirs.
        bulk = "bulk-mail" in signs and not {"greeting-name", "greeting-first-name"} & signs
        prospect = "prospect" in signs
        # A reply to one person's own mail, greeted by name and quoting the mail they signed:
        # a conversation, whatever words for products or reforms it holds. The writer's "ich
        # nehme Ramipril" there is theirs, not an FAQ's example question.
        conversation = {"greeting-name", "signed-name"} <= signs
        # An automatic reply is written once for every sender, but by one person: their own
        # absence after an operation ("I am out of the office following surgery") is theirs.
        auto_reply = any(
            f.detector == "bulk-mail" and f.snippet.startswith("Auto-Submitted") for f in findings
        )
        own = any(
            f.detector in OWN_THINGS
            and (
                counts_as_own(f.snippet, examples, to_many or building)
                or (
                    (conversation or auto_reply)
                    and f.detector == "own-health"
                    and not persons.is_addressed(f.snippet)
                )
            )
            and not (prospect and _offered(f))
            for f in findings
        )
        own_insurance = not prospect and any(
            (
                f.detector == "own-insurance"
                # "Ihr Vertrag" in mail that names a line: that line's contract ("Ihr neuer
                # Vertrag aus dem Versorgungsausgleich" about a private pension).
                or (f.detector == "own-contract" and bool(LINES & signs))
            )
            and counts_as_own(f.snippet, examples, to_many or building)
            for f in findings
        )
        # Test data: placeholder persons and nobody real, in mail about examples.
        placeholders_only = (
            topical and "placeholder-name" in signs and not (REAL_NAMES - {"greeting-name"}) & signs
        )
        case = bool(CASES & signs) and not placeholders_only  # test data's numbers are no case
        identifying = {
            f.detector
            for f in findings
            if f.detector in IDENTIFYING
            and not (topical and f.detector == "person-role" and f.snippet in persons.MAYBE_MANY)
            # "Ihres Patienten" in an IT warning or an FAQ is anyone's, as "Ihre Rezepte" there.
            and not (topical and f.detector == "person-role" and persons.is_addressed(f.snippet))
            and not (placeholders_only and f.detector == "birth-date")
        }
        return cls(
            named=bool(identifying)
            or any(f.detector == "iban" and f.sensitivity is C for f in findings),
            own=own,
            case=case,
            addressed="greeting-name" in signs,
            # A private writer's closing name, unless the mail is about nobody: then a clerk's.
            greeted=bool({"greeting-first-name", "signed-name"} & signs)
            or ("closing-name" in signs and not (topical or to_many or bulk or prospect)),
            topical=topical,
            examples=examples,
            building=building,
            to_many=to_many,
            bulk=bulk,
            prospect=prospect,
            insured=case or own_insurance,
            animal="veterinary" in signs,
            lines=bool(LINES & signs),
            weak_words=len({f.snippet.lower() for f in findings if f.detector in WEAK}),
            placeholders_only=placeholders_only,
            listed=not placeholders_only
            and sum(f.detector == "birth-date" for f in findings) >= MIN_LISTED,
            other_line="vehicle" in signs
            or any(f.detector == "line-of-business" and f.sensitivity is N for f in findings),
            personal_line=any(f.detector in LINES and f.sensitivity is S for f in findings),
        )

    @property
    def about_nobody(self) -> bool:
        return self.topical or self.to_many or self.bulk or self.prospect

    @property
    def identified(self) -> bool:
        return self.named or self.own

    @property
    def person(self) -> bool:
        return self.identified or self.addressed


def _offered(finding: Finding) -> bool:
    """Whether an own thing named to a prospect is the offer's ("Ihr Beitrag", "Ihre
    Zahnzusatz", "your dentist"), not theirs yet; a condition or a treatment said to them
    ("Ihre Diabetes-Erkrankung") is theirs."""
    if finding.detector in OFFERED:
        return True
    return (
        finding.detector == "own-health"
        and persons.is_addressed(finding.snippet)
        and not persons.names_a_condition(finding.snippet)
    )


def counts_as_own(snippet: str, examples: bool, anyones_addressee: bool) -> bool:
    """Whether an own thing is someone's: a greeting to many makes "Ihre Rezepte" anyone's but
    not "meine Diagnose"; a mail about examples or products makes both anyone's (the example
    questions of an FAQ). A mail about a building is as one to many: "Ihre eigene
    Inhaltsversicherung" is a tenant's business's, "Wasserschaden in meiner Wohnung, meine
    Hausratversicherung" is still the writer's."""
    if examples:
        return False
    return not anyones_addressee or not persons.is_addressed(snippet)


def assessed(findings: list[Finding]) -> list[Finding]:
    """The findings, each lowered where the whole mail says it does not count."""
    concerned = Concerned.of(findings)
    return [_assessed(finding, concerned) for finding in findings]


def _assessed(finding: Finding, concerned: Concerned) -> Finding:
    if finding.sensitivity is N:
        if finding.detector == "line-of-business" and _is_someones_insurance(concerned):
            return replace(finding, snippet=f"{finding.snippet} (a named person's)", sensitivity=C)
        return finding
    why = _why_lowered(finding, concerned)
    if why is None:
        return finding
    if concerned.animal and _is_animals(finding):
        if concerned.identified or concerned.case:
            return _lowered(finding, "an animal's health: the owner's insurance data", C)
        return _lowered(finding, "an animal's health, no owner concerned", N)
    if finding.detector == "line-shared" and concerned.other_line:
        # Read as the other line, it is a non-personal line: a named person's insurance.
        return _lowered(finding, why, C if _is_someones_insurance(concerned) else N)
    return _lowered(finding, why, N)


def _why_lowered(finding: Finding, concerned: Concerned) -> str | None:
    """Why a finding does not count in this mail, or None when it does."""
    detector = finding.detector
    if concerned.animal and _is_animals(finding):
        return "an animal's health"
    if detector in HEALTH:
        if concerned.identified or concerned.case or not concerned.about_nobody:
            return None
        return "about groups or things, no person concerned"
    if detector == "health-trade" and concerned.other_line and not concerned.personal_line:
        return "a business's trade, insured in a non-personal line"
    if detector in WEAK:
        if concerned.weak_words >= MIN_WEAK_WORDS and (
            concerned.identified or concerned.case or not concerned.about_nobody
        ):
            return None
        return "a weak health word without a person concerned"
    if detector == "line-shared" and concerned.other_line:
        return "a vehicle or another line named: that line's word"
    if detector in LINES:
        if (concerned.named and not concerned.topical) or (concerned.person and concerned.insured):
            return None
        if concerned.listed:
            return None  # an enrolment list under a framework agreement: the line's insured
        if concerned.case and finding.sensitivity is S and not concerned.about_nobody:
            return None  # a personal line's contract by its number: a group's covers persons
        return "no one person's contract"
    if detector == lines.BY_NUMBER and concerned.other_line and not concerned.personal_line:
        # "BU-4410-2291" beside an "Inhalts- und Betriebsunterbrechungsversicherung": the
        # letters are the named line's as well; the number itself still counts.
        return "a vehicle or another line named: the number's letters may be that line's"
    if detector in CASES or detector == lines.BY_NUMBER:  # the number's line counts as it does
        if concerned.placeholders_only:
            return "a placeholder person's, in test data"
        if detector == lines.BY_NUMBER and not concerned.about_nobody:
            return None  # a personal line's contract is one person's or a group's, named or not
        return None if concerned.person or concerned.greeted else "no person named"
    if detector == "personnel-number":
        return "it says who, not anything about them"  # a sign of a person, kept for explain
    if detector == "premium":
        return None if concerned.person or concerned.greeted else "a premium, no person's"
    if detector in PERSONAL_FACTS:
        return None if concerned.person or not concerned.about_nobody else "about nobody"
    if detector == "birth-date" and concerned.placeholders_only:
        return "a placeholder person's, in test data"
    if detector in {"own-insurance", "own-contract"}:
        if not counts_as_own(
            finding.snippet, concerned.examples, concerned.to_many or concerned.building
        ):
            return "sent to many or about examples"
        if concerned.prospect:
            return "a product offered to a prospect"
        if detector == "own-contract" and not concerned.lines:
            return "no insurance named"
    return None


def _is_animals(finding: Finding) -> bool:
    """Whether a finding reads as an animal's in mail about one: its health, and a personal
    line's word ("Krankenversicherung für Mieze", "OP-Versicherung") for the animal's cover."""
    return finding.detector in ANIMALS_HEALTH | WEAK or (
        finding.detector in LINES | {lines.BY_NUMBER} and finding.sensitivity is S
    )


def _is_someones_insurance(concerned: Concerned) -> bool:
    """Whether a non-personal line named in the mail is a named person's insurance: that a
    person is insured (or applies) is confidential (SPEC vocabulary), whatever the line."""
    return concerned.named and not concerned.about_nobody


def _lowered(finding: Finding, why: str, sensitivity: Sensitivity) -> Finding:
    return replace(finding, snippet=f"{finding.snippet} ({why})", sensitivity=sensitivity)
