"""The S/MIME signed samples of the Autocrypt protected-headers vectors verify with sample-ca.pem."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography import x509

from siegel.core.smime.verify import VerifyStatus, verify

SIGNED = ["smime-onepart-signed.eml", "smime-multipart-signed.eml"]


def folder(vectors: Path) -> Path:
    return vectors / "autocrypt-protected-headers"


@pytest.mark.parametrize("name", SIGNED)
def test_signed_samples_verify(vectors: Path, name: str) -> None:
    anchor = x509.load_pem_x509_certificate((folder(vectors) / "sample-ca.pem").read_bytes())
    message = (folder(vectors) / name).read_bytes()
    result = verify(message, trust_anchors=[anchor])
    assert result.status is VerifyStatus.VALID, result.reason
    assert result.signer_address == "alice@smime.example"
    assert b'protected-headers="v1"' in result.content
    assert b"Subject: The FooCorp contract" in result.content


def test_a_changed_word_in_the_clear_signed_sample_is_caught(vectors: Path) -> None:
    anchor = x509.load_pem_x509_certificate((folder(vectors) / "sample-ca.pem").read_bytes())
    message = (folder(vectors) / "smime-multipart-signed.eml").read_bytes()
    tampered = message.replace(b"cancel this contract", b"extend this contract")
    assert tampered != message
    result = verify(tampered, trust_anchors=[anchor])
    assert result.status is VerifyStatus.INVALID and "changed after signing" in result.reason


def test_every_signed_sample_is_covered(vectors: Path) -> None:
    found = sorted(p.name for p in folder(vectors).glob("smime-*signed*.eml"))
    assert found == sorted(SIGNED)
