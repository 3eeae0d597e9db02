"""Canonicalisation before signing: CRLF and 7-bit-safe transfer encodings, meaning unchanged."""

from __future__ import annotations

import base64
import email
import email.policy

import pytest

from siegel.core.smime.canonical import canonicalize, is_seven_bit_safe


def payload(entity: bytes) -> bytes:
    message = email.message_from_bytes(entity, policy=email.policy.compat32)
    return message.get_payload(decode=True) or b""


def encoding(entity: bytes) -> str | None:
    return email.message_from_bytes(entity).get("Content-Transfer-Encoding")


@pytest.mark.parametrize(
    ("entity", "expected_encoding", "expected_payload"),
    [
        (
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nGrüße\n".encode(),
            "quoted-printable",
            "Grüße\r\n".encode(),
        ),
        (
            "Content-Type: text/plain; charset=utf-8\n\nohne Kodierungsangabe: Ä\n".encode(),
            "quoted-printable",
            "ohne Kodierungsangabe: Ä\r\n".encode(),
        ),
        (
            b"Content-Type: application/pdf\nContent-Transfer-Encoding: binary\n\n%PDF\n\x00\xff\r",
            "base64",
            b"%PDF\n\x00\xff\r",
        ),
        (
            b"Content-Type: text/plain\n\n" + b"x" * 1200 + b"\n",
            "quoted-printable",
            b"x" * 1200 + b"\r\n",
        ),
        (
            b"Content-Type: text/plain\nContent-Transfer-Encoding: 8bit\n\nbare\rCR \xe4\n",
            "base64",
            b"bare\rCR \xe4\r\n",
        ),
    ],
    ids=["8bit-text", "undeclared-8bit", "binary", "long-line", "bare-cr"],
)
def test_unsafe_parts_are_reencoded_without_changing_their_content(
    entity: bytes, expected_encoding: str, expected_payload: bytes
) -> None:
    canonical = canonicalize(entity)
    assert is_seven_bit_safe(canonical)
    assert encoding(canonical) == expected_encoding
    assert payload(canonical) == expected_payload
    assert canonicalize(canonical) == canonical


def test_safe_parts_keep_their_bytes_apart_from_line_ends() -> None:
    qp = b"Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\nGr=C3=BC=C3=9Fe\n"
    assert canonicalize(qp) == qp.replace(b"\n", b"\r\n")
    b64 = (
        b"Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(b"\x89PNG").replace(b"\n", b"\r\n")
    )
    assert canonicalize(b64) == b64


def test_multipart_and_embedded_messages_are_canonicalised_part_by_part() -> None:
    inner = "From: a@example.org\nSubject: weitergeleitet\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nÜbersicht\n"
    entity = (
        'Content-Type: multipart/mixed; boundary="grenze"\n\nPräambel wird nicht gelesen\n'
        "--grenze  \nContent-Type: text/plain; charset=us-ascii\n\nHallo\n"
        "--grenze\nContent-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\n\n"
        f"{inner}\n--grenze--\nEpilog\n"
    ).encode()
    canonical = canonicalize(entity)
    assert (
        b"\r\n--grenze\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nHallo\r\n" in canonical
    )
    assert b"Content-Type: message/rfc822\r\nContent-Transfer-Encoding: 7bit\r\n" in canonical
    assert b"=C3=9Cbersicht" in canonical
    assert canonical.endswith(b"\r\n--grenze--\r\nEpilog\r\n")
    assert canonicalize(canonical) == canonical
    parsed = email.message_from_bytes(canonical, policy=email.policy.default)
    forwarded = parsed.get_payload()[1].get_payload()[0]
    assert forwarded.get_content() == "Übersicht\r\n"
