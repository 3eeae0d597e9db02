"""The person question: who is concerned decides what weak words and references count for."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from siegel.core.classify import classify
from siegel.core.sensitivity import Sensitivity

N, C, S = Sensitivity.NORMAL, Sensitivity.CONFIDENTIAL, Sensitivity.STRICTLY_CONFIDENTIAL


def mail(body: str, subject: str = "Info") -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "a@v.example", "k@example.org", subject
    message.set_content(body)
    return message.as_bytes()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Dear Ms Brennan,\nyour claim MC-26-00412 is being settled.", C),
        ("Den Vertrag HR 7731-20458 von Frau Bettina Mertens haben wir umgestellt.", C),
        ("Bitte nennen Sie uns Ihre Rezepte und die Apotheke.", S),
        ("Ramipril 5 mg wurde verordnet.", S),
        ("Befund: M54.5 G, Behandlung fortgesetzt.", S),
        ("Max Mustermann, date of birth: 30 Nov 1982", C),
        ("Kundin geboren am 1982-11-30.", C),
        ("Born 22/06/1984, the applicant asks for cover.", C),
        ("Ihre Berufsunfähigkeitsversicherung wurde angepasst.", S),
        ("Hallo Herr Brandt,\nder Behandlungsplan liegt vor; psychisch sei die Lage schwer.", S),
        ("Liebe Frau Kaya,\nnach dem zweiten Embryotransfer erstatten wir die Kosten.", S),
    ],
)
def test_a_person_concerned_makes_the_data_count(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity == expected, result.reason


@pytest.mark.parametrize(
    "body",
    [
        "Unser neuer Tarif erstattet Zahnersatz. Mehr in der Broschüre.",
        "Bestellnummer 4711-123, Lieferung der Stühle bis Freitag.",
        "Anonymisierte Statistik: Anzahl der Fälle je Diagnosegruppe, Diagnose F32 häufigste.",
        "Wir bieten eine Krankenversicherung für Studierende an.",
        "Sehr geehrter Herr Weber,\nanbei unsere Produktinformation zur Zahnzusatzversicherung.",
    ],
)
def test_no_person_no_alarm(body: str) -> None:
    result = classify(mail(body))
    assert result.sensitivity == N, result.reason


def test_lowered_findings_keep_their_reason() -> None:
    result = classify(mail("Anonymisierte Statistik: Diagnose F32 je Diagnosegruppe."))
    assert any("no person concerned" in f.snippet for f in result.findings)


UNRELATED = [
    "Unser Büro ist am Freitag ab 12 Uhr geschlossen.",
    "Das Wetter in Köln bleibt regnerisch.",
    "Bitte beachten Sie die neuen Parkplätze im Hof.",
    "Our office moves to the second floor next month.",
    "Mit freundlichen Grüßen\nIhr Serviceteam",
]
SENSITIVE = [
    "Anbei der Arztbericht.",
    "Dear Ms Brennan,\nyour claim MC-26-00412 is being settled.",
    "IBAN DE02 3704 0044 0532 0131 11",
    "Herr Max Mustermann, geb. 01.02.1975",
    "Ramipril 5 mg wurde verordnet.",
]


@settings(max_examples=80, deadline=None)
@given(
    text=st.sampled_from(SENSITIVE),
    added=st.lists(st.sampled_from(UNRELATED), min_size=1, max_size=4),
    before=st.booleans(),
)
def test_adding_unrelated_text_never_lowers_a_sensitivity(
    text: str, added: list[str], before: bool
) -> None:
    alone = classify(mail(text)).sensitivity
    extra = "\n".join(added)
    combined = classify(mail(extra + "\n" + text if before else text + "\n" + extra)).sensitivity
    assert combined >= alone
