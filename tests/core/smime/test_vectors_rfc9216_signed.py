"""The RFC 9216 signed CMS samples (examples-cms): RSA, RSA-PSS, detached, two signers, Ed25519.

The samples' CA certificates are not among the vectors, so Alice's own
certificate (RFC 9216 section 3.2) is configured as the trust anchor: a pinned
certificate, as an installation may configure for a single partner.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from cryptography import x509

from siegel.core.smime.errors import MalformedMessage
from siegel.core.smime.mime import base64_lines, pkcs7_mime
from siegel.core.smime.verify import VerifyStatus, verify

CONTENT = b"This is some sample content."


def der(vectors: Path, name: str) -> bytes:
    text = (vectors / "rfc9216-examples-cms" / "pem-encoded" / name).read_text()
    return base64.b64decode("".join(line for line in text.splitlines() if "-----" not in line))


def opaque(vectors: Path, name: str, sender: str = "alice@smime.example") -> bytes:
    return f"From: {sender}\r\nMIME-Version: 1.0\r\n".encode() + pkcs7_mime(
        der(vectors, name), "signed-data"
    )


def certificate(vectors: Path, persona: str) -> x509.Certificate:
    path = vectors / "rfc9216-examples-cms" / "certs-and-keys" / f"lamps-{persona}.crt"
    return x509.load_pem_x509_certificate(path.read_bytes())


@pytest.mark.parametrize(
    ("name", "signature"),
    [("signedByAliceRSA.pem", "rsassa_pkcs1v15"), ("signedByAliceRSAPSS.pem", "rsassa_pss")],
)
def test_alice_signatures_verify(vectors: Path, name: str, signature: str) -> None:
    alice = certificate(vectors, "alice")
    result = verify(opaque(vectors, name), trust_anchors=[alice])
    assert result.status is VerifyStatus.VALID, result.reason
    assert result.content == CONTENT
    assert result.signer_certificate == alice and result.signer_address == "alice@smime.example"
    assert result.signature_algorithm == signature and result.digest_algorithm == "sha256"
    without_anchor = verify(opaque(vectors, name), trust_anchors=[])
    assert without_anchor.status is VerifyStatus.UNTRUSTED
    assert "no trust anchors" in without_anchor.reason


def test_two_signers_without_certificates(vectors: Path) -> None:
    """Carlos (Ed25519) and Alice (RSA) sign; the certificates come from elsewhere."""
    alice, carlos = certificate(vectors, "alice"), certificate(vectors, "carlos")
    message = opaque(vectors, "signedByAliceAndCarlosNoCerts.pem")
    assert verify(message, trust_anchors=[alice]).status is VerifyStatus.UNKNOWN_SIGNER
    result = verify(message, trust_anchors=[alice, carlos], intermediates=[alice, carlos])
    assert result.status is VerifyStatus.VALID, result.reason
    assert [s.status for s in result.signers] == [VerifyStatus.VALID, VerifyStatus.VALID]
    assert {s.address for s in result.signers} == {"alice@smime.example", "carlos@smime.example"}
    assert result.content == CONTENT
    untrusted = verify(message, trust_anchors=[alice], intermediates=[alice, carlos])
    assert untrusted.status is VerifyStatus.UNTRUSTED, "every signer must verify"
    assert untrusted.reason.startswith("signer 1 of 2: CN=Carlos")
    nobody = verify(
        message,
        trust_anchors=[alice, carlos],
        intermediates=[alice, carlos],
        sender="mallory@example.net",
    )
    assert nobody.status is VerifyStatus.INVALID and "not for mallory@example.net" in nobody.reason


def test_ed25519_signature_verifies(vectors: Path) -> None:
    """RFC 8419: pure Ed25519 over the signed attributes, SHA-512 message digest."""
    carlos = certificate(vectors, "carlos")
    sample = der(vectors, "signedByCarlosEd25519.pem")
    result = verify(
        opaque(vectors, "signedByCarlosEd25519.pem", "carlos@smime.example"),
        trust_anchors=[carlos],
    )
    assert result.status is VerifyStatus.VALID, result.reason
    assert result.signer_certificate == carlos and result.content == CONTENT
    assert (result.digest_algorithm, result.signature_algorithm) == ("sha512", "ed25519")
    tampered = sample.replace(b"sample content", b"simple content")
    assert tampered != sample
    changed = verify(
        b"From: carlos@smime.example\r\nMIME-Version: 1.0\r\n"
        + pkcs7_mime(tampered, "signed-data"),
        trust_anchors=[carlos],
    )
    assert changed.status is VerifyStatus.INVALID and "changed" in changed.reason


def test_detached_signature_needs_its_content(vectors: Path) -> None:
    detached = der(vectors, "signedByCarlosDetached.pem")
    with pytest.raises(MalformedMessage, match="without content"):
        verify(opaque(vectors, "signedByCarlosDetached.pem"), trust_anchors=[])
    message = (
        b"From: carlos@smime.example\r\n"
        b'Content-Type: multipart/signed; protocol="application/pkcs7-signature";'
        b" micalg=sha-512; boundary=b\r\n\r\n--b\r\n"
        + CONTENT
        + b"\r\n--b\r\nContent-Type: application/pkcs7-signature\r\n"
        + b"Content-Transfer-Encoding: base64\r\n\r\n"
        + base64_lines(detached)
        + b"--b--\r\n"
    )
    result = verify(message, trust_anchors=[certificate(vectors, "carlos")])
    assert result.status is VerifyStatus.VALID, result.reason
    assert result.content == CONTENT
    altered = verify(
        message.replace(b"sample", b"simple", 1), trust_anchors=[result.signer_certificate]
    )
    assert altered.status is VerifyStatus.INVALID
