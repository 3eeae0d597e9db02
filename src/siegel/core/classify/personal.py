"""Personal facts in context: dates of birth and income figures.

A date alone is never a birth date (mail is full of appointments); it counts
after words like "geb." or "Geburtsdatum", or right after a person's name with a
year that makes a birth plausible. An amount counts only next to words about
pay or income.
"""

from __future__ import annotations

import re

from siegel.core.classify.redact import context
from siegel.core.classify.result import Finding
from siegel.core.classify.wordtrie import trie_pattern
from siegel.core.sensitivity import Sensitivity

DATE = r"(\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d{2})"
# Matched on lowered text (see wordtrie.lowered): literals in lower case, no (?i).
BIRTH_AFTER_WORD = re.compile(
    r"(?:geb\.|geboren(?:\s+am)?|geburtsdatum|date of birth|\*)\s*(?:am\s*)?:?\s*" + DATE
)
BIRTH_AFTER_NAME = re.compile(
    r"\b[A-ZÄÖÜ][a-zäöüß]+ [A-ZÄÖÜ][a-zäöüß]+(?:,\s*|\s+\()(\d{1,2}\.\d{1,2}\.(?:19\d{2}|200\d|201[0-5]))\)?"
)
AMOUNT = r"(\d{1,3}(?:\.\d{3})+(?:,\d{2})?|\d{4,6}(?:,\d{2})?)\s?(?:€|eur\b|euro\b)"
INCOME_WORDS = [
    "gehalt",
    "einkommen",
    "bruttoeinkommen",
    "nettoeinkommen",
    "jahresbrutto",
    "monatsbrutto",
    "jahreseinkommen",
    "bruttolohn",
    "nettolohn",
    "lohn",
    "verdienst",
    "verdient",
    "bezüge",
    "jahresarbeitsentgelt",
    "brutto",
    "netto",
]
INCOME = re.compile(r"\b" + trie_pattern(INCOME_WORDS) + r"\b[^.\n]{0,40}?" + AMOUNT)


# Payment trouble tells that a person is insured and in arrears: financial data.
PAYMENT_PROBLEM = re.compile(
    r"\b(?:rücklastschrift|lastschrift\w* (?:kam |ist )?zurück|zahlungsrückstand|beitragsrückstand|"
    r"zahlungsverzug|mahnung|mahnverfahren|rückständige[nr]? beitr)"
)


def find(text: str, low: str, location: str) -> list[Finding]:
    found = [
        Finding("payment-problem", location, match.group(0), Sensitivity.CONFIDENTIAL)
        for match in PAYMENT_PROBLEM.finditer(low)
    ]
    for pattern, source in ((BIRTH_AFTER_WORD, low), (BIRTH_AFTER_NAME, text)):
        for match in pattern.finditer(source):
            found.append(
                Finding(
                    "birth-date",
                    location,
                    context(text, match.start(1), match.end(1)),
                    Sensitivity.CONFIDENTIAL,
                    "GEBURTSDATUM",
                    match.start(1),
                    match.end(1),
                )
            )
    for match in INCOME.finditer(low):
        found.append(
            Finding(
                "income",
                location,
                context(text, match.start(1), match.end(1)),
                Sensitivity.CONFIDENTIAL,
                "BETRAG",
                match.start(1),
                match.end(1),
            )
        )
    return found
