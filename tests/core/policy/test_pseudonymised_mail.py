"""Whole mails pseudonymised: plain, HTML, alternative, attachments kept or left out."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

import pytest

from siegel.core.classify import classify
from siegel.core.policy.pseudonymise import PseudonymisationError
from siegel.core.policy.pseudonymised_mail import pseudonymise_mail
from siegel.core.sensitivity import Sensitivity
from tests.core.classify.test_classify import text_pdf

IBAN = "DE89 3704 0044 0532 0130 00"
TEXT = (
    f"Sehr geehrte Frau Muster,\nbitte überweisen Sie auf IBAN {IBAN}.\nMit freundlichen Grüßen\n"
)


def mail(**parts: object) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "vertrag@versicherer.example"
    message["To"] = "kunde@example.org"
    message["Subject"] = f"Ihre Bankverbindung {IBAN}"
    message["X-Internal"] = "nicht nach draußen"
    message.set_content(str(parts.get("text", TEXT)))
    if "html" in parts:
        message.add_alternative(str(parts["html"]), subtype="html")
    return message


def parsed(data: bytes) -> EmailMessage:
    result = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(result, EmailMessage)
    return result


def test_plain_text_mail() -> None:
    result = pseudonymise_mail(mail().as_bytes())
    out = parsed(result.content)
    assert IBAN not in result.content.decode() and "[IBAN-1]" in str(out["Subject"])
    assert "[IBAN-1]" in out.get_content()
    assert result.placeholders["[IBAN-1]"].replace(" ", "") == IBAN.replace(" ", "")
    assert "X-Internal" not in out and out["To"] == "kunde@example.org"
    assert classify(result.content).sensitivity is Sensitivity.NORMAL


def test_html_alternative_sends_the_plain_version_only() -> None:
    html = f"<p>IBAN <b>{IBAN}</b></p><script>x</script>"
    result = pseudonymise_mail(mail(html=html).as_bytes())
    out = parsed(result.content)
    assert out.get_content_type() == "text/plain" and not out.is_multipart()
    assert "<b>" not in result.content.decode() and IBAN not in result.content.decode()


def test_html_only_mail_becomes_its_text() -> None:
    message = mail()
    message.set_content(f"<html><body><p>IBAN {IBAN}</p></body></html>", subtype="html")
    result = pseudonymise_mail(message.as_bytes())
    out = parsed(result.content)
    assert out.get_content_type() == "text/plain"
    assert "[IBAN-1]" in out.get_content() and "<p>" not in out.get_content()


def test_attachments_with_data_or_unreadable_are_left_out_and_named() -> None:
    message = mail()
    message.add_attachment(
        f"Konto {IBAN}".encode(), maintype="text", subtype="plain", filename="konto.txt"
    )
    message.add_attachment(
        b"\x00\x01binary", maintype="application", subtype="octet-stream", filename="scan.bin"
    )
    conditions = text_pdf("Allgemeine Versicherungsbedingungen 2026")
    message.add_attachment(conditions, maintype="application", subtype="pdf", filename="AVB.pdf")
    result = pseudonymise_mail(message.as_bytes())
    out = parsed(result.content)
    assert result.removed == ("konto.txt", "scan.bin")
    names = [p.get_filename() for p in out.iter_attachments()]
    assert names == ["AVB.pdf"], "a readable attachment without findings stays"
    body = next(iter(out.iter_parts())).get_content()
    assert "- konto.txt" in body and "- scan.bin" in body
    assert IBAN.replace(" ", "") not in result.content.decode().replace(" ", "")


def test_the_same_value_keeps_its_placeholder_across_subject_and_body() -> None:
    result = pseudonymise_mail(mail().as_bytes())
    assert list(result.placeholders).count("[IBAN-1]") == 1
    assert "[IBAN-2]" not in result.content.decode()


def test_strictly_confidential_content_is_never_sent() -> None:
    message = mail(text="Diagnose: F32.1 mittelgradige depressive Episode, Psychotherapie.\n")
    with pytest.raises(PseudonymisationError, match="still found"):
        pseudonymise_mail(message.as_bytes())
