"""Our envelopes open with `openssl cms`, and openssl's open with us: every cipher, key transport
and key agreement Siegel handles, in both directions."""

from __future__ import annotations

from pathlib import Path

import pytest

from siegel.core.smime.decrypt import decrypt
from siegel.core.smime.encrypt import encrypt
from siegel.core.smime.envelope import ContentCipher
from tests.core.smime.conftest import openssl
from tests.support.pki import Identity, issue, make_ca

ENTITY = (
    "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    "Diagnose F32.1 – streng vertraulich\r\n"
).encode()

CA = make_ca()
PEOPLE = {
    kind: issue(CA, f"{kind}@example.org", key_kind=kind)
    for kind in ("rsa2048", "rsa3072", "p256", "p384")
}


def openssl_decrypts(message: bytes, person: Identity, workdir: Path) -> bytes:
    (workdir / "m.eml").write_bytes(b"MIME-Version: 1.0\r\n" + message)
    crt, key = person.write(workdir, "recipient")
    opened = openssl("cms", "-decrypt", "-in", workdir / "m.eml", "-recip", crt, "-inkey", key)
    assert opened.returncode == 0, opened.stderr.decode()
    return opened.stdout


@pytest.mark.parametrize("cipher", list(ContentCipher))
@pytest.mark.parametrize(
    ("kind", "key_transport"),
    [
        ("rsa2048", "pkcs1v15"),
        ("rsa3072", "pkcs1v15"),
        ("rsa2048", "oaep"),
        ("rsa3072", "oaep"),
        ("p256", "pkcs1v15"),
        ("p384", "pkcs1v15"),
    ],
)
def test_openssl_opens_ours(
    workdir: Path, cipher: ContentCipher, kind: str, key_transport: str
) -> None:
    message = encrypt(ENTITY, [PEOPLE[kind].cert], cipher=cipher, key_transport=key_transport)  # type: ignore[arg-type]
    assert openssl_decrypts(message, PEOPLE[kind], workdir) == ENTITY


@pytest.mark.parametrize("cipher", list(ContentCipher))
def test_one_envelope_for_rsa_and_ec_recipients_opens_for_each(
    workdir: Path, cipher: ContentCipher
) -> None:
    everyone = list(PEOPLE.values())
    message = encrypt(ENTITY, [p.cert for p in everyone], cipher=cipher, key_transport="oaep")
    for person in everyone:
        assert openssl_decrypts(message, person, workdir) == ENTITY
        result = decrypt(message, [(person.cert, person.key)])
        assert result.content == ENTITY and result.recipient == person.cert


@pytest.mark.parametrize("kind", ["rsa2048", "p256"])
def test_subject_key_identifier_recipients_both_ways(workdir: Path, kind: str) -> None:
    person = PEOPLE[kind]
    ours = encrypt(ENTITY, [person.cert], identify_by="ski")
    assert openssl_decrypts(ours, person, workdir) == ENTITY
    assert "subject key identifier" in decrypt(ours, [(person.cert, person.key)]).recipient_id
    crt, _ = person.write(workdir, "recipient")
    (workdir / "plain").write_bytes(ENTITY)
    theirs = openssl("cms", "-encrypt", "-in", workdir / "plain", "-aes256", "-keyid", crt)
    assert theirs.returncode == 0, theirs.stderr.decode()
    result = decrypt(theirs.stdout, [(person.cert, person.key)])
    assert result.content == ENTITY and "subject key identifier" in result.recipient_id


@pytest.mark.parametrize(
    ("args", "cipher", "management"),
    [
        (["-aes128"], "aes128_cbc", "RSA PKCS#1 v1.5"),
        (["-aes192"], "aes192_cbc", "RSA PKCS#1 v1.5"),
        (["-aes256"], "aes256_cbc", "RSA PKCS#1 v1.5"),
        (["-des3"], "tripledes_3key", "RSA PKCS#1 v1.5"),
        (["-aes-128-gcm"], "aes128_gcm", "RSA PKCS#1 v1.5"),
        (["-aes-256-gcm"], "aes256_gcm", "RSA PKCS#1 v1.5"),
        (["-aes256", "-keyopt", "rsa_padding_mode:oaep"], "aes256_cbc", "RSA-OAEP (SHA1)"),
        (
            ["-aes-256-gcm", "-keyopt", "rsa_padding_mode:oaep", "-keyopt", "rsa_oaep_md:sha256"],
            "aes256_gcm",
            "RSA-OAEP (SHA256)",
        ),
    ],
    ids=[
        "aes128",
        "aes192",
        "aes256",
        "3des",
        "aes128-gcm",
        "aes256-gcm",
        "oaep-sha1",
        "oaep-sha256",
    ],
)
def test_we_open_openssl_rsa_envelopes(
    workdir: Path, args: list[str], cipher: str, management: str
) -> None:
    bob = PEOPLE["rsa2048"]
    crt, _ = bob.write(workdir, "bob")
    (workdir / "plain").write_bytes(ENTITY)
    flags = [a for a in args if a.startswith("-aes") or a == "-des3"]
    keyopts = [a for a in args if a not in flags]
    made = openssl("cms", "-encrypt", "-in", workdir / "plain", *flags, "-recip", crt, *keyopts)
    assert made.returncode == 0, made.stderr.decode()
    result = decrypt(made.stdout, [(bob.cert, bob.key)])
    assert (result.content, result.cipher, result.key_management) == (ENTITY, cipher, management)
    assert result.authenticated is cipher.endswith("gcm")


@pytest.mark.parametrize("kind", ["p256", "p384"])
@pytest.mark.parametrize("kdf", ["sha1", "sha256", "sha384", "sha512"])
@pytest.mark.parametrize("cipher", ["-aes256", "-aes-256-gcm", "-aes128"])
def test_we_open_openssl_ecdh_envelopes(workdir: Path, kind: str, kdf: str, cipher: str) -> None:
    carol = PEOPLE[kind]
    crt, _ = carol.write(workdir, "carol")
    (workdir / "plain").write_bytes(ENTITY)
    made = openssl(
        "cms", "-encrypt", "-in", workdir / "plain", cipher, "-recip", crt,
        "-keyopt", f"ecdh_kdf_md:{kdf}",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr.decode()
    result = decrypt(made.stdout, [(carol.cert, carol.key)])
    assert result.content == ENTITY
    assert result.key_management.startswith(f"ECDH {'P-256' if kind == 'p256' else 'P-384'} (")
    assert f"{kdf}kdf" in result.key_management


def test_we_open_an_openssl_envelope_for_several_recipients(workdir: Path) -> None:
    paths = [person.write(workdir, kind)[0] for kind, person in PEOPLE.items()]
    (workdir / "plain").write_bytes(ENTITY)
    made = openssl("cms", "-encrypt", "-in", workdir / "plain", "-aes-256-gcm", *paths)
    assert made.returncode == 0, made.stderr.decode()
    for person in PEOPLE.values():
        assert decrypt(made.stdout, [(person.cert, person.key)]).content == ENTITY


@pytest.mark.parametrize("cipher", ["-aes256", "-aes-256-gcm"])
@pytest.mark.parametrize("kind", ["rsa2048", "p384"])
def test_we_open_streamed_ber_envelopes(workdir: Path, cipher: str, kind: str) -> None:
    """`-stream` output is BER: indefinite lengths, the ciphertext in constructed chunks."""
    person = PEOPLE[kind]
    crt, _ = person.write(workdir, "recipient")
    big = ENTITY + b"x" * 5000 + b"\r\n"  # more than one chunk of openssl's stream buffer
    (workdir / "plain").write_bytes(big)
    made = openssl(
        "cms", "-encrypt", "-binary", "-stream", "-in", workdir / "plain", cipher, "-recip", crt
    )
    assert made.returncode == 0, made.stderr.decode()
    assert decrypt(made.stdout, [(person.cert, person.key)]).content == big
