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

from siegel.core.classify.anchors import (
    BLANK_LINE,
    SIGN_HITS,
    Anchor,
    Hit,
    in_address,
    said,
    wrapped,
)
from siegel.core.classify.config import ClassifierConfig
from siegel.core.classify.result import Finding
from siegel.core.sensitivity import LineOfBusiness, Sensitivity

LEGAL_FORM = re.compile(
    r"[\w-]*[ \t]+(?:a\.[ \t]?g\.|ag\b|se\b|gmbh|vvag|kgaa|ltd|plc|inc\b|s\.a\.|n\.v\.)",
    re.IGNORECASE,
)


DETECTOR = "line-of-business"
SHARED = "line-shared"
BY_NUMBER = "line-by-number"  # a personal line named by a contract number's prefix
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
    """Per line, an anchor matching the start of compounds ("Krankenversicherungsbeitrag"),
    and one for the part after a hyphen ("Gruppen-Unfallversicherung")."""
    terms: dict[LineOfBusiness, list[str]] = {}
    for term, line in config.lines.items():
        terms.setdefault(line, []).append(term)
    return (
        *(
            Anchor(DETECTOR, wrapped(words), whole_word=False, payload=line, max_hits=SIGN_HITS)
            for line, words in terms.items()
        ),
        # After a hyphen, as the second part of a compound: "Gruppen-Risikolebensversicherung",
        # "Auslands-Krankenversicherung" are that line.
        *(
            Anchor(
                DETECTOR,
                tuple(f"-{word}" for word in wrapped(words)),
                whole_word=False,
                compound_end=True,
                payload=line,
                max_hits=SIGN_HITS,
            )
            for line, words in terms.items()
        ),
        VEHICLE,
    )


# A contract's number written right after its line ("Lebensversicherung 3 007 219",
# "Hausratversicherung Nr. 4471803", "Hausrat 22 09 401 558", or on the next line after "Nr."):
# digits only, grouped by spaces or not, never an amount or a year (five digits at least, no
# currency or percent after them).
NUMBER_AFTER = re.compile(
    r"[\w-]*(?:[ \t]+|[ \t]*\r?\n[ \t]*(?=(?:nr|no)\.))(?:(?:nr|no)\.?[ \t]*|number[ \t]+)?"
    r"(\d{1,4}(?:[ \t]\d{3})+|\d\d(?:[ \t]\d\d)?(?:[ \t]\d{3}){2}|\d{5,}"
    # and in hyphened groups, a letter or two before them: "30-904-7702", "H 52-113877".
    r"|(?:[a-z]{1,2}[ \t-]?)?(?!\d\d?-(?:19|20)\d\d\b)\d{2,4}(?:-\d{3,}){1,2})\b"
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

    A personal line's mention is skipped where it is the state's scheme or its sentence denies
    it (see _statutory, _denied); a relative's genitive after its first mention makes it
    someone's own insurance (see _OWNED_AFTER).

    A term in ``shared`` is found apart (``line-shared``), each wording once.
    """
    found, named = [], []
    owned: list[Finding] = []  # someone's contract by the genitive after its line, once
    first: set[LineOfBusiness | str] = set()
    for hit in hits:
        line = hit.anchor.payload
        if hit.anchor.detector != DETECTOR or not isinstance(line, LineOfBusiness):
            continue
        if LEGAL_FORM.match(text, hit.end) or in_address(text, hit.start, hit.end):
            continue  # a company's name, or a word of a mail address or a link
        if _in_signature(text, hit.start):
            continue  # the writer's department ("-- \nFrank Dietzel\nCompany pensions")
        term = said(text[hit.start : hit.end])
        detector = SHARED if term.lower() in shared else DETECTOR
        once: LineOfBusiness | str = line if detector == DETECTOR else term.lower()
        if once in first:
            named.append(line)  # a later mention: counted, its sentence not read again
            continue
        if line.is_personal and (
            _statutory(text, hit.start, hit.end)  # "gesetzliche Krankenversicherung"
            or _denied(text, hit.start, hit.end)  # "Eine Krankenversicherung besteht nicht."
        ):
            continue
        named.append(line)
        if line.is_personal and not owned and (whose := _OWNED_AFTER.match(text, hit.end)):
            snippet = f"{term} {whose.group(1)}"
            owned.append(Finding("own-insurance", location, snippet, Sensitivity.CONFIDENTIAL))
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
    return found + owned, named


# A signature's separator ("-- " alone on its line, RFC 3676) and the few lines after it, where a
# clerk's name, department and phone stand; not a quote below it.
_SIGNATURE = re.compile(r"(?m)^-- ?\r?\n(?:(?!>)[^\n]*\n){0,4}(?!>)[^\n]*\Z")
SIGNATURE_REACH = 400  # characters before a term in which its signature's separator is looked for


def _in_signature(text: str, start: int) -> bool:
    """Whether the term at ``start`` stands in the first lines of a signature (see _SIGNATURE)."""
    line_end = text.find("\n", start)
    reach, line_end = max(0, start - SIGNATURE_REACH), len(text) if line_end < 0 else line_end
    if text.find("-- ", reach, line_end) < 0:
        return False  # most terms: no separator near, and no block cut out of the text
    return _SIGNATURE.search(text[reach:line_end]) is not None


# Someone's contract by the genitive after the line ("die Sterbegeldversicherung meines Mannes",
# "die Lebensversicherung Ihres Vaters"): the writer's or a relative's own insurance.
_OWNED_AFTER = re.compile(
    r"[\w-]*[ \t]+((?:meines|meiner|ihres|ihrer|seines|seiner|deines|deiner|unseres|unserer)"
    r"[ \t]+[\w-]+)",
    re.IGNORECASE,
)


# The state's schemes, not an insurer's line: "gesetzliche Krankenversicherung", "Deutsche
# Rentenversicherung", "statutory health insurance", a "Rentenversicherungsträger".
_STATUTORY_BEFORE = re.compile(r"(?:gesetzliche[nrs]?|deutsche[nr]?|statutory)[ \t]+$", re.I)
_STATUTORY_AFTER = re.compile(r"s?(?:träger|pflicht|nummer)", re.I)


def _statutory(text: str, start: int, end: int) -> bool:
    return (
        _STATUTORY_BEFORE.search(text, max(0, start - 16), start) is not None
        or _STATUTORY_AFTER.match(text, end) is not None
    )


# A line that the sentence says someone does not have, or is another company's: "keine
# Krankenversicherung", "Eine Lebens- oder Sterbegeldversicherung bestand und besteht bei uns
# nicht", "no life policy".
_DENIED_BEFORE = re.compile(
    r"\b(?:kein|keine|keinen|keiner|ohne|no|without)\b[^.!?\n]{0,30}$"
    # A confirmation that says what it is not: "This confirmation does not replace health
    # insurance."
    r"|\b(?:does|do|will)[ \t]+not[ \t]+(?:replace|include|cover|constitute)\b[^.!?\n]{0,30}$",
    re.I,
)
_DENIED_AFTER = re.compile(
    r"[^.!?\n]{0,60}?\b(?:besteht|bestand|bestehen|bestanden|existiert|vorhanden)\b"
    r"(?:[^.!?\n]{0,30}?\bbesteht\b)?[^.!?\n]{0,20}?\bnicht\b"
    # Or sends the reader elsewhere for it: "für die Krankenversicherung wenden Sie sich bitte
    # an die gesetzliche Krankenkasse", "… richten Sie eine Anfrage an die jeweilige Gesellschaft".
    r"|[^.!?\n]{0,20}?\b(?:wenden|richten)[ \t]+sie\b[^.!?\n]{0,40}?\ban[ \t]+(?:die|den|das)\b"
    # Or says it is another insurer's: "… health insurance (KVG), which is with another insurer".
    r"|[^.!?\n]{0,40}?\b(?:with|bei)[ \t]+(?:another|a different|einem anderen|einer anderen)"
    r"[ \t]+(?:insurer|company|provider|versicherer|gesellschaft|anbieter)\b",
    re.I,
)
SENTENCE_REACH = 80  # characters either side of a line's name in which its sentence is read


def _denied(text: str, start: int, end: int) -> bool:
    """Whether the sentence says the line is not there (see _DENIED_BEFORE, _DENIED_AFTER).

    The sentence is read across a wrapped line of plain-text mail ("… proof of basic health
    insurance\n(KVG), which is with another insurer"); a blank line ends it."""
    before = _one_paragraph(text[max(0, start - SENTENCE_REACH) : start], last=True)
    after = _one_paragraph(text[end : end + SENTENCE_REACH], last=False)
    return _DENIED_BEFORE.search(before) is not None or _DENIED_AFTER.match(after) is not None


def _one_paragraph(piece: str, *, last: bool) -> str:
    """The part of ``piece`` in the paragraph next to the line's name, its line breaks as blanks."""
    if "\n" not in piece:
        return piece
    parts = BLANK_LINE.split(piece)
    return (parts[-1] if last else parts[0]).replace("\r", " ").replace("\n", " ")


# A contract number's prefix that names a personal line, as insurers number their contracts
# ("KV 7.455.020-8", "BU-7200-230771", "LV 20-4471856"): the number says which line it is. So
# do a company pension's ("DV" for a Direktversicherung, "PK" for a Pensionskasse) and a group
# accident's ("GU"): their insured are persons; so do a term life's ("RL",
# Risikolebensversicherung) and a daily sickness allowance's ("KT", Krankentagegeld). A partial
# cover ("Teilkasko") may be numbered "KT" too: where the mail names a vehicle or that line, the
# number's letters are read as that line's (``concerned``). Not "PV": a photovoltaic system's
# cover is numbered so too.
_PERSONAL_PREFIXES = {
    "kv": LineOfBusiness.HEALTH,
    "bu": LineOfBusiness.OCCUPATIONAL_DISABILITY,
    "uv": LineOfBusiness.ACCIDENT,
    "lv": LineOfBusiness.LIFE,
    "dv": LineOfBusiness.LIFE,
    "pk": LineOfBusiness.LIFE,
    "gu": LineOfBusiness.ACCIDENT,
    "kt": LineOfBusiness.HEALTH,
    "rl": LineOfBusiness.LIFE,
}
# The line's letters, a desk's after them or not ("BU-L 2025/0447"), then the digits.
_PREFIX = re.compile(r"([A-Za-z]{2})(?:-[A-Za-z]{1,2})?[ \t./-]*\d")


# A document's number, not a contract's: "Kostenvoranschlag Nr. KV-2026-0381".
_DOCUMENT_BEFORE = re.compile(
    r"(?:kostenvoranschlag|voranschlag|angebot|rechnung|estimate|quot(?:e|ation)|invoice)"
    r"[^\n]{0,12}$"
)
DOCUMENT_REACH = 30  # characters before a number in which its document's word stands
# "LV" numbers a leasing contract too ("Leasinggesellschaft (Vertrag LV-2024-0078812)"), and a
# job advert's code ("ref. LV-2026-03"): a life contract only with no leasing before it and
# seven digits at least. The other prefixes keep every number: on doubt, the personal line.
_LEASING_BEFORE = re.compile(r"leasing[^\n]*$")
LIFE_DIGITS = 7


# The line's short name in the number's label instead: "LV-Nr. 4-118.203.55".
_LABEL = re.compile(r"(?<![a-z])([a-z]{2})-(?:nr\.?|nummer)[ \t]*:?[ \t]*$")
LABEL_REACH = 16  # characters before a number in which its label ("LV-Nummer: ") stands


def short_name(text: str, start: int) -> str:
    """The two letters that may name the line of the number at ``start``: its label's
    ("LV-Nr. 4-118.203.55") or its own prefix ("KV 7.455.020-8")."""
    before = text[max(0, start - LABEL_REACH) : start]
    # Read for every case number: the pattern only where a "-N" may start its label's end.
    if "-n" in before or "-N" in before:
        label = _LABEL.search(before.lower())
        if label is not None:
            return label.group(1)
    return text[start : start + 2].lower()


def of_number(text: str, start: int, end: int) -> LineOfBusiness | None:
    """The personal line the prefix of the contract number at ``start:end``, or its label,
    names, if any."""
    name = short_name(text, start)
    line = _PERSONAL_PREFIXES.get(name)
    if line is None:
        return None
    own = name == text[start : start + 2].lower()
    if own and _PREFIX.match(text, start, end) is None:
        return None
    before = text[max(0, start - DOCUMENT_REACH) : start].lower()
    if _DOCUMENT_BEFORE.search(before):
        return None
    if line is LineOfBusiness.LIFE and (
        _LEASING_BEFORE.search(before)
        or sum(character.isdigit() for character in text[start:end]) < LIFE_DIGITS
    ):
        return None
    return line
