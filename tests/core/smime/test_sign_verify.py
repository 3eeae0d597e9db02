"""S/MIME signatures against openssl cms in both directions, and every way they can be bad."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from siegel.core.smime.errors import MalformedMessage, NotSigned, SmimeError
from siegel.core.smime.mime import canonical
from siegel.core.smime.sign import Signer, sign, sign_message
from siegel.core.smime.verify import VerifyStatus, verify
from tests.core.smime.conftest import openssl
from tests.support.pki import NOW, Identity, issue, make_ca

MESSAGE = (
    "From: alice@versicherer.example\r\nTo: bob@example.org\r\nSubject: Vertrag\r\n"
    "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    "Grüße aus dem Vertrieb.\r\nZeile 2\r\n"
).encode()

SIGNERS = [
    ("rsa2048", "pkcs1v15", "sha256"),
    ("rsa3072", "pss", "sha256"),
    ("rsa2048", "pkcs1v15", "sha384"),
    ("rsa2048", "pss", "sha512"),
    ("p256", "pkcs1v15", "sha256"),
    ("p384", "pkcs1v15", "sha384"),
]


@pytest.mark.parametrize("detached", [True, False], ids=["detached", "opaque"])
@pytest.mark.parametrize(("key_kind", "rsa_padding", "digest"), SIGNERS)
def test_our_signatures_verify_with_openssl_and_us(
    ca: Identity, workdir: Path, key_kind: str, rsa_padding: str, digest: str, detached: bool
) -> None:
    alice = issue(ca, "alice@versicherer.example", key_kind=key_kind)
    signed = sign_message(
        MESSAGE,
        Signer(alice.cert, alice.key, rsa_padding=rsa_padding),
        detached=detached,
        digest=digest,
    )  # type: ignore[arg-type]
    (workdir / "m.eml").write_bytes(signed)
    (workdir / "ca.pem").write_bytes(ca.cert_pem)
    checked = openssl("cms", "-verify", "-in", workdir / "m.eml", "-CAfile", workdir / "ca.pem")
    assert checked.returncode == 0, checked.stderr.decode()
    assert b"Gr\xc3\xbc\xc3\x9fe aus dem Vertrieb." in checked.stdout
    result = verify(signed, trust_anchors=[ca.cert])
    assert result.status is VerifyStatus.VALID, result.reason
    assert result.digest_algorithm == digest
    assert "aes256_cbc" in result.capabilities


@pytest.mark.parametrize("detached", [True, False], ids=["detached", "opaque"])
@pytest.mark.parametrize(
    ("key_kind", "keyopt"), [("rsa2048", None), ("rsa2048", "rsa_padding_mode:pss"), ("p256", None)]
)
def test_openssl_signatures_verify_with_us(
    ca: Identity, workdir: Path, key_kind: str, keyopt: str | None, detached: bool
) -> None:
    alice = issue(ca, "alice@versicherer.example", key_kind=key_kind)
    crt, key = alice.write(workdir, "alice")
    (workdir / "body").write_bytes(b"Content-Type: text/plain\r\n\r\nVon openssl signiert.\r\n")
    args = ["cms", "-sign", "-in", workdir / "body", "-signer", crt, "-inkey", key, "-md", "sha256"]
    args += ["-keyopt", keyopt] if keyopt else []
    args += [] if detached else ["-nodetach"]
    made = openssl(*args)
    assert made.returncode == 0, made.stderr.decode()
    message = (
        b"From: alice@versicherer.example\r\nTo: bob@example.org\r\nSubject: x\r\n" + made.stdout
    )
    result = verify(message, trust_anchors=[ca.cert])
    assert result.status is VerifyStatus.VALID, result.reason
    assert result.signature_algorithm == (
        "rsassa_pss" if keyopt else "rsassa_pkcs1v15" if key_kind.startswith("rsa") else "ecdsa"
    )


def test_round_trip_keeps_the_entity(ca: Identity) -> None:
    alice = issue(ca, "alice@versicherer.example")
    entity = b"Content-Type: text/plain\n\nLF only\n"
    result = verify(
        b"From: alice@versicherer.example\r\n" + sign(entity, Signer(alice.cert, alice.key)),
        trust_anchors=[ca.cert],
    )
    assert result.valid and result.content == canonical(entity)


@pytest.mark.parametrize(
    ("options", "status", "words"),
    [
        (
            {"not_before": NOW - dt.timedelta(days=400), "not_after": NOW - dt.timedelta(days=2)},
            VerifyStatus.INVALID,
            "expired",
        ),
        ({"email_protection": False}, VerifyStatus.INVALID, "not issued for e-mail"),
        ({"key_kind": "rsa1024"}, VerifyStatus.INVALID, "1024 bits"),
    ],
)
def test_bad_certificates_make_the_signature_invalid(
    ca: Identity, options: dict, status: VerifyStatus, words: str
) -> None:
    alice = issue(ca, "alice@versicherer.example", **options)
    result = verify(sign_message(MESSAGE, Signer(alice.cert, alice.key)), trust_anchors=[ca.cert])
    assert result.status is status and words in result.reason


def test_untrusted_and_from_mismatch(ca: Identity) -> None:
    stranger = make_ca("Fremde CA")
    mallory = issue(stranger, "alice@versicherer.example")
    assert (
        verify(
            sign_message(MESSAGE, Signer(mallory.cert, mallory.key)), trust_anchors=[ca.cert]
        ).status
        is VerifyStatus.UNTRUSTED
    )
    other = issue(ca, "eve@example.org")
    result = verify(sign_message(MESSAGE, Signer(other.cert, other.key)), trust_anchors=[ca.cert])
    assert (
        result.status is VerifyStatus.INVALID
        and "not for alice@versicherer.example" in result.reason
    )


def test_tampered_content_is_invalid(ca: Identity) -> None:
    alice = issue(ca, "alice@versicherer.example")
    signed = sign_message(MESSAGE, Signer(alice.cert, alice.key))
    tampered = signed.replace(b"Zeile 2", b"Zeile 3")
    result = verify(tampered, trust_anchors=[ca.cert])
    assert result.status is VerifyStatus.INVALID and "changed after signing" in result.reason


def test_unsigned_and_garbage() -> None:
    with pytest.raises(NotSigned):
        verify(MESSAGE, trust_anchors=[])
    garbage = b"Content-Type: application/pkcs7-mime; smime-type=signed-data\r\nContent-Transfer-Encoding: base64\r\n\r\nAAAA\r\n"
    with pytest.raises(MalformedMessage):
        verify(garbage, trust_anchors=[])


@pytest.fixture(scope="module")
def signed_sample(ca: Identity) -> bytes:
    alice = issue(ca, "alice@versicherer.example")
    return sign_message(MESSAGE, Signer(alice.cert, alice.key))


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    position=st.integers(min_value=0),
    value=st.integers(min_value=0, max_value=255),
    cut=st.booleans(),
)
def test_mutations_never_crash_nor_verify(
    ca: Identity, signed_sample: bytes, position: int, value: int, cut: bool
) -> None:
    position %= len(signed_sample)
    mutated = (
        signed_sample[:position]
        if cut
        else signed_sample[:position] + bytes([value]) + signed_sample[position + 1 :]
    )
    if mutated == signed_sample:
        return
    try:
        result = verify(mutated, trust_anchors=[ca.cert])
    except SmimeError:
        return
    if result.valid:
        # only a change outside the signed part and the signature (e.g. the preamble) may still verify
        assert result.content == verify(signed_sample, trust_anchors=[ca.cert]).content


def test_signed_attributes_name_the_certificate_and_advertise_gcm(
    ca: Identity, workdir: Path
) -> None:
    alice = issue(ca, "alice@versicherer.example")
    signed = sign_message(MESSAGE, Signer(alice.cert, alice.key))
    (workdir / "m.eml").write_bytes(signed)
    printed = openssl("cms", "-cmsout", "-print", "-in", workdir / "m.eml").stdout.decode()
    assert "id-smime-aa-signingCertificateV2" in printed
    assert "signingTime (1.2.840.113549.1.9.5)" in printed
    assert "S/MIME Capabilities (1.2.840.113549.1.9.15)" in printed
    assert verify(signed, trust_anchors=[ca.cert]).capabilities[:3] == (
        "aes256_gcm",
        "aes256_cbc",
        "aes128_cbc",
    )
