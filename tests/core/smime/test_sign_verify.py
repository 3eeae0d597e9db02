"""S/MIME signatures against openssl cms, both directions, for every signer type we support."""

from __future__ import annotations

from pathlib import Path

import pytest

from siegel.core.smime.canonical import canonicalize
from siegel.core.smime.sign import Signer, sign, sign_message
from siegel.core.smime.verify import VerifyStatus, verify
from tests.core.smime.conftest import openssl
from tests.support.pki import Identity, issue, make_intermediate

MESSAGE = (
    "From: alice@versicherer.example\r\nTo: bob@example.org\r\nSubject: Vertrag\r\n"
    "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    "Grüße aus dem Vertrieb.\r\nZeile 2\r\n"
).encode()

# (key kind, RSA padding, digest): every signer type, every digest at least once
SIGNERS = [
    ("rsa2048", "pkcs1v15", "sha256"),
    ("rsa3072", "pkcs1v15", "sha384"),
    ("rsa2048", "pkcs1v15", "sha512"),
    ("rsa3072", "pss", "sha256"),
    ("rsa2048", "pss", "sha384"),
    ("rsa2048", "pss", "sha512"),
    ("p256", "pkcs1v15", "sha256"),
    ("p256", "pkcs1v15", "sha512"),
    ("p384", "pkcs1v15", "sha384"),
]
SIGNATURE_NAMES = {"pkcs1v15": "rsassa_pkcs1v15", "pss": "rsassa_pss"}


@pytest.mark.parametrize("detached", [True, False], ids=["detached", "opaque"])
@pytest.mark.parametrize(("key_kind", "rsa_padding", "digest"), SIGNERS)
def test_our_signatures_verify_with_openssl_and_with_us(
    ca: Identity, workdir: Path, key_kind: str, rsa_padding: str, digest: str, detached: bool
) -> None:
    alice = issue(ca, "alice@versicherer.example", key_kind=key_kind)
    signer = Signer(alice.cert, alice.key, rsa_padding=rsa_padding)  # type: ignore[arg-type]
    signed = sign_message(MESSAGE, signer, detached=detached, digest=digest)
    (workdir / "m.eml").write_bytes(signed)
    (workdir / "ca.pem").write_bytes(ca.cert_pem)
    checked = openssl(
        "cms", "-verify", "-in", workdir / "m.eml", "-CAfile", workdir / "ca.pem", "-out",
        workdir / "inner.eml",
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr.decode()
    inner = (workdir / "inner.eml").read_bytes()
    assert b"Gr=C3=BC=C3=9Fe aus dem Vertrieb." in inner, "8-bit text goes out quoted-printable"
    result = verify(signed, trust_anchors=[ca.cert])
    assert result.status is VerifyStatus.VALID, result.reason
    assert result.digest_algorithm == digest
    assert result.signature_algorithm == (
        "ecdsa" if key_kind.startswith("p") else SIGNATURE_NAMES[rsa_padding]
    )
    assert result.signer_address == "alice@versicherer.example"
    assert result.content == canonicalize(MESSAGE[MESSAGE.index(b"Content-Type") :])


def test_chain_is_included_so_openssl_needs_only_the_root(ca: Identity, workdir: Path) -> None:
    intermediate = make_intermediate(ca)
    alice = issue(intermediate, "alice@versicherer.example")
    signed = sign_message(MESSAGE, Signer(alice.cert, alice.key, chain=(intermediate.cert,)))
    (workdir / "m.eml").write_bytes(signed)
    (workdir / "ca.pem").write_bytes(ca.cert_pem)
    checked = openssl("cms", "-verify", "-in", workdir / "m.eml", "-CAfile", workdir / "ca.pem")
    assert checked.returncode == 0, checked.stderr.decode()
    assert verify(signed, trust_anchors=[ca.cert]).valid


def test_signed_attributes_name_the_certificate_and_advertise_gcm(
    ca: Identity, workdir: Path
) -> None:
    alice = issue(ca, "alice@versicherer.example")
    signed = sign_message(MESSAGE, Signer(alice.cert, alice.key))
    (workdir / "m.eml").write_bytes(signed)
    printed = openssl("cms", "-cmsout", "-print", "-in", workdir / "m.eml").stdout.decode()
    for attribute in (
        "contentType",
        "signingTime",
        "messageDigest",
        "S/MIME Capabilities",
        "id-smime-aa-signingCertificateV2",
    ):
        assert attribute in printed, attribute
    result = verify(signed, trust_anchors=[ca.cert])
    assert result.capabilities == ("aes256_gcm", "aes256_cbc", "aes128_cbc")
    assert result.signing_time is not None


OPENSSL_SIGNERS = [
    ("rsa2048", None, "sha256"),
    ("rsa2048", None, "sha512"),
    ("rsa2048", "rsa_padding_mode:pss", "sha256"),
    ("rsa3072", "rsa_padding_mode:pss", "sha384"),
    ("p256", None, "sha256"),
    ("p384", None, "sha384"),
]


@pytest.mark.parametrize("detached", [True, False], ids=["detached", "opaque"])
@pytest.mark.parametrize(("key_kind", "keyopt", "digest"), OPENSSL_SIGNERS)
def test_openssl_signatures_verify_with_us(
    ca: Identity, workdir: Path, key_kind: str, keyopt: str | None, digest: str, detached: bool
) -> None:
    alice = issue(ca, "alice@versicherer.example", key_kind=key_kind)
    crt, key = alice.write(workdir, "alice")
    body = b"Content-Type: text/plain\r\n\r\nVon openssl signiert.\r\n"
    (workdir / "body").write_bytes(body)
    args = ["cms", "-sign", "-in", workdir / "body", "-signer", crt, "-inkey", key, "-md", digest]
    args += ["-keyopt", keyopt] if keyopt else []
    args += [] if detached else ["-nodetach"]
    made = openssl(*args)
    assert made.returncode == 0, made.stderr.decode()
    message = b"From: alice@versicherer.example\r\nTo: bob@example.org\r\nSubject: x\r\n"
    result = verify(message + made.stdout, trust_anchors=[ca.cert])
    assert result.status is VerifyStatus.VALID, result.reason
    assert result.digest_algorithm == digest
    assert result.signature_algorithm == (
        "rsassa_pss" if keyopt else "rsassa_pkcs1v15" if key_kind.startswith("rsa") else "ecdsa"
    )
    assert result.content == body


def test_two_signers_from_openssl_both_verify(ca: Identity, workdir: Path) -> None:
    alice = issue(ca, "alice@versicherer.example")
    bob = issue(ca, "bob@example.org", key_kind="p256")
    (workdir / "body").write_bytes(b"Content-Type: text/plain\r\n\r\nZwei Unterschriften\r\n")
    args: list[object] = ["cms", "-sign", "-in", workdir / "body"]
    for identity, stem in ((alice, "alice"), (bob, "bob")):
        crt, key = identity.write(workdir, stem)
        args += ["-signer", crt, "-inkey", key]
    made = openssl(*args)
    assert made.returncode == 0, made.stderr.decode()
    result = verify(made.stdout, trust_anchors=[ca.cert])
    assert result.valid, result.reason
    assert [s.status for s in result.signers] == [VerifyStatus.VALID, VerifyStatus.VALID]
    stranger_anchor = issue(ca, "carol@example.org")
    untrusted = verify(made.stdout, trust_anchors=[stranger_anchor.cert])
    assert untrusted.status is VerifyStatus.UNTRUSTED
    assert untrusted.reason.startswith("signer 1 of 2:")


def test_detached_signature_of_a_bare_entity(ca: Identity) -> None:
    alice = issue(ca, "alice@versicherer.example")
    entity = b"Content-Type: text/plain\n\nLF only\n"
    result = verify(sign(entity, Signer(alice.cert, alice.key)), trust_anchors=[ca.cert])
    assert result.valid and result.content == b"Content-Type: text/plain\r\n\r\nLF only\r\n"
