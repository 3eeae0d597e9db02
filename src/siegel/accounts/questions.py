"""Security questions: the offered list, answers normalised and hashed, decoys for strangers.

The answer is a second secret for the password reset, so it is stored like a
password (Django's hasher, Argon2) and compared after normalising what people
vary without meaning to: case, surrounding and repeated spaces, Unicode forms.
"""

from __future__ import annotations

import unicodedata

from django.contrib.auth.hashers import check_password, make_password
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext, gettext_noop

# Stored as the German text; shown through :func:`display` (own questions stay as written).
QUESTIONS = [
    gettext_noop("Wie hieß Ihr erstes Haustier?"),
    gettext_noop("In welcher Straße sind Sie aufgewachsen?"),
    gettext_noop("Wie lautet der Geburtsname Ihrer Mutter?"),
    gettext_noop("Wie hieß Ihre erste Lehrerin oder Ihr erster Lehrer?"),
    gettext_noop("In welcher Stadt haben sich Ihre Eltern kennengelernt?"),
    gettext_noop("Wie hieß Ihr erstes Kuscheltier?"),
]


def normalise_answer(answer: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", answer).casefold().split())


def hash_answer(answer: str) -> str:
    return make_password(normalise_answer(answer))


def answer_matches(answer: str, encoded: str) -> bool:
    """Compare with the stored hash; an empty hash (no question set) still costs one hashing."""
    if not encoded:
        make_password(normalise_answer(answer))
        return False
    return check_password(normalise_answer(answer), encoded)


def decoy_question(address: str) -> str:
    """The question shown for an address without a question: always the same one for it.

    Keyed by ``SECRET_KEY`` so nobody can tell a decoy from a chosen list question
    by computing it.
    """
    digest = salted_hmac("siegel.accounts.questions.decoy", address, algorithm="sha256").digest()
    return QUESTIONS[digest[0] % len(QUESTIONS)]


def display(question: str) -> str:
    """The question in the current language: list questions translated, own ones as written."""
    return gettext(question) if question in QUESTIONS else question
