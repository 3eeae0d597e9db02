"""Bad OpenPGP input gives a typed error with a reason, never a pysequoia exception."""

from __future__ import annotations

import base64
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from siegel.core.mime.entity import content_type
from siegel.core.openpgp import (
    DecryptionFailed,
    KeyUnusable,
    MalformedKey,
    MalformedMessage,
    MessageTooLarge,
    NotASecretKey,
    NotForUs,
    OpenPgpError,
    SignatureStatus,
    decrypt_and_verify,
    describe,
    encrypt_and_sign,
    import_public_key,
    import_secret_key,
    sign,
    verify,
)
from siegel.core.openpgp.pgpmime import encrypted_payload
from tests.core.openpgp.conftest import GpgPerson

ENTITY = b"Content-Type: text/plain\r\n\r\nVertraulich.\r\n"


@pytest.fixture(scope="module")
def sealed(people: dict[str, GpgPerson]) -> bytes:
    return encrypt_and_sign(ENTITY, [people["anna"].public], people["bob"].secret)


def armored_of(message: bytes) -> bytes:
    return encrypted_payload(message, content_type(message)[1])


def test_keys_that_are_not_keys(people: dict[str, GpgPerson]) -> None:
    for data in (
        b"",
        b"not a key",
        os.urandom(300),
        b"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nAAAA\n",
    ):
        with pytest.raises(MalformedKey):
            import_public_key(data)
        with pytest.raises(MalformedKey):
            import_secret_key(data)
    with pytest.raises(NotASecretKey, match="public key"):
        import_secret_key(people["anna"].armored_public)


def test_messages_that_are_not_pgp(people: dict[str, GpgPerson]) -> None:
    keys = [people["anna"].secret]
    with pytest.raises(MalformedMessage, match="no OpenPGP message"):
        decrypt_and_verify(b"Content-Type: text/plain\r\n\r\nkein PGP\r\n", keys, [])
    with pytest.raises(MalformedMessage, match="image/png"):
        decrypt_and_verify(b"Content-Type: image/png\r\n\r\n\x89PNG", keys, [])
    with pytest.raises(MalformedMessage, match="not an OpenPGP signed message"):
        verify(b"Content-Type: text/plain\r\n\r\nHallo\r\n", [])


def test_truncated_and_garbled(people: dict[str, GpgPerson], sealed: bytes) -> None:
    keys, armored = [people["anna"].secret], armored_of(sealed)
    with pytest.raises(MalformedMessage, match="closing boundary"):
        decrypt_and_verify(sealed[: len(sealed) // 2], keys, [])
    lines = armored.splitlines()
    cut = b"\n".join(lines[: len(lines) // 2] + lines[-1:])
    with pytest.raises(OpenPgpError) as truncated:
        decrypt_and_verify(b"Content-Type: text/plain\r\n\r\n" + cut, keys, [])
    assert truncated.value.reason
    garbled = armored.replace(armored.splitlines()[3], b"!!!!" * 16)
    with pytest.raises(MalformedMessage):
        decrypt_and_verify(b"Content-Type: text/plain\r\n\r\n" + garbled, keys, [])
    with pytest.raises(MalformedMessage):
        describe(b"Content-Type: text/plain\r\n\r\n" + garbled)


def test_flipped_ciphertext_is_detected(people: dict[str, GpgPerson], sealed: bytes) -> None:
    armored = armored_of(sealed)
    body = b"".join(armored.split(b"\r\n\r\n", 1)[1].split(b"=")[0].split())
    raw = bytearray(base64.b64decode(body + b"=" * (-len(body) % 4)))
    raw[-30] ^= 0x01  # inside the encrypted data, after the session key packet
    with pytest.raises((DecryptionFailed, MalformedMessage)):
        decrypt_and_verify(
            b"Content-Type: text/plain\r\n\r\n" + bytes(raw), [people["anna"].secret], []
        )


def test_wrong_key_and_unusable_keys(people: dict[str, GpgPerson], sealed: bytes) -> None:
    with pytest.raises(NotForUs):
        decrypt_and_verify(sealed, [people["eve"].secret, people["bob"].secret], [])
    with pytest.raises(NotForUs):
        decrypt_and_verify(sealed, [], [])
    with pytest.raises(KeyUnusable, match="at least one"):
        encrypt_and_sign(ENTITY, [])


def test_signature_by_a_wrong_key_is_invalid_not_unknown(people: dict[str, GpgPerson]) -> None:
    signed = sign(ENTITY, people["bob"].secret)
    tampered = signed.replace(b"Vertraulich.", b"Vertraulich!")
    result = verify(tampered, [people["bob"].public])
    assert result.status is SignatureStatus.INVALID and "does not match" in result.reason


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_mutated_messages_give_only_typed_errors(
    people: dict[str, GpgPerson], sealed: bytes, data: st.DataObject
) -> None:
    """Any byte flipped, cut or inserted: a result or an OpenPgpError, nothing else."""
    signed = sign(ENTITY, people["bob"].secret)
    original = data.draw(st.sampled_from([sealed, signed, armored_of(sealed)]))
    mutation = data.draw(st.sampled_from(["flip", "cut", "insert"]))
    position = data.draw(st.integers(min_value=0, max_value=len(original) - 1))
    if mutation == "flip":
        mutated = (
            original[:position]
            + bytes([original[position] ^ data.draw(st.integers(1, 255))])
            + original[position + 1 :]
        )
    elif mutation == "cut":
        mutated = original[:position]
    else:
        mutated = (
            original[:position] + data.draw(st.binary(min_size=1, max_size=8)) + original[position:]
        )
    if not mutated.startswith(b"Content-Type"):
        mutated = b"Content-Type: text/plain\r\n\r\n" + mutated
    keys, known = [people["anna"].secret], [people["bob"].public]
    for operation in (
        lambda: decrypt_and_verify(mutated, keys, known),
        lambda: verify(mutated, known),
        lambda: describe(mutated),
    ):
        try:
            operation()
        except OpenPgpError as error:
            assert error.reason


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_give_only_typed_errors(noise: bytes) -> None:
    armored = (
        b"-----BEGIN PGP MESSAGE-----\n\n"
        + base64.encodebytes(noise)
        + b"-----END PGP MESSAGE-----\n"
    )
    for candidate in (noise, b"Content-Type: text/plain\r\n\r\n" + armored):
        with pytest.raises(OpenPgpError):
            decrypt_and_verify(candidate, [], [])
        with pytest.raises(OpenPgpError):
            import_public_key(candidate)


def test_oversized_input_is_refused_before_parsing(
    people: dict[str, GpgPerson], sealed: bytes
) -> None:
    with pytest.raises(MessageTooLarge, match="the limit is 1,000"):
        decrypt_and_verify(sealed, [people["anna"].secret], [], max_size=1000)
    assert decrypt_and_verify(sealed, [people["anna"].secret], []).content == ENTITY
