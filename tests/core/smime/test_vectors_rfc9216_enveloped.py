"""The enveloped RFC 9216 sample objects (LAMPS examples): what Bob opens, and clear refusals for
what Siegel does not support (ChaCha20-Poly1305, X25519 with HKDF, pre-shared KEK)."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes

from siegel.core.smime.decrypt import decrypt, recipients
from siegel.core.smime.encrypt import pkcs7_mime
from siegel.core.smime.errors import NotForUs, UnsupportedAlgorithm
from tests.core.smime.conftest import openssl

SAMPLE = b"This is some sample content."


def message(vectors: Path, name: str) -> bytes:
    text = (vectors / "rfc9216-examples-cms" / "pem-encoded" / name).read_text()
    der = base64.b64decode("".join(line for line in text.splitlines() if "-----" not in line))
    return b"MIME-Version: 1.0\r\n" + pkcs7_mime(der, "enveloped-data")


def person(vectors: Path, name: str) -> tuple[x509.Certificate, PrivateKeyTypes]:
    folder = vectors / "rfc9216-examples-cms" / "certs-and-keys"
    cert = x509.load_pem_x509_certificate((folder / f"lamps-{name}.encrypt.crt").read_bytes())
    key = serialization.load_pem_private_key(
        (folder / f"lamps-{name}.decrypt.p8.pem").read_bytes(), None
    )
    return cert, key


@pytest.mark.parametrize(
    ("name", "cipher", "management"),
    [
        ("encryptedForBobRSAOaep.pem", "aes128_cbc", "RSA-OAEP (SHA256)"),
        ("encryptedForBobAndDana.pem", "aes128_cbc", "RSA-OAEP (SHA256)"),
    ],
)
def test_bob_opens_his_envelopes(vectors: Path, name: str, cipher: str, management: str) -> None:
    bob = person(vectors, "bob")
    result = decrypt(message(vectors, name), [bob])
    assert (result.content, result.cipher, result.key_management) == (SAMPLE, cipher, management)
    assert result.recipient == bob[0]


def test_openssl_agrees_on_the_oaep_sample(vectors: Path, tmp_path: Path) -> None:
    """The oracle check that the vector is what we think it is."""
    folder = vectors / "rfc9216-examples-cms" / "certs-and-keys"
    opened = openssl(
        "cms", "-decrypt", "-inform", "PEM",
        "-in", vectors / "rfc9216-examples-cms" / "pem-encoded" / "encryptedForBobRSAOaep.pem",
        "-recip", folder / "lamps-bob.encrypt.crt", "-inkey", folder / "lamps-bob.decrypt.p8.pem",
    )  # fmt: skip
    assert opened.returncode == 0, opened.stderr.decode()
    assert opened.stdout == SAMPLE


def test_the_two_recipients_are_named(vectors: Path) -> None:
    bob, _ = person(vectors, "bob")
    dana, _ = person(vectors, "dana")
    ids = recipients(message(vectors, "encryptedForBobAndDana.pem"))
    assert {(r.kind, r.matches(bob), r.matches(dana)) for r in ids} == {
        ("ktri", True, False),
        ("kari", False, True),
    }


@pytest.mark.parametrize(
    ("name", "who", "words"),
    [
        ("authEnvelopedForBobChaCha20Poly1305.pem", "bob", "ChaCha20-Poly1305"),
        ("authEnvelopedForDanaX25519HKDF.pem", "dana", r"HKDF-SHA256 \(X25519/X448, RFC 8418\)"),
        (
            "encryptedForBobAndDana.pem",
            "dana",
            r"key agreement on x25519 \(X25519/X448, RFC 8418\)",
        ),
        ("encryptedKekri.pem", "bob", "kekri"),
    ],
)
def test_what_we_do_not_support_is_refused_clearly(
    vectors: Path, name: str, who: str, words: str
) -> None:
    with pytest.raises(UnsupportedAlgorithm, match=words):
        decrypt(message(vectors, name), [person(vectors, who)])


def test_kekri_only_is_also_not_for_our_certificates(vectors: Path) -> None:
    with pytest.raises(NotForUs, match="kekri"):
        decrypt(message(vectors, "encryptedKekri.pem"), [person(vectors, "bob")])


def test_dana_envelope_is_not_for_bob(vectors: Path) -> None:
    with pytest.raises(NotForUs, match=r"kari: issuer .*Ed25519 Certification Authority"):
        decrypt(message(vectors, "authEnvelopedForDanaX25519HKDF.pem"), [person(vectors, "bob")])
