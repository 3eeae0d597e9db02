"""How sensitive is this mail? Findings from markings, sender rules and content, strongest wins.

Pure and fast: one pass of precompiled patterns over each text. When the mail
cannot be read with certainty (broken structure, unknown charset, a failure of
a detector) the result is strictly confidential: classification fails closed.
"""

from __future__ import annotations

import bisect
import email.utils
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from siegel.core.classify import (
    casewise,
    concerned,
    health,
    identifiers,
    lines,
    markings,
    personal,
    persons,
    references,
    tables,
)
from siegel.core.classify.anchors import SIGN_HITS, Anchor, Hit, Scanner, anchors_of, scanner
from siegel.core.classify.config import ClassifierConfig, default_config
from siegel.core.classify.extract import ATTACHED, extract
from siegel.core.classify.lowercase import lowered
from siegel.core.classify.redact import context, mask
from siegel.core.classify.result import Classification, Finding
from siegel.core.classify.shown import Shown, shown
from siegel.core.sensitivity import LineOfBusiness, Sensitivity

N = Sensitivity.NORMAL

__all__ = ["Classification", "ClassifierConfig", "Finding", "classify", "content_findings"]


def content_findings(
    text: str, location: str, config: ClassifierConfig
) -> tuple[list[Finding], list[LineOfBusiness]]:
    """Every content detector over one text (subject, body, attachment or its name).

    The detectors read the text as a person sees it (:mod:`siegel.core.classify.shown`);
    a text with a pasted table is read once more with each cell after its heading
    (:func:`tables.labelled`), so that the table can only add findings. Positions in the
    findings are those of ``text``. Beyond ``max_text_chars`` a text is not
    scanned; what was not read counts like an unreadable attachment
    (``unreadable_attachment``), never as harmless.
    """
    unread: list[Finding] = []
    if len(text) > config.max_text_chars:
        unread.append(
            Finding(
                "text-too-long",
                location,
                f"only the first {config.max_text_chars:,} of {len(text):,} characters were read",
                config.unreadable_attachment,
            )
        )
        text = text[: config.max_text_chars]
    reading = shown(text)
    found, named_lines = _findings(reading.text, location, config)
    tabled = tables.labelled(reading.text)
    if tabled.starts:  # a pasted table: read once more with each cell after its heading
        again, _ = _findings(tabled.text, location, config)
        found = list(dict.fromkeys(found + _within(_placed(again, tabled))))
    return unread + _placed(found, reading), named_lines


def _within(found: list[Finding]) -> list[Finding]:
    """The findings that stand in the text, not wholly in an inserted heading: one there maps
    to no characters of the text (the heading's own word is found in the text itself)."""
    return [f for f in found if f.start < 0 or f.start < f.end]


def _findings(
    text: str, location: str, config: ClassifierConfig
) -> tuple[list[Finding], list[LineOfBusiness]]:
    compiled = _compiled(config)
    hits = persons.opening_salutation(text) + compiled.scanner.scan(text)
    cased = casewise.scan(text)
    found = [_account(text, location, span) for span in cased.ibans]
    found += [
        _datum(text, location, "birth-date", "GEBURTSDATUM", span) for span in cased.birth_dates
    ]
    found += [_named(text, location, "person-name", span) for span in cased.names]
    datums, signs, health_hits, line_hits, places = _routed(hits, compiled.routes)
    found += [
        _company_tax_number(text, location, hit)
        if hit.anchor.detector == "tax-number"
        and identifiers.company_on_line(text, hit.keyword_start, hit.end)
        else _anchored_finding(text, location, hit)
        for hit in datums
        if not references.is_dummy(text[hit.start : hit.end])
    ]
    found += _placeholders_born(text, location, found)
    found += _person_signs(text, location, signs)
    labelled = {(f.start, f.end) for f in found if f.kind}
    accounts = sorted(cased.ibans)
    shaped = [
        span
        for span in cased.references
        if span not in labelled and not _inside(span, accounts) and _is_case_number(text, *span)
    ]
    found += [_datum(text, location, "reference", "REFERENZ", span) for span in shaped]
    found += _named_after_cases(text, location, shaped)
    found += [
        _datum(text, location, "reference", "REFERENZ", span)
        for span in lines.numbers_after(text, line_hits)
        if span not in labelled and _is_case_number(text, *span)
    ]
    found += _lines_of_numbers(text, location, found)
    found += _lawsuit(text, location, places)
    found += _group_greeting(text, location)
    found += _named_at_addresses(text, location, cased.postcodes)
    found += [
        _datum(text, location, "income", "BETRAG", span)
        for hit in places
        if (span := _pay(text, hit)) is not None
    ]
    # An attached mail's texts ("attached mail body") are a forwarded message from their start.
    forwarded = (
        0
        if location.startswith(f"{ATTACHED} ")
        else next((h.keyword_start for h in places if h.anchor is persons.FORWARDED), -1)
    )
    found += [
        _named(text, location, "signed-name", span)
        for span in persons.quoted_signatures(text, forwarded) + persons.quoted_writers(text)
    ]
    closings = [
        h.keyword_end
        for h in places
        if h.anchor is persons.CLOSING or h.anchor is persons.SHORT_CLOSING
    ]
    found += [
        _named(text, location, "closing-name", span)
        for span in persons.closing_signature(text, closings)
    ]
    found += _blank_form(text, location)
    health_found = health.findings(text, location, health_hits, cased.surgeries, compiled.medicines)
    found += health_found + _named_subjects(text, location, health_found)
    found += _writers_health(text, location, health_found)
    line_findings, named_lines = lines.findings(text, location, line_hits, config.shared_line_terms)
    return found + line_findings, named_lines


# Who reads a hit: the data found after a keyword, the signs of who is concerned, the
# health terms, the lines of business, and the places read around (pay by its period, the
# start of a forwarded message). A long mail has thousands of hits; sorting them once (in
# their order) costs less than each reader passing over all of them.
_DATUMS, _SIGNS, _HEALTH, _LINES, _PLACES = range(5)
_PLACE_ANCHORS = frozenset(
    map(
        id,
        (
            personal.PAY_PERIOD,
            personal.GROSS,
            persons.FORWARDED,
            persons.CLOSING,
            persons.SHORT_CLOSING,
            references.LAWSUIT,
        ),
    )
)


def _routed(hits: list[Hit], routes: dict[int, tuple[int, ...]]) -> tuple[list[Hit], ...]:
    routed: tuple[list[Hit], ...] = ([], [], [], [], [])
    for hit in hits:
        for route in routes[id(hit.anchor)]:
            routed[route].append(hit)
    return routed


def _routes(anchors: Sequence[Anchor]) -> dict[int, tuple[int, ...]]:
    """Which readers each anchor's hits go to (by identity, as :data:`_DATUM_ANCHORS`)."""
    return {
        id(anchor): tuple(
            route
            for route, reads in (
                (_DATUMS, id(anchor) in _DATUM_ANCHORS),
                (_SIGNS, _is_sign(anchor)),
                (_HEALTH, health.reads(anchor)),
                (_LINES, anchor.detector == lines.DETECTOR),
                (_PLACES, id(anchor) in _PLACE_ANCHORS),
            )
            if reads
        )
        for anchor in anchors
    }


def _pay(text: str, hit: Hit) -> tuple[int, int] | None:
    """The amount beside pay named by its period or called gross (a place hit); None else."""
    if hit.anchor is personal.PAY_PERIOD:
        return personal.paid(text, hit.keyword_start, hit.keyword_end)
    if hit.anchor is personal.GROSS:
        return personal.gross_pay(text, hit.keyword_start, hit.keyword_end)
    return None


def _placed(found: list[Finding], reading: Shown) -> list[Finding]:
    """Findings with the positions of the original text (see :class:`Shown`)."""
    if not reading.starts:
        return found
    placed = []
    for finding in found:
        if finding.start >= 0:
            start, end = reading.original_span(finding.start, finding.end)
            finding = replace(finding, start=start, end=end)
        placed.append(finding)
    return placed


def _person_signs(text: str, location: str, hits: list[Hit]) -> list[Finding]:
    """Who is concerned (see :mod:`siegel.core.classify.persons`).

    Signs without a datum to replace are kept once per text and wording: "Ihre
    Rechnung" ten times says no more than once.
    """
    signs = []
    seen: set[tuple[str, str]] = set()
    names: set[tuple[int, int]] = set()  # "Geschädigter: Herr Walter Kuhnert" is one name
    made: set[tuple[int, int, int, str]] = set()
    for hit in hits:
        anchor = hit.anchor
        if id(anchor) in _NAME_ANCHORS:
            if anchor is persons.FIRST_NAMES and not persons.starts_line(text, hit.keyword_start):
                continue  # "say hi Noah", not a greeting
            if (hit.start, hit.end) not in names:
                names.add((hit.start, hit.end))
                signs.append(_name_sign(text, location, hit))
        elif anchor.detector == "reference":  # after its label, a line's term too
            if _is_case_number(text, hit.start, hit.end, hit.keyword_start):
                signs.append(_anchored_finding(text, location, hit))
        else:
            # The sign is made from the text from keyword to end alone: the same text again
            # (hundreds of "Ihr Vertrag" in a long mail) gives a sign already kept.
            same = (
                id(anchor),
                hit.keyword_end - hit.keyword_start,
                hit.start - hit.keyword_start,
                text[hit.keyword_start : hit.end],
            )
            if same in made:
                continue
            sign = _sign(text, location, hit)
            if sign is None:
                continue
            made.add(same)
            if (sign.detector, sign.snippet) not in seen:
                seen.add((sign.detector, sign.snippet))
                signs.append(sign)
    return signs


def _sign(text: str, location: str, hit: Hit) -> Finding | None:
    """The addressee's own thing, or a keyword that is a sign by itself; None for other hits."""
    if hit.anchor is persons.OWN:
        if persons.is_sign_off(text, hit.keyword_start):
            return None
        return _own_thing(text, location, hit)
    if hit.anchor.detector in _KEYWORD_SIGNS:
        if hit.anchor.detector == "no-person" and persons.cites(text, hit.keyword_start):
            return None  # "according to our underwriting guidelines": a reason, not the topic
        snippet = text[hit.keyword_start : hit.keyword_end].lower()
        return Finding(hit.anchor.detector, location, snippet, Sensitivity.NORMAL)
    if hit.anchor is persons.PATIENTS:
        snippet = text[hit.keyword_start : hit.keyword_end].rstrip(" :")
        return Finding("patient", location, snippet, Sensitivity.STRICTLY_CONFIDENTIAL)
    if hit.anchor is persons.INSURED_HERE and persons.insured_here(text, hit.start, hit.end):
        snippet = f"{text[hit.keyword_start : hit.keyword_end]} (the writer insured here)"
        return Finding("own-insurance", location, snippet, Sensitivity.CONFIDENTIAL)
    if hit.anchor is persons.OWN_POLICY and persons.own_policy(text, hit.start, hit.end):
        snippet = f"{text[hit.keyword_start : hit.keyword_end]} (the writer's own policy)"
        return Finding("own-insurance", location, snippet, Sensitivity.CONFIDENTIAL)
    return None


_KEYWORD_SIGNS = frozenset(
    {"person-role", "no-person", "building", "process", "to-many", "veterinary", "vehicle"}
    | {"prospect"}
)
# By identity, as _DATUM_ANCHORS below: comparing anchors by value compares all their keywords.
_NAME_ANCHORS = frozenset(
    id(anchor)
    for anchor in (
        persons.GREETINGS,
        persons.FIRST_NAMES,
        persons.SALUTATIONS,
        persons.ABBREVIATED_SALUTATIONS,
        persons.FIELDS,
        persons.SALUTED_FIELDS,
        persons.ROLE_NAMES,
        persons.SELF_NAMED,
        persons.SURNAME_FIELDS,
        persons.MAIDEN,
    )
)


def _name_sign(text: str, location: str, hit: Hit) -> Finding:
    """A name: greeted, spoken of, a professional's (with a title), a maiden name, a placeholder."""
    name = text[hit.start : hit.end]
    salutation = hit.anchor is persons.SALUTATIONS or hit.anchor is persons.ABBREVIATED_SALUTATIONS
    if persons.is_placeholder(name) or (
        # A record's one name word ("First name: Jane") is a placeholder's beside "Doe", on its
        # line or, in a record of a field per line, on the next.
        hit.anchor is persons.SURNAME_FIELDS
        and persons.is_placeholder(_line(text, hit.start) + " " + _line(text, hit.end + 1))
    ):
        detector = "placeholder-name"
    elif hit.anchor is persons.MAIDEN:
        return _datum(text, location, "maiden-name", "NAME", (hit.start, hit.end))
    elif salutation and persons.has_title(text, hit.keyword_end, hit.start):
        detector = "professional-name"
    elif salutation and persons.is_contact(text, hit.keyword_start):
        detector = "contact-name"
    else:
        detector = hit.anchor.detector
    return _named(text, location, detector, (hit.start, hit.end))


RECORD_REACH = 300  # characters either side of a field in which its record's line is read


def _line(text: str, position: int) -> str:
    """The line around ``position``, at most RECORD_REACH characters either side (a text of
    one long line is read no further for each of its fields)."""
    low, high = max(0, position - RECORD_REACH), min(len(text), position + RECORD_REACH)
    start = text.rfind("\n", low, position) + 1 or low
    end = text.find("\n", position, high)
    return text[start : end if end >= 0 else high]


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether ``span`` overlaps one of ``spans`` (sorted, not overlapping each other: an
    account's groups read as a number). Only the last span starting before ``span`` ends can
    overlap it: one look-up, not one comparison per account."""
    start, end = span
    index = bisect.bisect_left(spans, (end,)) - 1
    return index >= 0 and spans[index][1] > start


def _named(text: str, location: str, detector: str, span: tuple[int, int]) -> Finding:
    start, end = span
    return Finding(
        detector, location, mask(text[start:end], 1, 0), Sensitivity.NORMAL, "NAME", start, end
    )


def _own_thing(text: str, location: str, hit: Hit) -> Finding:
    """The addressee's own thing: health (strict), insurance or a contract (confidential), or a
    sign only."""
    thing = text[hit.start : hit.end].lower()
    kind = persons.own_kind(thing)
    detector, sensitivity = _OWN[kind]
    snippet = f"{text[hit.keyword_start : hit.keyword_end].strip()} {thing}"
    return Finding(detector, location, snippet, sensitivity)


_OWN = {
    "health": ("own-health", Sensitivity.STRICTLY_CONFIDENTIAL),
    "insurance": ("own-insurance", Sensitivity.CONFIDENTIAL),
    "contract": ("own-contract", Sensitivity.CONFIDENTIAL),
    "other": ("addressee", Sensitivity.NORMAL),
}


def _is_case_number(text: str, start: int, end: int, label_start: int = -1) -> bool:
    """A reference that is an insurance relationship's, not an invoice's and not a dummy."""
    value = text[start:end]
    before = label_start if label_start >= 0 else start
    if references.is_date(value):
        return False
    # A label that says what the number is keeps it from the check of its letters; a mere
    # "Ref:" does not ("Ref: MSG0913377" is a service desk's).
    named = label_start >= 0 and not references.is_generic_label(text, label_start)
    return not references.is_dummy(value) and not references.is_someone_elses(
        text, before, "" if named else value
    )


def _named_after_cases(text: str, location: str, spans: list[tuple[int, int]]) -> list[Finding]:
    """A full name right after a case number ("GL-25-0088  Günter Wessels"): the case's person."""
    names = []
    for _, end in spans:
        name = persons.AFTER_CASE.match(text, end)
        if name is not None and not persons.is_placeholder(name.group(1)):
            names.append(_named(text, location, "person-name", name.span(1)))
    return names


def _lawsuit(text: str, location: str, places: list[Hit]) -> list[Finding]:
    """A lawsuit's court file numbers, as its case numbers, and its parties who are persons
    (see references.LAWSUIT). Where "./." names the parties and none is a person, two
    companies are at law: their file number is nobody's case."""
    if not any(hit.anchor is references.LAWSUIT for hit in places):
        return []
    parties = persons.lawsuit_parties(text)
    if not parties and "./." in text:
        return []
    return [
        _datum(text, location, "reference", "REFERENZ", span)
        for span in references.court_files(text)
    ] + [_named(text, location, "person-name", span) for span in parties]


ADDRESS_REACH = 120  # characters before a postcode's comma in which its line starts


def _named_at_addresses(text: str, location: str, postcodes: list[int]) -> list[Finding]:
    """A list's line of a full name, a street and a postcode: a person at an address."""
    names = []
    for start in postcodes:  # each the comma between a street and its postcode
        reach = max(0, start - ADDRESS_REACH)
        newline = text.rfind("\n", reach, start)
        if newline < 0 and reach > 0:
            continue  # the line starts too far back for a list's line
        name = persons.NAME_AT_ADDRESS.match(text, newline + 1, start)
        if name is not None and not persons.is_placeholder(name.group(1)):
            names.append(_named(text, location, "person-name", name.span(1)))
    return names


SENTENCE_REACH = 160  # characters before a health word in which its sentence's subject stands


def _named_subjects(text: str, location: str, health_found: list[Finding]) -> list[Finding]:
    """A full name as the subject of the sentence a clear health word stands in ("Jan Westphal
    ist seit gestern im Krankenhaus (Blinddarm-OP …)"): the person it is about, also without a
    salutation. One per text is enough to know that a person is named."""
    for finding in health_found:
        if finding.detector != "health" or finding.start < 0:
            continue
        low = max(0, finding.start - SENTENCE_REACH)
        for name in persons.SUBJECT_NAME.finditer(text, low, finding.start):
            if not persons.is_placeholder(name.group(1)):
                return [_named(text, location, "person-name", name.span(1))]
        if text[finding.start : finding.end].lower() in persons.SICK_NOTE:
            sick = persons.SICK_SUBJECT.search(text, low, finding.start)
            if sick is not None and not persons.is_placeholder(sick.group(1)):
                return [_named(text, location, "person-name", sick.span(1))]
    return []


def _writers_health(text: str, location: str, health_found: list[Finding]) -> list[Finding]:
    """The writer's own health, said in the first person before a clear health word ("ich habe
    Diabetes"), or one other person's in the third ("sie hat Diabetes", "nach der OP fällt sie
    aus"): own health, as "meine Diagnose" is. One per text is enough."""
    for finding in health_found:
        if finding.detector != "health" or finding.start < 0:
            continue
        term = text[finding.start : finding.end]
        reach = max(0, finding.start - persons.WRITER_REACH)
        said = persons.WRITERS_HEALTH.search(text, reach, finding.start)
        said = said or persons.third_persons_health(text, reach, finding.start)
        if said is not None:
            snippet = f"{said.group(0).split()[0]} … {term}"
        elif (after := persons.third_person_after(text, finding.end)) is not None:
            snippet = f"{term} … {after.group(0).split()[-1]}"
        else:
            continue
        return [Finding("own-health", location, snippet, Sensitivity.STRICTLY_CONFIDENTIAL)]
    return []


def _placeholders_born(text: str, location: str, found: list[Finding]) -> list[Finding]:
    """A placeholder person before a date of birth on its line or the one above ("Testperson
    Erika Mustermann (fiktiv), geb. 12.08.1964"): a sign, so that in mail about examples the
    date counts as test data (:mod:`siegel.core.classify.concerned`, ``placeholders_only``)."""
    signs = []
    for finding in found:
        if finding.detector != "birth-date":
            continue
        # On its line, or at the end of the line above when the date's line goes on from it
        # (starts with no capital: '  (fiktiv)", born 01.01.1990'), where wrapping left the name.
        low = max(0, finding.start - persons.LOOK_BACK)
        line_start = text.rfind("\n", low, finding.start) + 1 or low
        own = text[line_start : finding.start].lstrip(" \t>")
        if line_start > low and not own[:1].isupper():
            line_start = text.rfind("\n", low, line_start - 1) + 1 or low
        before = text[line_start : finding.start]
        if persons.is_placeholder(before):
            signs.append(Finding("placeholder-name", location, mask(before.strip(), 1, 0), N))
    return signs


def _lines_of_numbers(text: str, location: str, found: list[Finding]) -> list[Finding]:
    """The personal lines that contract numbers name by their prefix ("KV 7.455.020-8"), once
    each (see :func:`lines.of_number`); they count where a person is concerned."""
    named: dict[LineOfBusiness, Finding] = {}
    for finding in [f for f in found if f.detector in concerned.CASES and f.start >= 0]:
        line = lines.of_number(text, finding.start, finding.end)
        if line is not None and line not in named:
            snippet = f"{lines.short_name(text, finding.start).upper()}-number ({line.value})"
            named[line] = Finding(
                lines.BY_NUMBER, location, snippet, Sensitivity.STRICTLY_CONFIDENTIAL
            )
    return list(named.values())


def _group_greeting(text: str, location: str) -> list[Finding]:
    """A greeting to many ("Liebe Kolleginnen und Kollegen"): the mail addresses nobody."""
    match = persons.GROUP_GREETING.search(lowered(text[: persons.GREETING_LINES]))
    if match is None:
        return []
    return [Finding("group-greeting", location, match.group().strip(), Sensitivity.NORMAL)]


BOXES = ("[ ]", "☐")  # a field left to fill in: a box to tick (or a line: see _lines_to_fill)
MIN_BLANKS = 3
# A mail merge's field, named in one word ("«Nachname»", "«AU_seit»", "{{diagnose}}"); a
# quotation in guillemets, as Swiss German writes it, has blanks in it.
MERGE_FIELD = re.compile(r"«[^\s«»]{1,40}»|\{\{[^\s{}]{1,40}\}\}")


def _blank_form(text: str, location: str) -> list[Finding]:
    """A form still to be filled in ("Name: ______", "[ ] Zahn"), or a letter's template with
    its merge fields ("Erkrankung «Diagnose»"): the words beside its empty fields
    ("Arbeitsunfähig seit: ____", "Diagnose: ____") ask about anyone, they tell nothing about
    someone. The boxes are counted in C (``str.count``); the patterns for lines and merge fields
    run only when a text holds "___", "«" or "{{", so a long text stays cheap. Each look for
    several characters goes after one for their first: a single character is found at the
    speed of memory, three take some twenty times as long, and most texts hold none."""
    blanks = sum(text.count(box) for box in BOXES if box[0] in text)
    if blanks < MIN_BLANKS and "_" in text and "___" in text:
        blanks += _lines_to_fill(text, location)
    if blanks < MIN_BLANKS and ("«" in text or ("{" in text and "{{" in text)):
        blanks += sum(1 for _ in itertools.islice(MERGE_FIELD.finditer(text), MIN_BLANKS))
    if blanks < MIN_BLANKS:
        return []
    return [Finding("no-person", location, "a blank form", Sensitivity.NORMAL)]


def _lines_to_fill(text: str, location: str) -> int:
    """The lines of underscores to write on, up to MIN_BLANKS. In a document every "___" counts,
    the line to sign on too. In a mail's body each run counts once ("Name: ______"), and none
    that is a line of its own: a signature's rule or Outlook's line above a forwarded message
    ("________________________________") is one line, not ten fields."""
    if location != "body":
        return text.count("___")
    runs = (m for m in _UNDERSCORES.finditer(text) if not _is_rule(text, *m.span()))
    return sum(1 for _ in itertools.islice(runs, MIN_BLANKS))


_UNDERSCORES = re.compile("___+")


def _is_rule(text: str, start: int, end: int) -> bool:
    """Whether the run of underscores at ``start:end`` stands alone on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return not line.strip(" \t\r_-=")


def _account(text: str, location: str, span: tuple[int, int]) -> Finding:
    """An IBAN: a person's account is confidential, an example or a company's is not."""
    whose = identifiers.whose_account(text, *span)
    if not whose:
        return _datum(text, location, "iban", "IBAN", span)
    start, end = span
    snippet = f"{context(text, start, end)} ({whose} account, no person's)"
    return Finding("iban", location, snippet, Sensitivity.NORMAL, "IBAN", start, end)


def _company_tax_number(text: str, location: str, hit: Hit) -> Finding:
    """A tax number beside a company's legal form ("Versicherer AG, St.-Nr. …"): the company's."""
    snippet = f"{context(text, hit.start, hit.end)} (a company's tax number, no person's)"
    kind = "STEUERNUMMER"
    return Finding("tax-number", location, snippet, Sensitivity.NORMAL, kind, hit.start, hit.end)


# By identity: these anchors are module constants, and hashing an Anchor by value
# (all its keywords) for each of thousands of hits in a long mail costs more than the scan.
_DATUM_ANCHORS = frozenset(id(anchor) for anchor in identifiers.ANCHORS + personal.ANCHORS)


@dataclass(frozen=True)
class _Compiled:
    """What a configuration compiles to: the keyword scanner, the set of medicine names and
    which readers each anchor's hits go to (:func:`_routed`)."""

    config: ClassifierConfig  # held, so that its id is not reused while it is cached
    scanner: Scanner
    medicines: frozenset[str]
    routes: dict[int, tuple[int, ...]]


_COMPILED: dict[int, _Compiled] = {}
MAX_CONFIGS = 16  # an installation has one configuration; tests make a few more


def _compiled(config: ClassifierConfig) -> _Compiled:
    """Compiled once per configuration object (by identity: it holds dicts, so it has no hash).

    Building the scanner's anchors from the word lists for every text cost more than
    scanning a short text such as a subject.
    """
    compiled = _COMPILED.get(id(config))
    if compiled is None or compiled.config is not config:
        if len(_COMPILED) >= MAX_CONFIGS:
            _COMPILED.pop(next(iter(_COMPILED)))
        keywords = _scanner(config)
        compiled = _Compiled(
            config, keywords, frozenset(config.medicines), _routes(keywords.anchors)
        )
        _COMPILED[id(config)] = compiled
    return compiled


def _is_sign(anchor: Anchor) -> bool:
    """Whether :func:`_person_signs` reads this anchor's hits."""
    return (
        id(anchor) in _NAME_ANCHORS
        or anchor.detector == "reference"
        or anchor is persons.OWN
        or anchor is persons.PATIENTS
        or anchor is persons.INSURED_HERE
        or anchor is persons.OWN_POLICY
        or anchor.detector in _KEYWORD_SIGNS
    )


def _scanner(config: ClassifierConfig) -> Scanner:
    return scanner(
        anchors_of(
            identifiers.ANCHORS,
            personal.ANCHORS,
            (personal.PAY_PERIOD, personal.GROSS),
            persons.ANCHORS,
            (
                *references.CASE_ANCHORS,
                references.labelled_by_lines(config.lines),
                references.LAWSUIT,
                *_no_person("no-person", config.no_person),
                *_no_person("building", config.buildings),
                *_no_person("process", config.process),
                *_no_person("to-many", config.to_many),
            ),
            health.anchors(config),
            lines.anchors(config),
        )
    )


def _no_person(detector: str, words: tuple[str, ...]) -> tuple[Anchor, Anchor]:
    """Whole words, and those written with a leading "-" that may also end a compound
    ("-broschüre": "Produktbroschüre", "Infobroschüre"), as the health words."""
    whole = tuple(word for word in words if not word.startswith("-"))
    endings = tuple(word[1:] for word in words if word.startswith("-"))
    return (
        Anchor(detector, whole, max_hits=SIGN_HITS),
        Anchor(detector, endings, compound_end=True, inflected=True, max_hits=SIGN_HITS),
    )


def _datum(text: str, location: str, detector: str, kind: str, span: tuple[int, int]) -> Finding:
    start, end = span
    return Finding(
        detector, location, context(text, start, end), Sensitivity.CONFIDENTIAL, kind, start, end
    )


def _anchored_finding(text: str, location: str, hit: Hit) -> Finding:
    kind = hit.anchor.payload if isinstance(hit.anchor.payload, str) else ""
    snippet = (
        context(text, hit.start, hit.end) if kind else text[hit.keyword_start : hit.keyword_end]
    )
    return Finding(
        hit.anchor.detector, location, snippet, Sensitivity.CONFIDENTIAL, kind, hit.start, hit.end
    )


def classify(
    message: bytes,
    *,
    sender: str = "",
    trusted_relay: bool = False,
    config: ClassifierConfig | None = None,
) -> Classification:
    cfg = config or default_config()
    try:
        return _classify(message, sender, trusted_relay, cfg)
    except Exception as exc:  # fail closed: a detector bug must never let a mail out as normal
        failure = Finding(
            "classifier-error",
            "mail",
            f"classification failed: {type(exc).__name__}",
            Sensitivity.STRICTLY_CONFIDENTIAL,
        )
        return Classification(Sensitivity.STRICTLY_CONFIDENTIAL, None, (failure,))


def _classify(
    message: bytes, sender: str, trusted_relay: bool, cfg: ClassifierConfig
) -> Classification:
    extracted = extract(message)
    findings = markings.find(extracted.subject, extracted.headers, cfg, trusted_relay=trusted_relay)
    findings += markings.bulk(extracted.headers)
    rule = cfg.sender_sensitivity(sender)
    if rule:
        findings.append(Finding("sender-rule", "sender", rule[0], rule[1]))
    findings += [
        Finding("broken-mail", "mail", reason[:120], Sensitivity.STRICTLY_CONFIDENTIAL)
        for reason in extracted.broken
    ]
    findings += [
        Finding("unreadable-attachment", "mail", what[:120], cfg.unreadable_attachment)
        for what in extracted.unreadable
    ]
    found_lines: list[LineOfBusiness] = []
    writer = email.utils.parseaddr(extracted.headers.get("from", ""))[0].strip()
    for location, text in [("subject", extracted.subject), *extracted.texts]:
        content, named_lines = content_findings(text, location, cfg)
        findings += content
        if location == "body" and writer:
            findings += _writer_signs(text, writer, content)
        found_lines += named_lines
        if location == "attachment name":
            if "_" in text:
                findings += _words_in_name(text, cfg)
        else:
            findings += _words_in_named_files(text, location, cfg)
    findings = concerned.assessed(findings)
    sensitivity = max((f.sensitivity for f in findings), default=Sensitivity.NORMAL)
    return Classification(sensitivity, _main_line(found_lines), tuple(findings))


def _writer_signs(text: str, writer: str, found: list[Finding]) -> list[Finding]:
    """The writer (the From header's name) signing the body without a closing word, or by first
    name: a closing name, as persons.closing_signature finds one after a closing word."""
    signed = {(f.start, f.end) for f in found if f.detector == "closing-name"}
    return [
        _named(text, "body", "closing-name", span)
        for span in persons.writer_signature(text, writer)
        if span not in signed
    ]


def _words_in_name(
    name: str, cfg: ClassifierConfig, location: str = "attachment name"
) -> list[Finding]:
    """The health words and lines of a file name written with underscores
    ("Arztbrief_DrVoigt_Knie.png", "pkv_beitragsanpassung.csv"), which the scan reads as one
    word: a file's name may be all that tells what it shows or whose contracts it lists. Only
    these words: its numbers ("SE-03-2026_Vorlage") are a file's, not a case's."""
    words, _ = content_findings(name.replace("_", " "), location, cfg)
    return [f for f in words if f.detector in concerned.HEALTH | concerned.WEAK | concerned.LINES]


def _words_in_named_files(text: str, location: str, cfg: ClassifierConfig) -> list[Finding]:
    """The words of the file names a text lists ("Eingegangen: lab_results_HbA1c_8.1.pdf,
    discharge_summary_StJoseph.pdf"), as an upload's confirmation or a ticket does: read as an
    attachment's name is (:func:`_words_in_name`), all in one reading, at most
    ``MAX_NAMED_FILES`` of them (the text itself is read in full regardless)."""
    starts: list[int] = []  # where each name stands in ``text``
    names: list[str] = []
    ends = (
        match.end()
        for match in _FILE_EXTENSION.finditer(text)
        if match.group(1).lower() in _EXTENSIONS
        and match.start()
        and _FILE_NAME_END.match(text, match.start() - 1)
    )
    for end in itertools.islice(ends, MAX_NAMED_FILES):
        found_name = _FILE_NAME.search(text, max(0, end - MAX_FILE_NAME), end)
        name = found_name.group() if found_name else ""
        if "_" in name:
            starts.append(end - len(name))
            names.append(name)
    if not names:
        return []
    read = _NAMES_APART.join(names)
    placed = list(
        itertools.accumulate((len(name) + len(_NAMES_APART) for name in names[:-1]), initial=0)
    )
    found = []
    for finding in _words_in_name(read, cfg, location):
        if finding.start < 0:
            found.append(finding)
            continue
        index = bisect.bisect_right(placed, finding.start) - 1
        shift = starts[index] - placed[index]
        found.append(replace(finding, start=finding.start + shift, end=finding.end + shift))
    return found


MAX_FILE_NAME = 160  # characters of a file name read back from its extension
MAX_NAMED_FILES = 1000  # file names read in one text
_NAMES_APART = "\n\n"  # between the names read: no term runs across a blank line
# A file's extension where a name ends, found from its "." (a literal the engine looks for fast;
# a look-behind or a list of extensions ignoring case in the pattern made it thirty times slower).
_FILE_EXTENSION = re.compile(r"\.([A-Za-z]{3,4})(?![\w-])")
_FILE_NAME_END = re.compile(r"[\w-]")  # what stands before the "." of a name's extension
_EXTENSIONS = frozenset(
    {"pdf", "jpg", "jpeg", "png", "tif", "tiff", "heic", "gif", "doc", "docx", "xls", "xlsx"}
    | {"odt", "ods", "csv", "txt", "zip", "eml", "msg"}
)
_FILE_NAME = re.compile(r"[\w.-]*$")


def _main_line(found: list[LineOfBusiness]) -> LineOfBusiness | None:
    """The personal line if any is named (it decides), else the most often named line."""
    personal_lines = [line for line in found if line.is_personal]
    counted = Counter(personal_lines or found)
    return counted.most_common(1)[0][0] if counted else None
