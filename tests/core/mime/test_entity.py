"""The one MIME toolkit: parameters as RFC 2045/2231 read them, bodies decoded, parts exact."""

from __future__ import annotations

import pytest

from siegel.core.mime.entity import (
    MalformedEntity,
    content_type,
    decoded_body,
    new_boundary,
    parts,
    transfer_encoding,
)


def test_a_quoted_semicolon_belongs_to_the_boundary() -> None:
    entity = b'Content-Type: multipart/mixed; boundary="x;y"; charset=utf-8\r\n\r\n'
    assert content_type(entity) == ("multipart/mixed", {"boundary": "x;y", "charset": "utf-8"})


def test_folded_and_rfc2231_parameters() -> None:
    entity = (
        b"Content-Type: Application/PKCS7-MIME;\r\n smime-type=enveloped-data;\r\n"
        b" name*=utf-8''gr%C3%BC%C3%9Fe.p7m\r\n\r\n"
    )
    media, params = content_type(entity)
    assert media == "application/pkcs7-mime"
    assert params == {"smime-type": "enveloped-data", "name": "grüße.p7m"}
    assert content_type(b"Subject: x\r\n\r\nbody") == ("text/plain", {})


def test_bodies_are_decoded_as_the_header_says() -> None:
    qp = b"Content-Transfer-Encoding: Quoted-Printable\r\n\r\nGr=C3=BC=C3=9Fe=\r\n und mehr\r\n"
    assert transfer_encoding(qp) == "quoted-printable"
    assert decoded_body(qp) == "Grüße und mehr\r\n".encode()
    assert decoded_body(b"Content-Transfer-Encoding: base64\r\n\r\nSGFs\r\nbG8=\r\n") == b"Hallo"
    assert decoded_body(b"\r\nplain") == b"plain"
    with pytest.raises(MalformedEntity):
        decoded_body(b"Content-Transfer-Encoding: base64\r\n\r\n!!!\r\n")


def test_parts_exactly_as_transmitted_and_truncation_refused() -> None:
    entity = (
        b'Content-Type: multipart/signed; boundary="b;1"\r\n\r\npreamble\r\n'
        b"--b;1\r\nContent-Type: text/plain\r\n\r\nsigned\n text\r\n--b;1\r\n"
        b"Content-Type: application/pgp-signature\r\n\r\nsig\r\n--b;1--\r\n"
    )
    assert parts(entity) == [
        b"Content-Type: text/plain\r\n\r\nsigned\r\n text",
        b"Content-Type: application/pgp-signature\r\n\r\nsig",
    ]
    with pytest.raises(MalformedEntity, match="truncated"):
        parts(entity.replace(b"--b;1--", b""))
    with pytest.raises(MalformedEntity, match="boundary"):
        parts(b"Content-Type: multipart/mixed\r\n\r\n")


def test_boundaries_are_unique() -> None:
    assert len({new_boundary() for _ in range(100)}) == 100
    assert new_boundary("siegel-pgp").startswith("----siegel-pgp-")
