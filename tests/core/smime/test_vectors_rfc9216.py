"""The RFC 9216 example CMS objects: what opens, what is intact, what is refused clearly."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from siegel.core.smime.envelope import decrypt
from siegel.core.smime.errors import NotForUs, UnsupportedAlgorithm
from siegel.core.smime.mime import pkcs7_mime
from siegel.core.smime.verify import VerifyStatus, verify


def message(vectors: Path, name: str, smime_type: str) -> bytes:
    text = (vectors / "rfc9216-examples-cms" / "pem-encoded" / name).read_text()
    der = base64.b64decode(
        "".join(line for line in text.splitlines() if not line.startswith("-----"))
    )
    return b"From: alice@smime.example\r\nMIME-Version: 1.0\r\n" + pkcs7_mime(der, smime_type)


@pytest.mark.parametrize("name", ["signedByAliceRSA.pem", "signedByAliceRSAPSS.pem"])
def test_alice_signatures_are_intact(vectors: Path, name: str) -> None:
    """The CA certificate is not in the vectors: the signature checks out, the chain cannot."""
    result = verify(message(vectors, name, "signed-data"), trust_anchors=[])
    assert result.status is VerifyStatus.UNTRUSTED and "no trust anchors" in result.reason
    assert result.content == b"This is some sample content."


def test_ed25519_is_a_clear_unsupported_result(vectors: Path) -> None:
    result = verify(message(vectors, "signedByCarlosEd25519.pem", "signed-data"), trust_anchors=[])
    assert (
        result.status is VerifyStatus.INVALID
        and "unsupported signature algorithm Ed25519" in result.reason
    )


def test_signer_without_certificate_is_unknown(vectors: Path) -> None:
    result = verify(
        message(vectors, "signedByAliceAndCarlosNoCerts.pem", "signed-data"), trust_anchors=[]
    )
    assert result.status is VerifyStatus.UNKNOWN_SIGNER


@pytest.mark.parametrize("name", ["encryptedForBobRSAOaep.pem", "encryptedForBobAndDana.pem"])
def test_bob_opens_his_envelopes(vectors: Path, name: str) -> None:
    folder = vectors / "rfc9216-examples-cms" / "certs-and-keys"
    bob = x509.load_pem_x509_certificate((folder / "lamps-bob.encrypt.crt").read_bytes())
    key = serialization.load_pem_private_key(
        (folder / "lamps-bob.decrypt.p8.pem").read_bytes(), None
    )
    result = decrypt(message(vectors, name, "enveloped-data"), [(bob, key)])  # type: ignore[list-item]
    assert result.content == b"This is some sample content."


@pytest.mark.parametrize(
    ("name", "error", "words"),
    [
        ("authEnvelopedForBobChaCha20Poly1305.pem", UnsupportedAlgorithm, "content encryption"),
        ("encryptedKekri.pem", NotForUs, "kekri"),
    ],
)
def test_envelopes_give_clear_answers(
    vectors: Path, name: str, error: type[Exception], words: str
) -> None:
    folder = vectors / "rfc9216-examples-cms" / "certs-and-keys"
    bob = x509.load_pem_x509_certificate((folder / "lamps-bob.encrypt.crt").read_bytes())
    key = serialization.load_pem_private_key(
        (folder / "lamps-bob.decrypt.p8.pem").read_bytes(), None
    )
    with pytest.raises(error, match=words):
        decrypt(message(vectors, name, "enveloped-data"), [(bob, key)])  # type: ignore[list-item]
