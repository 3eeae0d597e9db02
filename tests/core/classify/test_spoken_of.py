"""Rules written from the first measures of fresh writers (issue 14): one person's health said
of them in the third person.

Each case is written from the kind of mail, not copied from a corpus; beside each rule, a case
shows the trap that must stay normal.
"""

from __future__ import annotations

import pytest

from siegel.core.classify import classify
from siegel.core.sensitivity import Sensitivity
from tests.core.classify.test_generalises import mail

N, S = Sensitivity.NORMAL, Sensitivity.STRICTLY_CONFIDENTIAL


@pytest.mark.parametrize(
    "body",
    [
        # A team greeted as a group, about one person: the singular verb says one.
        "Hallo zusammen,\n\nsie hat seit Jahren Diabetes Typ 1, die Pumpe muss mit nach Madrid.",
        "Dear colleagues,\n\nin the health questionnaire he declared type 1 diabetes.\n\nLea",
        "Liebe Kolleginnen und Kollegen,\n\ner wurde letzte Woche operiert, bitte Geduld.",
    ],
)
def test_one_persons_health_said_in_the_third_person(body: str) -> None:
    result = classify(mail(body))
    assert result.sensitivity == S
    assert any(f.detector == "own-health" for f in result.findings)


@pytest.mark.parametrize(
    "body",
    [
        # A process that supposes a person: nobody's health.
        "Hi team,\n\nquick reminder: if a claimant says he suffered a stroke, route the file "
        "to the medical desk.",
        "Hallo zusammen,\n\nwenn ein Kunde sagt, er hat Diabetes, bitte an die Risikoprüfung.",
        # A training announcement about anyone.
        "Dear colleagues,\n\nour webinar next week: what to do if a customer says she has "
        "diabetes.",
    ],
)
def test_a_process_that_supposes_a_person_is_nobodys_health(body: str) -> None:
    assert classify(mail(body)).sensitivity == N
