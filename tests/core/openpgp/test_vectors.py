"""Public OpenPGP vectors: RFC 9580 annex A (v6 keys, X25519, AEAD OCB), draft-bre keys, Autocrypt samples."""

from __future__ import annotations

from pathlib import Path

import pytest

from siegel.core.openpgp import (
    KeyLocked,
    SignatureStatus,
    decrypt_and_verify,
    describe,
    encrypt_and_sign,
    import_public_key,
    import_secret_key,
    verify,
)
from siegel.core.openpgp.pgpmime import decoded_body

V6_FINGERPRINT = "cb186c4f0609a697e4d52dfa6c722b0c1f1e27c18a56708f6525ec27bad9acc9"
ALICE = "eb85bb5fa33a75e15e944e63f231550c4f47e38e"
BOB = "d1a66e1a23b182c9980f788cfbfcc82a015e7330"
BOB_ENCRYPTION_KEY_ID = "7c2faa4df93c37b2"
GROCERIES = b"What we need from the grocery store:\n\n- tofu\n- vegetables\n- noodles\n"
AUTOCRYPT_ENCRYPTED = [
    "pgpmime-enc+legacy-disp",
    "pgpmime-layered",
    "pgpmime-layered+legacy-disp",
    "pgpmime-sign+enc",
    "pgpmime-sign+enc+legacy-disp",
]


def text(armored: bytes) -> bytes:
    return b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + armored


def annex(vectors: Path, name: str) -> bytes:
    return (vectors / "rfc9580-annexA-via-rpgp" / name).read_bytes()


def bre(vectors: Path, name: str) -> bytes:
    return (vectors / "draft-bre-openpgp-samples" / name).read_bytes()


def lf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").strip()


def test_v6_certificate_and_secret_key_import(vectors: Path) -> None:
    public = import_public_key(annex(vectors, "A3_v6_certificate.asc"))
    assert (public.version, public.fingerprint) == (6, V6_FINGERPRINT)
    assert public.can_encrypt and public.can_sign and not public.revoked
    assert public.user_ids == () and public.email_addresses == ()
    secret = import_secret_key(annex(vectors, "A4_v6_secret_key.asc"))
    assert secret.public == public
    assert secret.decryptor is not None and secret.signer is not None


@pytest.mark.slow  # RFC 9580 A.5 protects the key with Argon2 (2 GiB): each unlock takes ~1 s
def test_locked_v6_key_needs_its_passphrase(vectors: Path) -> None:
    locked = annex(vectors, "A5_locked_v6_secret_key.asc")
    with pytest.raises(KeyLocked, match="needs its passphrase"):
        import_secret_key(locked)
    with pytest.raises(KeyLocked, match="wrong passphrase"):
        import_secret_key(locked, "Tr0ub4dor&3")
    passphrase = annex(vectors, "A5_passphrase.txt").decode().strip()
    unlocked = import_secret_key(locked, passphrase)
    result = decrypt_and_verify(text(annex(vectors, "A8_x25519_aead_ocb.asc")), [unlocked], [])
    assert decoded_body(result.content) == annex(vectors, "A8_expected_plaintext.txt").strip()


def test_v6_x25519_aead_ocb_message(vectors: Path) -> None:
    message = text(annex(vectors, "A8_x25519_aead_ocb.asc"))
    key = import_secret_key(annex(vectors, "A4_v6_secret_key.asc"))
    result = decrypt_and_verify(message, [key], [key.public])
    assert decoded_body(result.content) == b"Hello, world!"
    assert result.status is SignatureStatus.UNSIGNED
    assert all(key.public.has_component(r) for r in result.recipients)
    description = describe(message)
    assert description.framing == "inline" and description.encrypted
    assert description.recipient_key_ids == result.recipients
    assert "integrity-protected encrypted data v2" in description.layers


@pytest.mark.parametrize("name", ["A6_cleartext_signed.asc", "A7_inline_signed.asc"])
def test_v6_signed_texts(vectors: Path, name: str) -> None:
    message = text(annex(vectors, name))
    known = import_public_key(annex(vectors, "A3_v6_certificate.asc"))
    valid = verify(message, [known])
    assert valid.status is SignatureStatus.VALID and valid.signer_fingerprint == V6_FINGERPRINT
    assert lf(valid.content) == lf(GROCERIES)
    unknown = verify(message, [])
    assert unknown.status is SignatureStatus.UNKNOWN_SIGNER
    assert lf(unknown.content) == lf(GROCERIES)
    assert describe(message).signed is True


def test_v6_round_trip_through_our_own_pgp_mime(vectors: Path) -> None:
    key = import_secret_key(annex(vectors, "A4_v6_secret_key.asc"))
    entity = b"Content-Type: text/plain\r\n\r\nv6 both ways\r\n"
    result = decrypt_and_verify(encrypt_and_sign(entity, [key.public], key), [key], [key.public])
    assert (result.content, result.status) == (entity, SignatureStatus.VALID)


def test_draft_bre_keys(vectors: Path) -> None:
    alice = import_public_key(bre(vectors, "alice@openpgp.example.pub.asc"))
    assert (alice.fingerprint, alice.email_addresses) == (ALICE, ("alice@openpgp.example",))
    bob = import_secret_key(bre(vectors, "bob.sec.asc"))
    assert bob.fingerprint == BOB and bob.public == import_public_key(bre(vectors, "bob.pub.asc"))
    assert bob.public.has_component(BOB_ENCRYPTION_KEY_ID)
    entity = b"Content-Type: text/plain\r\n\r\nTo Alice and Bob\r\n"
    message = encrypt_and_sign(entity, [alice, bob.public], bob)
    assert describe(message).recipient_key_ids[1] == BOB_ENCRYPTION_KEY_ID
    result = decrypt_and_verify(message, [bob], [alice, bob.public])
    assert (result.content, result.status, result.signer_fingerprint) == (
        entity,
        SignatureStatus.VALID,
        BOB,
    )


@pytest.mark.parametrize("name", AUTOCRYPT_ENCRYPTED)
def test_autocrypt_samples_decrypt_to_their_inner_part(vectors: Path, name: str) -> None:
    folder = vectors / "autocrypt-protected-headers"
    message = (folder / f"{name}.eml").read_bytes()
    bob = import_secret_key(bre(vectors, "bob.sec.asc"))
    alice = import_public_key(bre(vectors, "alice@openpgp.example.pub.asc"))
    result = decrypt_and_verify(message, [bob], [alice])
    assert lf(result.content) == lf((folder / f"{name}.inner").read_bytes())
    assert BOB_ENCRYPTION_KEY_ID in describe(message).recipient_key_ids
    if "layered" in name:  # signed inside, as multipart/signed; the encryption is unsigned
        assert result.status is SignatureStatus.UNSIGNED
        inner = verify(result.content, [alice])
        assert inner.status is SignatureStatus.VALID and inner.signer_fingerprint == ALICE
    elif "sign" in name:
        assert result.status is SignatureStatus.VALID and result.signer_fingerprint == ALICE
    else:
        assert result.status is SignatureStatus.UNSIGNED


def test_autocrypt_signed_sample_verifies(vectors: Path) -> None:
    message = (vectors / "autocrypt-protected-headers" / "pgpmime-signed.eml").read_bytes()
    alice = import_public_key(bre(vectors, "alice@openpgp.example.pub.asc"))
    result = verify(message, [alice])
    assert result.status is SignatureStatus.VALID, result.reason
    assert b"Bob, we need to cancel this contract." in result.content
    stranger = verify(message, [import_public_key(bre(vectors, "bob.pub.asc"))])
    assert stranger.status is SignatureStatus.UNKNOWN_SIGNER
    tampered = verify(message.replace(b"cancel this", b"renew this"), [alice])
    assert tampered.status is SignatureStatus.INVALID
    assert "does not match" in tampered.reason
    description = describe(message)
    assert (description.framing, description.signed, description.encrypted) == (
        "pgp/mime",
        True,
        False,
    )
    assert description.signer_key_ids == (ALICE,)
