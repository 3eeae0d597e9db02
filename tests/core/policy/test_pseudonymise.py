"""Pseudonymisation replaces what classification found by stable placeholders."""

from __future__ import annotations

from email.message import EmailMessage

from siegel.core.classify import classify
from siegel.core.policy.pseudonymise import pseudonymise


def test_placeholders_are_stable_and_reversible_inside() -> None:
    body = (
        "Frau Erika Muster, geb. 12.05.1968, zahlt auf DE89 3704 0044 0532 0130 00.\n"
        "Nochmals: DE89 3704 0044 0532 0130 00. Vertragsnummer: HR-4455667."
    )
    message = EmailMessage()
    message["Subject"] = "x"
    message.set_content(body)
    findings = [f for f in classify(message.as_bytes()).findings if f.location == "body"]
    text, mapping = pseudonymise(body, findings)
    assert "DE89" not in text and "12.05.1968" not in text and "4455667" not in text
    assert text.count("[IBAN-1]") == 2
    assert "[GEBURTSDATUM-1]" in text and "[VERTRAGSNUMMER-1]" in text
    assert "Erika Muster" not in text and "[NAME-1]" in text
    assert mapping["[IBAN-1]"] == "DE89 3704 0044 0532 0130 00"
    restored = text
    for placeholder, value in mapping.items():
        restored = restored.replace(placeholder, value)
    assert restored == body


def test_overlapping_and_out_of_range_spans_are_ignored() -> None:
    class S:
        def __init__(self, start: int, end: int, kind: str) -> None:
            self.start, self.end, self.kind = start, end, kind

    text, mapping = pseudonymise("abcdef", [S(0, 4, "A"), S(2, 5, "B"), S(3, 99, "C"), S(5, 6, "")])
    assert text == "[A-1]ef" and mapping == {"[A-1]": "abcd"}
