"""Personal facts in context: dates of birth, income figures, payment trouble.

A date alone is never a birth date (mail is full of appointments); it counts
after words like "geb." or "Geburtsdatum", right after a person's name with a
year that makes a birth plausible, or after a "*". An amount counts only next
to words about pay or income.
"""

from __future__ import annotations

import re

from siegel.core.classify.anchors import Anchor

DATE = r"(\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d{2})"
AMOUNT = r"(\d{1,3}(?:\.\d{3})+(?:,\d{2})?|\d{4,6}(?:,\d{2})?)\s?(?:€|eur\b|euro\b)"
# Case-sensitive forms, run in the one case-sensitive pass (see siegel.core.classify.casewise).
BIRTH_AFTER_NAME = (
    r"(?P<person>[A-ZÄÖÜ][a-zäöüß]+ [A-ZÄÖÜ][a-zäöüß]+)(?:,\s*|\s+\()"
    r"(?P<name_date>\d{1,2}\.\d{1,2}\.(?:19\d{2}|200\d|201[0-5]))"
)
# A name after a salutation: not sensitive alone, but replaced when a mail is pseudonymised.
SALUTATION_NAME = r"(?:Herrn?|Frau) (?P<salutation_name>[A-ZÄÖÜ][a-zäöüß]+(?: [A-ZÄÖÜ][a-zäöüß]+)?)"
BIRTH_AFTER_STAR = r"\*\s?(?P<star_date>\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d{2})"

ANCHORS = (
    Anchor(
        "birth-date",
        ("geb.", "geboren", "geboren am", "geburtsdatum", "date of birth"),
        re.compile(r"\s*(?:am\s*)?:?\s*" + DATE),
        whole_word=False,
        payload="GEBURTSDATUM",
    ),
    Anchor(
        "income",
        (
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
        ),
        re.compile(r"[^.\n]{0,40}?" + AMOUNT),
        payload="BETRAG",
    ),
    # Payment trouble tells that a person is insured and in arrears: financial data.
    Anchor(
        "payment-problem",
        (
            "rücklastschrift",
            "zahlungsrückstand",
            "beitragsrückstand",
            "zahlungsverzug",
            "mahnung",
            "mahnverfahren",
            "rückständige beiträge",
            "lastschrift zurück",
            "lastschrift kam zurück",
            "lastschrift ist zurück",
        ),
        whole_word=False,
    ),
)
