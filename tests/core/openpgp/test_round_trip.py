"""Arbitrary MIME entities come back byte-identical through PGP/MIME, signed and encrypted."""

from __future__ import annotations

import base64

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from siegel.core.openpgp import SignatureStatus, decrypt_and_verify, encrypt_and_sign, sign, verify
from tests.core.openpgp.conftest import GpgPerson

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300).map(
    lambda t: "\r\n".join(t.replace("\r", "").split("\n"))  # mail carries CRLF line ends
)


@st.composite
def mime_entities(draw: st.DrawFn) -> bytes:
    """Text, HTML, UTF-8 and binary attachments in a multipart/mixed entity, as mail carries them."""
    plain = draw(texts).encode()
    html = ("<p>" + draw(texts).replace("<", "&lt;") + "</p>").encode()
    attachment = draw(st.binary(max_size=2000))
    boundary = "b-" + draw(st.text(alphabet="abcdef0123456789", min_size=8, max_size=8))
    return b"".join(
        [
            f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'.encode(),
            f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n".encode(),
            plain,
            f"\r\n--{boundary}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n".encode(),
            html,
            f"\r\n--{boundary}\r\nContent-Type: application/octet-stream\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n".encode(),
            base64.encodebytes(attachment).replace(b"\n", b"\r\n"),
            f"--{boundary}--\r\n".encode(),
        ]
    )


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(entity=mime_entities())
def test_encrypt_then_decrypt_is_identity(people: dict[str, GpgPerson], entity: bytes) -> None:
    anna, bob = people["anna"], people["bob"]
    result = decrypt_and_verify(
        encrypt_and_sign(entity, [anna.public, bob.public], bob.secret), [anna.secret], [bob.public]
    )
    assert result.content == entity
    assert result.status is SignatureStatus.VALID


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(entity=mime_entities())
def test_sign_then_verify_is_identity(people: dict[str, GpgPerson], entity: bytes) -> None:
    anna = people["anna"]
    result = verify(sign(entity, anna.secret), [anna.public])
    assert result.content == entity
    assert result.status is SignatureStatus.VALID


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=st.binary(max_size=3000))
def test_any_bytes_survive_encryption(people: dict[str, GpgPerson], raw: bytes) -> None:
    """Not only well-formed MIME: bare LFs, NULs and 8-bit data are carried unchanged too."""
    anna = people["anna"]
    result = decrypt_and_verify(encrypt_and_sign(raw, [anna.public]), [anna.secret], [])
    assert (result.content, result.status) == (raw, SignatureStatus.UNSIGNED)
