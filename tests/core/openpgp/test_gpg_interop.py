"""PGP/MIME with Sequoia, checked against GnuPG in both directions."""

from __future__ import annotations

import pytest

from siegel.core.mime.entity import content_type
from siegel.core.openpgp import (
    NotForUs,
    SignatureStatus,
    decrypt_and_verify,
    encrypt_and_sign,
)
from siegel.core.openpgp.pgpmime import encrypted_payload
from tests.core.openpgp.conftest import Gnupg, GpgPerson

ENTITY = (
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n\r\n"
    "Grüße, der Antrag ist angenommen.\r\n"
).encode()
PAIRS = [("anna", "bob"), ("bob", "anna")]  # (sender, recipient): Curve25519 and RSA each way


def pgp_mime(armored: bytes, boundary: str = "b1") -> bytes:
    """A PGP/MIME message as Thunderbird or Enigmail would wrap gpg's output (LF, folded header)."""
    return (
        (
            "From: someone@example.org\nMIME-Version: 1.0\n"
            f'Content-Type: multipart/encrypted;\n protocol="application/pgp-encrypted";\n boundary="{boundary}"\n\n'
            "This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)\n"
            f"--{boundary}\nContent-Type: application/pgp-encrypted\n"
            "Content-Description: PGP/MIME version identification\n\nVersion: 1\n\n"
            f'--{boundary}\nContent-Type: application/octet-stream; name="encrypted.asc"\n\n'
        ).encode()
        + armored
        + f"\n--{boundary}--\n".encode()
    )


def gpg_decrypts(gnupg: Gnupg, message: bytes) -> bytes:
    """gpg's status lines for our message; asserts it decrypted."""
    _, params = content_type(message)
    done = gnupg.run("--status-fd", "2", "--decrypt", data=encrypted_payload(message, params))
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert b"[GNUPG:] DECRYPTION_OKAY" in done.stderr
    assert done.stdout == ENTITY
    return done.stderr


@pytest.mark.parametrize(("sender", "recipient"), PAIRS)
def test_gpg_decrypts_and_verifies_our_message(
    people: dict[str, GpgPerson], gnupg: Gnupg, sender: str, recipient: str
) -> None:
    me, them = people[sender], people[recipient]
    gnupg.add(them).ok("--import", data=me.armored_public)
    message = encrypt_and_sign(ENTITY, [them.public], me.secret)
    assert message.startswith(b"Content-Type: multipart/encrypted;")
    assert b"\n" not in message.replace(b"\r\n", b"")
    status = gpg_decrypts(gnupg, message)
    assert b"[GNUPG:] GOODSIG" in status
    assert f"[GNUPG:] VALIDSIG {me.public.fingerprint.upper()}".encode() in status


def test_gpg_decrypts_our_unsigned_message(people: dict[str, GpgPerson], gnupg: Gnupg) -> None:
    gnupg.add(people["bob"])
    status = gpg_decrypts(gnupg, encrypt_and_sign(ENTITY, [people["bob"].public]))
    assert b"GOODSIG" not in status and b"BADSIG" not in status


@pytest.mark.parametrize(("sender", "recipient"), PAIRS)
@pytest.mark.parametrize("compression", ["gnupg-default", "uncompressed"])
def test_we_decrypt_and_verify_gpg_output(
    people: dict[str, GpgPerson], gnupg: Gnupg, sender: str, recipient: str, compression: str
) -> None:
    me, them = people[recipient], people[sender]
    gnupg.add(them).ok("--import", data=me.armored_public)
    level = [] if compression == "gnupg-default" else ["-z", "0"]
    armored = gnupg.ok(
        "--armor", *level, "--encrypt", "--sign", "-r", me.address, "-u", them.address, data=ENTITY
    )
    for message in (pgp_mime(armored), b"Content-Type: text/plain\r\n\r\n" + armored):
        result = decrypt_and_verify(message, [me.secret], [them.public, people["eve"].public])
        assert result.status is SignatureStatus.VALID, result.reason
        assert result.signer_fingerprint == them.public.fingerprint
        assert them.address in result.reason
        assert any(me.public.has_component(r) for r in result.recipients)
    assert decrypt_and_verify(pgp_mime(armored), [me.secret], []).content == ENTITY


def test_gpg_message_to_a_protected_key(people: dict[str, GpgPerson], gnupg: Gnupg) -> None:
    carl, anna = people["carl"], people["anna"]
    gnupg.add(anna).ok("--import", data=carl.armored_public)
    armored = gnupg.ok(
        "--armor", "--encrypt", "--sign", "-r", carl.address, "-u", anna.address, data=ENTITY
    )
    result = decrypt_and_verify(pgp_mime(armored), [carl.secret], [anna.public])
    assert (result.status, result.content) == (SignatureStatus.VALID, ENTITY)


@pytest.mark.parametrize("compression", ["gnupg-default", "uncompressed"])
def test_gpg_signed_by_an_unknown_key_is_read_and_marked(
    people: dict[str, GpgPerson], gnupg: Gnupg, compression: str
) -> None:
    anna, eve = people["anna"], people["eve"]
    gnupg.add(eve).ok("--import", data=anna.armored_public)
    level = [] if compression == "gnupg-default" else ["-z", "0"]
    armored = gnupg.ok(
        "--armor", *level, "--encrypt", "--sign", "-r", anna.address, "-u", eve.address, data=ENTITY
    )
    result = decrypt_and_verify(pgp_mime(armored), [anna.secret], [people["bob"].public])
    assert result.content == ENTITY
    assert result.status is SignatureStatus.UNKNOWN_SIGNER
    assert result.signer_fingerprint is not None
    assert eve.public.has_component(result.signer_fingerprint)
    assert "unverified" in result.reason


def test_gpg_encrypted_unsigned_is_unsigned(people: dict[str, GpgPerson], gnupg: Gnupg) -> None:
    anna = people["anna"]
    gnupg.ok("--import", data=anna.armored_public)
    armored = gnupg.ok("--armor", "--encrypt", "-r", anna.address, data=ENTITY)
    result = decrypt_and_verify(pgp_mime(armored), [anna.secret], [anna.public])
    assert (result.status, result.content) == (SignatureStatus.UNSIGNED, ENTITY)


def test_gpg_message_to_somebody_else_is_not_for_us(
    people: dict[str, GpgPerson], gnupg: Gnupg
) -> None:
    gnupg.ok("--import", data=people["eve"].armored_public)
    armored = gnupg.ok("--armor", "--encrypt", "-r", people["eve"].address, data=ENTITY)
    with pytest.raises(NotForUs, match="none of them is one of our keys"):
        decrypt_and_verify(pgp_mime(armored), [people["anna"].secret, people["bob"].secret], [])


def test_gpg_hidden_recipient_is_found_by_trying_our_keys(
    people: dict[str, GpgPerson], gnupg: Gnupg
) -> None:
    anna, bob = people["anna"], people["bob"]
    gnupg.add(bob).ok("--import", data=anna.armored_public)
    armored = gnupg.ok(
        "--armor", "--throw-keyids", "--encrypt", "--sign", "-r", anna.address, data=ENTITY
    )
    result = decrypt_and_verify(pgp_mime(armored), [bob.secret, anna.secret], [bob.public])
    assert (result.status, result.content) == (SignatureStatus.VALID, ENTITY)
    with pytest.raises(NotForUs, match="hidden recipients"):
        decrypt_and_verify(pgp_mime(armored), [people["eve"].secret], [])
