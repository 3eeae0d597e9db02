"""Health information: medical vocabulary and ICD-10-GM codes in context.

Strong words (Diagnose, Arztbericht, Arbeitsunfähigkeit, …) are health data
about whoever the mail concerns; weak ones (Behandlung, Klinik, Zahnersatz, a
medicine's name, …) are everyday or product words too and need more (both
decided for the whole mail in :mod:`siegel.core.classify.concerned`). Weak words
that name a medical trade or its goods (Praxis, Labor, Arzneimittel) are found apart
(:data:`TRADE`): a practice insures its building, a pharmacy its stock. Words
written with a leading "-" in the word lists may also end a compound
("Prostatakarzinom", "Zahnbehandlung"). An ICD-10 code counts near "ICD" or
"Diagnose", or with the German certainty or side suffix ("M54.5 G", "S82.1 R",
"C61 G"); a room number like "F32" or a product code is not a diagnosis. A
medicine with a dose ("Ramipril 5 mg") counts as a strong word; a medicine's
name alone is not looked for. Veterinary
words say that the health data is an animal's (:data:`VETERINARY`).

The other special categories of personal data (a criminal conviction, trade-union
membership, religion, sexual orientation) are found here too, as ``special-category``:
about a person they weigh as much as a diagnosis, and the same person question decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from siegel.core.classify.anchors import SIGN_HITS, Anchor, Hit, in_address, said, wrapped
from siegel.core.classify.config import ClassifierConfig
from siegel.core.classify.result import Finding
from siegel.core.sensitivity import Sensitivity

S = Sensitivity.STRICTLY_CONFIDENTIAL
# Weak words that name a medical trade or its goods ("Praxis", "Labor", "Arzneimittel"): weak
# health words, and in mail about a non-personal line the insured business's trade.
TRADE = "health-trade"
ICD = Anchor(
    "icd-10",
    (
        "icd",
        "icd10",
        "icd-10",
        "icd-10-gm",
        "diagnose",
        "diagnosen",
        "diagnoseschlüssel",
        "diagnosecode",
        "hauptdiagnose",
        "nebendiagnose",
        "verdachtsdiagnose",
        "entlassdiagnose",
        "aufnahmediagnose",
        "diagnosis",
        "diagnoses",
        "diagnóstico",
        "diagnoza",
        "rozpoznanie",
        "dx",
        "diag",
    ),
    # "F32.1", and with the decimal comma German writes ("E11,9").
    re.compile(r"\b[^\n]{0,40}?\b([a-tv-z]\d{2}(?:[.,]\d{1,2})?)\b"),
    payload="DIAGNOSE",
)
# "Knie-OP", "Hüft-OP": the capitalised abbreviation after a body part (needs the original case);
# found from the "OP", the word before it is taken in with SURGERY_BEFORE.
SURGERY = r"(?<=[a-zäöüß]-)(?P<surgery>OP)\b"
SURGERY_BEFORE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+-$")
# ICD-10-GM code with the certainty (G, V, A, Z) or side (R, L, B) suffix of German coding;
# a three-character code only with a certainty suffix after a space ("C61 G"); and a code with
# its decimals in brackets after a diagnosis in words ("Radiusfraktur links (S52.51)"), as
# doctors and claims staff write it without the word "Diagnose" (dev59, dev61; in normal mail of
# earlier writers only where it is about nobody, and once an IT release's number).
ICD_SUFFIXED = (
    r"(?P<icd_suffixed>[A-TV-Z]\d{2}(?:\.\d{1,2}!?\s?[GVAZRLB](?:\s?[RLB])?|\s[GVZ](?:\s[RLB])?"
    r"|(?<=\([A-TV-Z]\d\d)\.\d{1,2}(?=\))))"
    r"(?![\w.])"
)
# The rest of a company's name after a word: up to two more words and a legal form. Words and
# blanks are taken possessively and words bounded (no name's word is longer): it is tried after
# every health word, and a chain of them ("Knie-OP-Knie-OP-…") had been read to its end each
# time (review, issue 14).
MAX_NAME_WORD = 40
COMPANY_AFTER = re.compile(
    rf"[\w-]{{0,{MAX_NAME_WORD}}}+(?:[ \t]++[\w.-]{{1,{MAX_NAME_WORD}}}+){{0,2}}?[ \t]++"
    r"(?:g?GmbH|AG|KG|OHG|GbR|e\.[ ]?V\.|Ltd|Inc|LLC)\b"
)
VETERINARY = Anchor(
    "veterinary",
    (
        *(
            "tierarzt",
            "tierärztin",
            "tierärzt",
            "tierklinik",
            "tierarztpraxis",
            "tierheilpraktiker",
        ),
        *("veterinär", "veterinary", "veterinarian", "pet health"),
        # A small-animal practice, and a pet's cover named by its kind ("your cat health policy").
        *("kleintier", "tierpraxis", "pet insurance", "cat health", "dog health"),
        *("tierkrankenversicherung", "tier-op", "hundekrankenversicherung", "katzenkranken"),
        # An animal's own cover and clinic, named by its kind ("Hunde-OP-Versicherung").
        *("tierversicherung", "tierkranken", "hunde-op", "katzen-op", "pferde-op"),
        *("pferdeklinik", "pferdekranken", "pet surgery", "dog surgery", "cat surgery"),
    ),
    whole_word=False,
    max_hits=SIGN_HITS,
)
# "vet" as a word of its own: as a word's start it is a veteran's too ("Veteran status").
VET = Anchor("veterinary", ("vet", "vets"), max_hits=SIGN_HITS)
# A dose ("5 mg", "20mg", "2 Tabletten"): found by its unit, then the medicine before it is
# looked up in the list of active ingredients (MEDICINE_BEFORE). Eleven thousand names in the
# keyword automaton would slow every text down by a third; the units are few.
DOSE = Anchor(
    "dose",
    (
        *("mg", "µg", "mcg", "ml", "i.e.", "mmol", "tabletten", "tablets", "tablet"),
        *("kapseln", "capsules", "tropfen", "drops", "hübe", "puffs"),
    ),
    compound_end=True,
    max_hits=4 * SIGN_HITS,
)
# Every word that may be the medicine: in a table row the pharmacy ("Löwen-Apotheke Bonn
# Metformin 1000 mg") stands before it, so the first word of the stretch is not enough.
MEDICINE_BEFORE = re.compile(r"(?<![a-zäöüß])(?=([a-zäöüß]{5,})[^\n\d]{0,24}?\d+(?:[.,]\d+)?\s?$)")
LOOK_BACK = 48  # characters before a unit in which the medicine and its amount stand
# Health nouns that are a verb form as well: written in lower case, German writes the verb
# ("das MVZ sucht eine neue Gebäudeversicherung"), not the addiction ("seine Sucht").
VERB_FORMS = frozenset({"sucht"})


# A doctor's or a hospital's invoice written apart ("die Rechnung vom Zahnarzt", "the bill
# from the hospital"): the same as "Arztrechnung", a strong word.
INVOICE_FROM = Anchor(
    "health-strong",
    (
        *("rechnung vom", "rechnung von der", "rechnung des", "rechnung der", "rechnung aus der"),
        *("rechnungen vom", "rechnungen der", "invoice from the", "bill from the", "invoice from"),
    ),
    re.compile(
        r"[ \t]+((?:[a-zäöüß-]*(?:arzt|ärztin|ärztes|klinik|krankenhaus|krankenhauses|hospital|"
        r"physiotherap[a-z]*|zahnklinik|kieferorthop[a-zäöü]*)|dentist|doctor|gp|surgeon))\b"
    ),
    max_hits=SIGN_HITS,
)


def anchors(config: ClassifierConfig) -> tuple[Anchor, ...]:
    return (
        ICD,
        INVOICE_FROM,
        VETERINARY,
        VET,
        DOSE,
        *_words("health-strong", config.health_strong),
        *_words("health-weak", config.health_weak),
        *_words(TRADE, config.health_trade),
        *_words("special-category", config.special_categories),
        # Read by no one: the longest match takes "ohne Gesundheitsprüfung" from the health word.
        Anchor("health-waived", tuple(dict.fromkeys(config.health_waived)), inflected=True),
    )


def _dosed(text: str, hit: Hit, medicines: frozenset[str]) -> tuple[int, int] | None:
    """The span from a medicine to its unit ("Ramipril 5 mg"), or None without a medicine."""
    begin = max(0, hit.start - LOOK_BACK)
    for before in MEDICINE_BEFORE.finditer(text[begin : hit.start].lower()):
        if before.group(1) in medicines:
            return begin + before.start(1), hit.end
    return None


def _words(detector: str, words: tuple[str, ...]) -> tuple[Anchor, ...]:
    """Whole words, and those marked with a leading "-" that may also end a compound."""
    unique = wrapped(declined(words))
    whole = tuple(word for word in unique if not word.startswith("-"))
    endings = tuple(word[1:] for word in unique if word.startswith("-"))
    return (
        Anchor(detector, whole, inflected=True, max_hits=4 * SIGN_HITS),
        Anchor(detector, endings, compound_end=True, inflected=True, max_hits=4 * SIGN_HITS),
    )


def declined(words: Iterable[str]) -> tuple[str, ...]:
    """``words``, and the terms of several words that start with a German adjective also with
    its other endings ("multiple Sklerose": "an Multipler Sklerose", "der Multiplen Sklerose").
    The keyword scan takes an ending at a term's end only (Anchor.inflected)."""
    found: dict[str, None] = {}
    for word in words:
        found[word] = None
        first, blank, rest = word.partition(" ")
        if blank and first.endswith("e") and len(first) >= MIN_ADJECTIVE and first.isalpha():
            found[f"{first}r {rest}"] = found[f"{first}n {rest}"] = None
    return tuple(found)


MIN_ADJECTIVE = 4  # letters of a first word that may be an adjective ("akute", not "die")


def reads(anchor: Anchor) -> bool:
    """Whether :func:`findings` reads this anchor's hits."""
    return anchor is ICD or anchor is DOSE or anchor.detector in _TERMS


_TERMS = frozenset({"health-strong", "health-weak", TRADE, "special-category"})


def findings(
    text: str,
    location: str,
    hits: list[Hit],
    coded: list[tuple[int, int]],
    medicines: frozenset[str],
) -> list[Finding]:
    """ICD codes and health terms; weak ones marked for the person question (see above).

    The hits are sorted into their kinds in one pass (a long mail has thousands)."""
    found: list[Finding] = []
    plain: list[tuple[int, int]] = []
    invoiced: list[tuple[int, int]] = []
    dosed: list[tuple[int, int]] = []
    weak: list[tuple[int, int]] = []
    trade: list[tuple[int, int]] = []
    special: list[tuple[int, int]] = []
    for h in hits:
        anchor, detector = h.anchor, h.anchor.detector
        if anchor is ICD:
            snippet = f"ICD-10 {text[h.start].upper()}**"
            found.append(Finding("icd-10", location, snippet, S, "DIAGNOSE", h.start, h.end))
        elif anchor is INVOICE_FROM:
            invoiced.append((h.keyword_start, h.end))
        elif anchor is DOSE:
            if dose := _dosed(text, h, medicines):
                dosed.append(dose)
        elif detector == "health-strong":
            if text[h.start : h.end] not in VERB_FORMS:
                plain.append((h.start, h.end))
        elif detector == "health-weak":
            if not in_address(text, h.start, h.end):
                weak.append((h.start, h.end))
        elif detector == TRADE:
            trade.append((h.start, h.end))
        elif detector == "special-category":
            special.append((h.start, h.end))
    strong = [span for span in plain + invoiced + coded + dosed if not in_address(text, *span)]
    # A health word that starts a company's name ("Pflegedienst Sonnenschein GmbH") names the
    # company's trade: a trade word, whatever list it is on.
    named = [(s, e) for s, e in strong if COMPANY_AFTER.match(text, e)]
    companies = set(named)  # a set: a long mail has thousands of spans
    strong = [span for span in strong if span not in companies]
    named += [(s, e) for s, e in weak if COMPANY_AFTER.match(text, e)]
    companies = set(named)
    weak = [span for span in weak if span not in companies]
    trade += named
    for detector, spans in (
        ("health", strong),
        ("health-weak", weak),
        (TRADE, trade),
        ("special-category", special),
    ):
        found += [
            Finding(detector, location, f"Begriff »{said(text[s:e])}«", S, "", s, e)
            for s, e in spans[:10]
        ]
    return found
