"""PGP/MIME with Sequoia, checked against GnuPG in both directions."""

from __future__ import annotations

import pytest

from siegel.core.openpgp.errors import MalformedMessage, NotForUs, OpenPgpError
from siegel.core.openpgp.pgpmime import SignatureStatus, decrypt_and_verify, encrypt_and_sign
from tests.support.gnupg import GpgUser, make_user

ENTITY = (
    "Content-Type: text/plain; charset=utf-8\r\n\r\nGrüße, der Antrag ist angenommen.\r\n".encode()
)


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> dict[str, GpgUser]:
    root = tmp_path_factory.mktemp("gnupg")
    return {
        "anna": make_user(root, "anna", "future-default"),
        "bob": make_user(root, "bob", "default"),
        "eve": make_user(root, "eve", "future-default"),
    }


def test_our_message_decrypts_and_verifies_with_gpg(people: dict[str, GpgUser]) -> None:
    anna, bob = people["anna"], people["bob"]
    bob.gpg("--import", data=anna.public)
    message = b"From: anna@example.org\r\nMIME-Version: 1.0\r\n" + encrypt_and_sign(
        ENTITY, [bob.public], anna.secret
    )
    armored = message[message.index(b"-----BEGIN PGP MESSAGE-----") :]
    done = bob.gpg("--status-fd", "1", "--decrypt", data=armored)
    assert done.returncode == 0, done.stderr.decode()
    assert b"[GNUPG:] DECRYPTION_OKAY" in done.stdout and b"[GNUPG:] GOODSIG" in done.stdout
    assert ENTITY in done.stdout


@pytest.mark.parametrize(
    "compress", [False, True], ids=["uncompressed", "gnupg-default-compressed"]
)
def test_gpg_messages_decrypt_with_us(people: dict[str, GpgUser], compress: bool) -> None:
    anna, bob = people["anna"], people["bob"]
    bob.gpg("--import", data=anna.public)
    args = [] if compress else ["-z", "0"]
    armored = bob.gpg(
        "--armor", *args, "--encrypt", "--sign", "-r", anna.address, "-u", bob.address, data=ENTITY
    ).stdout
    result = decrypt_and_verify(
        b"Content-Type: text/plain\r\n\r\n" + armored, [anna.secret], [bob.public]
    )
    assert result.content == ENTITY
    expected = SignatureStatus.UNVERIFIED if compress else SignatureStatus.VALID
    assert result.status is expected, result.reason


def test_unknown_signer_is_decrypted_and_marked(people: dict[str, GpgUser]) -> None:
    anna, bob = people["anna"], people["bob"]
    message = encrypt_and_sign(ENTITY, [anna.public], bob.secret)
    result = decrypt_and_verify(message, [anna.secret], [])
    assert result.content == ENTITY and result.status is SignatureStatus.UNKNOWN_SIGNER


def test_round_trip_valid_and_unsigned(people: dict[str, GpgUser]) -> None:
    anna, bob = people["anna"], people["bob"]
    signed = decrypt_and_verify(
        encrypt_and_sign(ENTITY, [anna.public], bob.secret), [anna.secret], [bob.public]
    )
    assert signed.status is SignatureStatus.VALID
    unsigned = decrypt_and_verify(encrypt_and_sign(ENTITY, [anna.public]), [anna.secret], [])
    assert unsigned.status is SignatureStatus.UNSIGNED and unsigned.content == ENTITY


def test_not_for_us_and_garbage(people: dict[str, GpgUser]) -> None:
    anna, eve = people["anna"], people["eve"]
    with pytest.raises(NotForUs):
        decrypt_and_verify(encrypt_and_sign(ENTITY, [anna.public]), [eve.secret], [])
    with pytest.raises(MalformedMessage):
        decrypt_and_verify(b"Content-Type: text/plain\r\n\r\nkein PGP\r\n", [anna.secret], [])
    broken = b"Content-Type: text/plain\r\n\r\n-----BEGIN PGP MESSAGE-----\r\n\r\nAAAA\r\n-----END PGP MESSAGE-----\r\n"
    with pytest.raises(OpenPgpError):
        decrypt_and_verify(broken, [anna.secret], [])
    with pytest.raises(OpenPgpError):
        encrypt_and_sign(ENTITY, [b"not a key"])
