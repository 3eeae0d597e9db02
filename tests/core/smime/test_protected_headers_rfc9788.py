"""RFC 9788 header protection end to end: the real header travels encrypted, the outer one is
neutral, and decryption gives back the message as written."""

from __future__ import annotations

import base64
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from siegel.core.mime import headers
from siegel.core.smime.decrypt import decrypt, decrypt_and_verify
from siegel.core.smime.encrypt import encrypt_message
from siegel.core.smime.mime import split_message
from siegel.core.smime.protected_headers import (
    OBSCURED_SUBJECT,
    is_protected,
    protect_headers,
    restore_headers,
)
from siegel.core.smime.sign import Signer
from siegel.core.smime.verify import verify
from tests.core.smime.conftest import openssl
from tests.support.pki import issue, make_ca

CA = make_ca()
LEISTUNG = issue(CA, "leistung@versicherer.example")
KUNDE = issue(CA, "kunde@example.org", key_kind="p256")

HEAD = (
    b"Received: from intern.versicherer.example by gw.versicherer.example\r\n"
    b"From: Leistungsabteilung <leistung@versicherer.example>\r\n"
    b"To: Kundin <kunde@example.org>\r\n"
    b"Cc: akte@versicherer.example\r\n"
    b"Subject: Ihr Befund vom Facharzt\r\n"
    b"Keywords: Befund, Psychotherapie\r\n"
    b"Date: Sun, 22 Nov 2026 10:00:00 +0100\r\n"
    b"Message-ID: <hp-1@versicherer.example>\r\n"
    b"MIME-Version: 1.0\r\n"
)
TEXT = HEAD + (
    b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    + "Sehr geehrte Kundin,\r\nanbei der Befund (F32.1).\r\nGrüße\r\n".encode()
)


def test_the_outer_header_shows_nothing_confidential(tmp_path: Path) -> None:
    message = encrypt_message(TEXT, [KUNDE.cert])
    assert headers.get(message, "Subject") == OBSCURED_SUBJECT == "[...]"
    assert b"Befund" not in message and b"Psychotherapie" not in message
    assert headers.get(message, "Keywords") is None  # hcp_baseline drops Keywords and Comments
    for name in ("From", "To", "Cc", "Date", "Message-ID", "Received"):
        assert headers.get(message, name) == headers.get(TEXT, name), name
    crt, key = KUNDE.write(tmp_path, "kunde")
    (tmp_path / "m.eml").write_bytes(message)
    opened = openssl("cms", "-decrypt", "-in", tmp_path / "m.eml", "-recip", crt, "-inkey", key)
    assert opened.returncode == 0, opened.stderr.decode()
    payload = opened.stdout
    assert headers.get(payload, "Subject") == "Ihr Befund vom Facharzt"
    assert headers.get(payload, "Keywords") == "Befund, Psychotherapie"
    assert b'hp="cipher"' in headers.get(payload, "Content-Type").encode()  # type: ignore[union-attr]
    assert "Subject: [...]" in headers.get_all(payload, "HP-Outer")
    assert headers.get(payload, "Received") is None  # transport fields stay outside


def test_the_neutral_subject_is_configurable_and_encoded() -> None:
    message = encrypt_message(TEXT, [KUNDE.cert], obscured_subject="Verschlüsselte Nachricht")
    raw = headers.split(message)[0]
    assert b"Subject: =?utf-8?q?Verschl=C3=BCsselte_Nachricht?=\r\n" in raw
    assert all(field.isascii() for field in raw)


@pytest.mark.parametrize("legacy_display", [False, True])
def test_decryption_gives_back_the_message_byte_for_byte(legacy_display: bool) -> None:
    message = encrypt_message(TEXT, [KUNDE.cert], legacy_display=legacy_display)
    outer, _ = split_message(message)
    content = decrypt(message, [(KUNDE.cert, KUNDE.key)]).content
    assert is_protected(content)
    assert restore_headers(content, outer) == TEXT


def test_a_signed_payload_is_restored_and_still_verifies() -> None:
    message = encrypt_message(TEXT, [KUNDE.cert], signer=Signer(LEISTUNG.cert, LEISTUNG.key))
    result = decrypt_and_verify(message, [(KUNDE.cert, KUNDE.key)], trust_anchors=[CA.cert])
    assert result.verified.valid, result.reason
    outer, _ = split_message(message)
    restored = restore_headers(result.decrypted.content, outer)
    assert headers.get_all(restored, "Subject") == ["Ihr Befund vom Facharzt"]
    assert headers.get(restored, "Keywords") == "Befund, Psychotherapie"
    assert verify(restored, trust_anchors=[CA.cert]).valid


def _text_with(encoding: bytes, body: bytes, charset: bytes = b"utf-8") -> bytes:
    return (
        HEAD
        + b"Content-Type: text/plain; charset="
        + charset
        + b"\r\nContent-Transfer-Encoding: "
        + encoding
        + b"\r\n\r\n"
        + body
    )


@pytest.mark.parametrize(
    "message",
    [
        _text_with(b"7bit", b"Befund anbei.\r\n", b"us-ascii"),
        _text_with(b"quoted-printable", b"Gr=C3=BC=C3=9Fe\r\n"),
        _text_with(b"base64", base64.encodebytes("Grüße\r\n".encode()).replace(b"\n", b"\r\n")),
    ],
    ids=["7bit", "quoted-printable", "base64"],
)
def test_the_legacy_display_element_shows_the_subject_to_old_clients(message: bytes) -> None:
    protected = protect_headers(message, legacy_display=True)
    content_type = headers.get(protected.payload, "Content-Type") or ""
    assert 'hp-legacy-display="1"' in content_type
    _, rest = headers.split(protected.payload)
    encoding = headers.get(protected.payload, "Content-Transfer-Encoding")
    body = rest[2:]
    if encoding == "base64":
        body = base64.b64decode(body)
    assert body.startswith(b"Subject: Ihr Befund vom Facharzt\r\n\r\n")
    assert restore_headers(protected.payload, protected.outer) == message


def test_no_legacy_display_where_it_cannot_be_written() -> None:
    multipart = HEAD + (
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: text/plain\r\n\r\nx\r\n--b--\r\n"
    )
    umlaut_subject = TEXT.replace(b"Ihr Befund", "Ärztlicher Befund".encode())
    ascii_only = umlaut_subject.replace(b"charset=utf-8", b"charset=us-ascii").replace(
        b"8bit", b"7bit"
    )
    for message in (multipart, ascii_only):
        protected = protect_headers(message, legacy_display=True)
        assert "hp-legacy-display" not in (headers.get(protected.payload, "Content-Type") or "")
        assert restore_headers(protected.payload, protected.outer) == message


def test_an_unprotected_entity_is_joined_as_it_is() -> None:
    outer, entity = split_message(TEXT)
    assert not is_protected(entity)
    assert restore_headers(entity, outer) == TEXT


def test_outer_transport_fields_survive_and_protected_fields_win() -> None:
    message = encrypt_message(TEXT, [KUNDE.cert])
    relayed = b"Received: from mx.example.org by mail.example.org\r\n" + message.replace(
        b"To: Kundin <kunde@example.org>", b"To: someone-else@example.org"
    )
    outer, _ = split_message(relayed)
    content = decrypt(relayed, [(KUNDE.cert, KUNDE.key)]).content
    restored = restore_headers(content, outer)
    assert headers.get_all(restored, "Received")[0].startswith("from mx.example.org")
    assert headers.get_all(restored, "To") == ["Kundin <kunde@example.org>"]
    assert "To: Kundin <kunde@example.org>" in headers.get_all(content, "HP-Outer")


@st.composite
def messages(draw: st.DrawFn) -> bytes:
    """Whole messages as mail programs write them: any Unicode subject, text or HTML, attachments."""
    message = EmailMessage(policy=SMTP)
    message["From"] = "Leistung <leistung@versicherer.example>"
    message["To"] = ", ".join(
        f"k{n}@example.org" for n in range(draw(st.integers(min_value=1, max_value=3)))
    )
    message["Subject"] = draw(
        st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=80)
        .map(str.strip)
        .filter(bool)
    )
    message["Message-ID"] = "<prop@versicherer.example>"
    body = draw(st.text(max_size=300))
    if draw(st.booleans()):
        message.set_content(body, cte=draw(st.sampled_from(["quoted-printable", "base64", "8bit"])))
    else:
        message.set_content(f"<p>{body}</p>", subtype="html")
    if draw(st.booleans()):
        message.add_attachment(draw(st.binary(max_size=300)), "application", "octet-stream")
        message.set_boundary("siegel-property")
    return message.as_bytes()


def _fields(message: bytes) -> list[tuple[str, str]]:
    return sorted(
        (headers.field_name(f), headers.field_value(f)) for f in headers.split(message)[0]
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(message=messages(), legacy_display=st.booleans())
def test_any_message_comes_back_with_its_header_and_body(
    message: bytes, legacy_display: bool
) -> None:
    sent = encrypt_message(message, [KUNDE.cert], legacy_display=legacy_display)
    assert headers.get(sent, "Subject") == OBSCURED_SUBJECT
    outer, _ = split_message(sent)
    restored = restore_headers(decrypt(sent, [(KUNDE.cert, KUNDE.key)]).content, outer)
    assert _fields(restored) == _fields(message)
    assert headers.split(restored)[1] == headers.split(message)[1]
