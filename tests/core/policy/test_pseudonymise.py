"""Pseudonymisation replaces what classification found by stable placeholders."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from siegel.core.classify import classify
from siegel.core.policy import PseudonymisationError, pseudonymise


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    kind: str


def spans_of(text: str, *found: tuple[str, str]) -> list[Found]:
    """A span for every occurrence of each (value, kind) in ``text``."""
    spans = []
    for value, kind in found:
        start = text.find(value)
        while start >= 0:
            spans.append(Found(start, start + len(value), kind))
            start = text.find(value, start + 1)
    return spans


def test_the_same_value_gets_the_same_placeholder() -> None:
    text = "Zahlung von DE89 3704 0044 0532 0130 00, nochmals DE89 3704 0044 0532 0130 00."
    result, mapping = pseudonymise(text, spans_of(text, ("DE89 3704 0044 0532 0130 00", "IBAN")))
    assert result == "Zahlung von [IBAN-1], nochmals [IBAN-1]."
    assert mapping == {"[IBAN-1]": "DE89 3704 0044 0532 0130 00"}


def test_different_values_of_one_kind_are_numbered_and_spelling_does_not_matter() -> None:
    text = (
        "Alt: DE89 3704 0044 0532 0130 00, neu: DE02120300000000202051, alt: de89370400440532013000"
    )
    spans = spans_of(
        text,
        ("DE89 3704 0044 0532 0130 00", "IBAN"),
        ("DE02120300000000202051", "IBAN"),
        ("de89370400440532013000", "IBAN"),
    )
    result, mapping = pseudonymise(text, spans)
    assert result == "Alt: [IBAN-1], neu: [IBAN-2], alt: [IBAN-1]"
    assert mapping == {
        "[IBAN-1]": "DE89 3704 0044 0532 0130 00",
        "[IBAN-2]": "DE02120300000000202051",
    }


def test_one_mapping_across_the_parts_of_a_mail() -> None:
    subject = "Vertrag HR-4455667"
    body = "Zu Vertrag HR-4455667 und HR-1000001."
    new_subject, mapping = pseudonymise(
        subject, spans_of(subject, ("HR-4455667", "Vertragsnummer"))
    )
    new_body, mapping = pseudonymise(
        body,
        spans_of(body, ("HR-4455667", "Vertragsnummer"), ("HR-1000001", "Vertragsnummer")),
        mapping=mapping,
    )
    assert new_subject == "Vertrag [VERTRAGSNUMMER-1]"
    assert new_body == "Zu Vertrag [VERTRAGSNUMMER-1] und [VERTRAGSNUMMER-2]."
    assert mapping == {"[VERTRAGSNUMMER-1]": "HR-4455667", "[VERTRAGSNUMMER-2]": "HR-1000001"}


def test_overlapping_findings_are_replaced_as_one_so_nothing_is_left_half_visible() -> None:
    text, mapping = pseudonymise("abcdefgh", [Found(0, 4, "A"), Found(2, 6, "B"), Found(1, 3, "C")])
    assert text == "[A-1]gh" and mapping == {"[A-1]": "abcdef"}


def test_findings_without_a_datum_are_left_alone() -> None:
    text = "Der Arztbericht liegt vor."
    assert pseudonymise(text, [Found(4, 15, ""), Found(-1, -1, "IBAN")]) == (text, {})


def test_findings_that_do_not_fit_the_text_are_an_error() -> None:
    with pytest.raises(PseudonymisationError, match=r"IBAN at 3\.\.99 does not fit a text of 6"):
        pseudonymise("abcdef", [Found(3, 99, "IBAN")])
    with pytest.raises(PseudonymisationError, match="does not fit"):
        pseudonymise("abcdef", [Found(4, 2, "IBAN")])


def test_kinds_become_safe_placeholder_labels() -> None:
    text, mapping = pseudonymise("x 12.05.1968 y", [Found(2, 12, "Geburts datum]")])
    assert text == "x [GEBURTS_DATUM-1] y" and mapping == {"[GEBURTS_DATUM-1]": "12.05.1968"}
    assert pseudonymise("ab", [Found(0, 2, "!!")])[0] == "[DATEN-1]"


def test_classifier_findings_are_accepted_as_they_are() -> None:
    """The classifier's own Finding objects carry start/end/kind for the text they came from."""
    body = "Frau Erika Muster, geb. 12.05.1968, zahlt auf DE89 3704 0044 0532 0130 00.\n"
    message = EmailMessage()
    message["Subject"] = "Bankverbindung"
    message.set_content(body)
    findings = [f for f in classify(message.as_bytes()).findings if f.location == "body"]
    text, mapping = pseudonymise(body, findings)
    assert "DE89" not in text and "12.05.1968" not in text
    assert "[IBAN-1]" in text and "[GEBURTSDATUM-1]" in text
    restored = text
    for placeholder, value in mapping.items():
        restored = restored.replace(placeholder, value)
    assert restored == body


words = st.sampled_from(
    ["Herr", "Muster", "DE89", "12.05.1968", "HR-44", "und", "Vertrag", " ", "\n"]
)


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(words, min_size=1, max_size=30),
    data=st.data(),
)
def test_every_found_character_is_replaced_and_every_other_one_kept(
    parts: list[str], data: st.DataObject
) -> None:
    text = "".join(parts)
    bounds = st.integers(min_value=0, max_value=len(text))
    spans = [
        Found(min(a, b), max(a, b), kind)
        for a, b, kind in data.draw(
            st.lists(st.tuples(bounds, bounds, st.sampled_from(["NAME", "IBAN"])), max_size=5)
        )
        if a != b
    ]
    result, mapping = pseudonymise(text, spans)
    covered = {i for span in spans for i in range(span.start, span.end)}
    untouched = "".join(ch for i, ch in enumerate(text) if i not in covered)
    without_placeholders = result
    for placeholder in mapping:
        without_placeholders = without_placeholders.replace(placeholder, "")
    assert without_placeholders == untouched
    assert all(value in text for value in mapping.values())
