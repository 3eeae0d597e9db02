"""S/MIME encryption against openssl cms in both directions, and the typed errors."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from siegel.core.mime.line_ends import crlf
from siegel.core.smime import decrypt, encrypt, encrypt_message
from siegel.core.smime.envelope import choose_cipher
from siegel.core.smime.errors import (
    DecryptionFailed,
    MalformedMessage,
    NotForUs,
    SmimeError,
)
from siegel.core.smime.sign import Signer, sign
from siegel.core.smime.verify import verify
from tests.core.smime.conftest import openssl
from tests.support.pki import Identity, issue

ENTITY = "Content-Type: text/plain; charset=utf-8\r\n\r\nDiagnose F32.1 – streng vertraulich\r\n".encode()


@pytest.mark.parametrize("cipher", ["aes256-cbc", "aes256-gcm"])
def test_our_envelopes_open_with_openssl(ca: Identity, workdir: Path, cipher: str) -> None:
    bob, carol = issue(ca, "bob@example.org"), issue(ca, "carol@example.org", key_kind="rsa3072")
    message = (
        b"From: a@versicherer.example\r\nTo: bob@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        + encrypt(ENTITY, [bob.cert, carol.cert], cipher=cipher)
    )
    (workdir / "m.eml").write_bytes(message)
    for person, name in ((bob, "bob"), (carol, "carol")):
        crt, key = person.write(workdir, name)
        opened = openssl("cms", "-decrypt", "-in", workdir / "m.eml", "-recip", crt, "-inkey", key)
        assert opened.returncode == 0, opened.stderr.decode()
        assert opened.stdout == ENTITY


@pytest.mark.parametrize("cipher", ["-aes128", "-aes256"])
def test_openssl_envelopes_open_with_us(ca: Identity, workdir: Path, cipher: str) -> None:
    bob = issue(ca, "bob@example.org")
    crt, _ = bob.write(workdir, "bob")
    (workdir / "plain").write_bytes(ENTITY)
    made = openssl("cms", "-encrypt", "-in", workdir / "plain", cipher, crt)
    assert made.returncode == 0, made.stderr.decode()
    result = decrypt(made.stdout, [(bob.cert, bob.key)])
    assert result.content == ENTITY
    assert result.cipher == cipher.lstrip("-") + "_cbc"


@pytest.mark.parametrize(
    ("args", "cipher"),
    [
        (["-des3"], "tripledes_3key"),
        (["-aes192"], "aes192_cbc"),
        (["-aes-256-gcm"], "aes256_gcm"),
        (
            ["-aes256", "KEYOPT", "rsa_padding_mode:oaep", "KEYOPT", "rsa_oaep_md:sha256"],
            "aes256_cbc",
        ),
        (["-aes128", "KEYOPT", "rsa_padding_mode:oaep"], "aes128_cbc"),
    ],
    ids=["3des-legacy", "aes192-legacy", "aes256-gcm", "oaep-sha256", "oaep-sha1-default"],
)
def test_openssl_envelopes_of_every_kind_open_with_us(
    ca: Identity, workdir: Path, args: list[str], cipher: str
) -> None:
    bob = issue(ca, "bob@example.org")
    crt, _ = bob.write(workdir, "bob")
    (workdir / "plain").write_bytes(ENTITY)
    cipher_args = [a for a in args if a.startswith("-")]
    keyopts = [
        item
        for value in args
        if not value.startswith("-") and value != "KEYOPT"
        for item in ("-keyopt", value)
    ]
    made = openssl(
        "cms", "-encrypt", "-in", workdir / "plain", *cipher_args, "-recip", crt, *keyopts
    )
    assert made.returncode == 0, made.stderr.decode()
    result = decrypt(made.stdout, [(bob.cert, bob.key)])
    assert (result.content, result.cipher) == (ENTITY, cipher)


@pytest.mark.parametrize(
    ("cipher", "key_transport"),
    [("aes256-gcm", "pkcs1v15"), ("aes256-gcm", "oaep"), ("aes256-cbc", "oaep")],
)
def test_gcm_and_oaep_envelopes_open_with_openssl(
    ca: Identity, workdir: Path, cipher: str, key_transport: str
) -> None:
    bob = issue(ca, "bob@example.org", key_kind="rsa3072")
    message = b"MIME-Version: 1.0\r\n" + encrypt(
        ENTITY, [bob.cert], cipher=cipher, key_transport=key_transport
    )
    (workdir / "m.eml").write_bytes(message)
    crt, key = bob.write(workdir, "bob")
    opened = openssl("cms", "-decrypt", "-in", workdir / "m.eml", "-recip", crt, "-inkey", key)
    assert opened.returncode == 0, opened.stderr.decode()
    assert opened.stdout == ENTITY
    assert decrypt(message, [(bob.cert, bob.key)]).content == ENTITY


def test_tampered_gcm_content_is_refused(ca: Identity) -> None:
    bob = issue(ca, "bob@example.org")
    message = encrypt(ENTITY, [bob.cert], cipher="aes256-gcm")
    header, body = message.split(b"\r\n\r\n", 1)
    der = bytearray(base64.b64decode(b"".join(body.split())))
    der[-40] ^= 0x01  # a byte of the ciphertext
    tampered = header + b"\r\n\r\n" + base64.b64encode(bytes(der)) + b"\r\n"
    with pytest.raises(DecryptionFailed, match="GCM tag"):
        decrypt(tampered, [(bob.cert, bob.key)])


def test_cipher_follows_the_advertised_capabilities() -> None:
    assert choose_cipher(["aes256_gcm", "aes256_cbc"]) == "aes256-gcm"
    assert choose_cipher(["aes256_cbc"]) == "aes256-cbc"
    assert choose_cipher(None) == "aes256-cbc"


def test_sign_then_encrypt_round_trip(ca: Identity) -> None:
    alice, bob = issue(ca, "alice@versicherer.example"), issue(ca, "bob@example.org")
    signed = sign(ENTITY, Signer(alice.cert, alice.key))
    message = encrypt_message(
        b"From: alice@versicherer.example\r\nTo: bob@example.org\r\nSubject: x\r\n" + signed,
        [bob.cert],
    )
    inner = decrypt(message, [(bob.cert, bob.key)]).content
    result = verify(b"From: alice@versicherer.example\r\n" + inner, trust_anchors=[ca.cert])
    assert result.valid and result.content in crlf(signed)


def test_not_for_us_wrong_key_and_garbage(ca: Identity) -> None:
    bob, eve = issue(ca, "bob@example.org"), issue(ca, "eve@example.org")
    message = encrypt(ENTITY, [bob.cert])
    with pytest.raises(NotForUs, match="none of them ours"):
        decrypt(message, [(eve.cert, eve.key)])
    with pytest.raises(DecryptionFailed):
        decrypt(message, [(bob.cert, eve.key)])
    header, body = message.split(b"\r\n\r\n", 1)
    with pytest.raises(MalformedMessage, match="not valid base64"):
        decrypt(header + b"\r\n\r\n!!" + body, [(bob.cert, bob.key)])
    with pytest.raises(MalformedMessage):
        decrypt(b"Content-Type: text/plain\r\n\r\nnicht verschluesselt\r\n", [(bob.cert, bob.key)])


def test_truncated_envelopes_give_typed_errors_only(ca: Identity) -> None:
    bob = issue(ca, "bob@example.org")
    message = encrypt(ENTITY, [bob.cert])
    header, body = message.split(b"\r\n\r\n", 1)
    lines = [line for line in body.split(b"\r\n") if line]
    for keep in range(1, len(lines)):
        with pytest.raises(SmimeError):
            decrypt(
                header + b"\r\n\r\n" + b"\r\n".join(lines[:keep]) + b"\r\n", [(bob.cert, bob.key)]
            )


@pytest.mark.parametrize("curve", ["p256", "p384"])
@pytest.mark.parametrize("cipher", ["aes256-cbc", "aes256-gcm"])
def test_ec_recipients_both_directions(
    ca: Identity, workdir: Path, curve: str, cipher: str
) -> None:
    carol, dave = issue(ca, "carol@example.org", key_kind=curve), issue(ca, "dave@example.org")
    message = b"MIME-Version: 1.0\r\n" + encrypt(ENTITY, [carol.cert, dave.cert], cipher=cipher)
    (workdir / "m.eml").write_bytes(message)
    crt, key = carol.write(workdir, "carol")
    opened = openssl("cms", "-decrypt", "-in", workdir / "m.eml", "-recip", crt, "-inkey", key)
    assert opened.returncode == 0, opened.stderr.decode()
    assert opened.stdout == ENTITY
    assert decrypt(message, [(dave.cert, dave.key)]).content == ENTITY
    (workdir / "plain").write_bytes(ENTITY)
    for keyopt in ([], ["-keyopt", "ecdh_kdf_md:sha256"]):
        made = openssl(
            "cms",
            "-encrypt",
            "-in",
            workdir / "plain",
            "-" + cipher.replace("aes256-", "aes-256-"),
            "-recip",
            crt,
            *keyopt,
        )
        assert made.returncode == 0, made.stderr.decode()
        assert decrypt(made.stdout, [(carol.cert, carol.key)]).content == ENTITY
