"""Every way a signed message can be bad gets its own status and a reason a person can read."""

from __future__ import annotations

import base64
import datetime as dt
import warnings
from pathlib import Path

import pytest
from asn1crypto import cms
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.utils import CryptographyDeprecationWarning

from siegel.core.smime.errors import (
    MalformedMessage,
    MessageTooLarge,
    NotSigned,
    UnsupportedAlgorithm,
    WeakAlgorithm,
)
from siegel.core.smime.mime import pkcs7_mime
from siegel.core.smime.sign import Signer, sign, sign_message
from siegel.core.smime.verify import VerifyStatus, verify
from tests.core.smime.conftest import openssl
from tests.support.pki import (
    NOW,
    Identity,
    issue,
    make_ca,
    make_crl,
    make_ocsp_response,
    resign_with_sha1,
)

ALICE = "alice@versicherer.example"
MESSAGE = (
    f"From: {ALICE}\r\nTo: bob@example.org\r\nSubject: Vertrag\r\n"
    "Content-Type: text/plain; charset=us-ascii\r\n\r\nBitte unterschreiben.\r\n"
).encode()
HEADERS = f"From: {ALICE}\r\nTo: bob@example.org\r\nSubject: x\r\n".encode()


def signed_by(identity: Identity, **options: object) -> bytes:
    return sign_message(MESSAGE, Signer(identity.cert, identity.key), **options)  # type: ignore[arg-type]


def openssl_signed(identity: Identity, workdir: Path, *extra: str) -> bytes:
    crt, key = identity.write(workdir, "signer")
    (workdir / "body").write_bytes(b"Content-Type: text/plain\r\n\r\nVon openssl.\r\n")
    made = openssl("cms", "-sign", "-in", workdir / "body", "-signer", crt, "-inkey", key, *extra)
    assert made.returncode == 0, made.stderr.decode()
    return HEADERS + made.stdout


@pytest.mark.parametrize(
    ("options", "status", "words"),
    [
        (
            {"not_before": NOW - dt.timedelta(days=400), "not_after": NOW - dt.timedelta(days=2)},
            VerifyStatus.INVALID,
            "expired on",
        ),
        ({"not_before": NOW + dt.timedelta(days=2)}, VerifyStatus.INVALID, "not valid before"),
        ({"email_protection": False}, VerifyStatus.INVALID, "not issued for e-mail protection"),
    ],
    ids=["expired", "not-yet-valid", "no-email-protection"],
)
def test_bad_certificates_make_the_signature_invalid(
    ca: Identity, options: dict[str, object], status: VerifyStatus, words: str
) -> None:
    result = verify(signed_by(issue(ca, ALICE, **options)), trust_anchors=[ca.cert])  # type: ignore[arg-type]
    assert result.status is status and words in result.reason, result.reason


def test_untrusted_issuer(ca: Identity) -> None:
    mallory = issue(make_ca("Fremde CA"), ALICE)
    result = verify(signed_by(mallory), trust_anchors=[ca.cert])
    assert result.status is VerifyStatus.UNTRUSTED and "no trusted path" in result.reason
    assert result.signer_certificate == mallory.cert, "the certificate is still reported"


def test_from_mismatch_and_the_sender_argument(ca: Identity) -> None:
    eve = issue(ca, "eve@example.org")
    result = verify(signed_by(eve), trust_anchors=[ca.cert])
    assert result.status is VerifyStatus.INVALID
    assert "not for alice@versicherer.example" in result.reason
    assert result.signer_address == "eve@example.org"
    assert verify(signed_by(eve), trust_anchors=[ca.cert], sender="Eve@Example.org").valid


def test_legacy_address_in_the_dn_is_accepted(ca: Identity) -> None:
    alice = issue(ca, ALICE, san=False, dn_email=True)
    result = verify(signed_by(alice), trust_anchors=[ca.cert])
    assert result.valid, result.reason
    assert result.signer_address == ALICE


def test_weak_rsa_key(ca: Identity, workdir: Path) -> None:
    weak = issue(ca, ALICE, key_kind="rsa1024")
    with pytest.raises(WeakAlgorithm, match="1024 bits"):
        signed_by(weak)
    result = verify(openssl_signed(weak, workdir), trust_anchors=[ca.cert])
    assert result.status is VerifyStatus.INVALID and result.weak_algorithm
    assert "weak key" in result.reason and "1024 bits" in result.reason


@pytest.mark.parametrize("digest", ["sha1", "md5"])
def test_weak_digests(ca: Identity, workdir: Path, digest: str) -> None:
    alice = issue(ca, ALICE)
    result = verify(openssl_signed(alice, workdir, "-md", digest), trust_anchors=[ca.cert])
    assert result.status is VerifyStatus.INVALID and result.weak_algorithm
    assert f"weak digest algorithm {digest.upper()}" in result.reason


def test_an_unsupported_digest_is_invalid_but_not_weak(ca: Identity, workdir: Path) -> None:
    alice = issue(ca, ALICE)
    result = verify(openssl_signed(alice, workdir, "-md", "sha3-256"), trust_anchors=[ca.cert])
    assert result.status is VerifyStatus.INVALID and not result.weak_algorithm
    assert "unsupported digest algorithm sha3_256" in result.reason


def test_certificate_signed_with_sha1(ca: Identity) -> None:
    alice = resign_with_sha1(issue(ca, ALICE), ca)
    result = verify(signed_by(alice), trust_anchors=[ca.cert])
    assert result.status is VerifyStatus.INVALID and result.weak_algorithm
    assert "weak algorithm" in result.reason


def test_revoked_by_crl_and_by_ocsp(ca: Identity) -> None:
    alice = issue(ca, ALICE, ocsp_url="http://ocsp.siegel-test.example/")
    signed = signed_by(alice)
    crl = make_crl(ca, [alice.cert])
    by_crl = verify(signed, trust_anchors=[ca.cert], crls=[crl])
    assert by_crl.status is VerifyStatus.INVALID and "revoked" in by_crl.reason
    revoked = make_ocsp_response(ca, alice.cert, revoked=True)
    by_ocsp = verify(signed, trust_anchors=[ca.cert], ocsp_responses=[revoked])
    assert by_ocsp.status is VerifyStatus.INVALID and "revoked" in by_ocsp.reason
    good = make_ocsp_response(ca, alice.cert, revoked=False)
    assert verify(signed, trust_anchors=[ca.cert], ocsp_responses=[good]).valid


def test_unknown_signer_until_the_certificate_is_supplied(ca: Identity, workdir: Path) -> None:
    alice = issue(ca, ALICE)
    message = openssl_signed(alice, workdir, "-nocerts")
    result = verify(message, trust_anchors=[ca.cert])
    assert result.status is VerifyStatus.UNKNOWN_SIGNER
    assert "neither in the message nor supplied" in result.reason
    assert verify(message, trust_anchors=[ca.cert], intermediates=[alice.cert]).valid


def test_tampered_content(ca: Identity) -> None:
    signed = signed_by(issue(ca, ALICE))
    result = verify(signed.replace(b"unterschreiben", b"unterschrieben"), trust_anchors=[ca.cert])
    assert result.status is VerifyStatus.INVALID and "changed after signing" in result.reason


def test_detached_signature_with_other_embedded_content(ca: Identity) -> None:
    """A p7s that carries its own (signed) text next to a different visible part."""
    alice = issue(ca, ALICE)
    opaque = sign(
        b"Content-Type: text/plain\r\n\r\nDas Original.\r\n",
        Signer(alice.cert, alice.key),
        detached=False,
    )
    der = base64.b64decode(b"".join(opaque.split(b"\r\n\r\n", 1)[1].split()))
    detached = sign(
        b"Content-Type: text/plain\r\n\r\nDie Faelschung.\r\n", Signer(alice.cert, alice.key)
    )
    head, _, rest = detached.partition(
        b'Content-Type: application/pkcs7-signature; name="smime.p7s"'
    )
    spliced = (
        head
        + b'Content-Type: application/pkcs7-signature; name="smime.p7s"\r\n'
        + b"Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(der).replace(b"\n", b"\r\n")
        + rest[rest.rindex(b"\r\n--") + 2 :]
    )
    result = verify(HEADERS + spliced, trust_anchors=[ca.cert])
    assert result.status is VerifyStatus.INVALID
    assert "content of its own" in result.reason


def test_a_swapped_certificate_with_the_same_key_is_refused(ca: Identity) -> None:
    """ESS signingCertificateV2 binds the signature to the certificate, not just the key."""
    alice = issue(ca, ALICE)
    twin = (
        x509.CertificateBuilder()
        .subject_name(alice.cert.subject)
        .issuer_name(ca.cert.subject)
        .public_key(alice.key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(alice.cert.not_valid_before_utc)
        .not_valid_after(alice.cert.not_valid_after_utc)
    )
    for extension in alice.cert.extensions:
        twin = twin.add_extension(extension.value, extension.critical)
    twin_cert = twin.sign(ca.key, hashes.SHA256())  # type: ignore[arg-type]
    opaque = sign(
        MESSAGE[MESSAGE.index(b"Content-Type") :], Signer(alice.cert, alice.key), detached=False
    )
    info = cms.ContentInfo.load(base64.b64decode(b"".join(opaque.split(b"\r\n\r\n", 1)[1].split())))
    data = info["content"]
    twin_der = twin_cert.public_bytes(serialization.Encoding.DER)
    data["certificates"] = [cms.CertificateChoices.load(b"\x30" + twin_der[1:])]
    data["signer_infos"][0]["sid"] = {
        "issuer_and_serial_number": {
            "issuer": data["certificates"][0].chosen.issuer,
            "serial_number": twin_cert.serial_number,
        }
    }
    forged = HEADERS + pkcs7_mime(info.dump(force=True), "signed-data")
    result = verify(forged, trust_anchors=[ca.cert])
    assert result.status is VerifyStatus.INVALID
    assert "different signing certificate" in result.reason


def test_signing_time_in_the_future_is_refused(ca: Identity) -> None:
    alice = issue(ca, ALICE, not_before=NOW - dt.timedelta(days=30))
    result = verify(signed_by(alice), trust_anchors=[ca.cert], at=NOW - dt.timedelta(days=2))
    assert result.status is VerifyStatus.INVALID and "lies in the future" in result.reason


def test_our_signer_refuses_unknown_digests(ca: Identity) -> None:
    with pytest.raises(UnsupportedAlgorithm, match="sha1"):
        signed_by(issue(ca, ALICE), digest="sha1")


SIGNED_DATA_HEAD = (
    b"Content-Type: application/pkcs7-mime; smime-type=signed-data\r\n"
    b"Content-Transfer-Encoding: base64\r\n\r\n"
)


def test_unparseable_input_raises_malformed_message(ca: Identity) -> None:
    alice = issue(ca, ALICE)
    opaque = sign(
        b"Content-Type: text/plain\r\n\r\nx\r\n", Signer(alice.cert, alice.key), detached=False
    )
    body = opaque.split(b"\r\n\r\n", 1)[1]
    with pytest.raises(MalformedMessage):
        verify(SIGNED_DATA_HEAD + body[: len(body) // 2], trust_anchors=[ca.cert])
    with pytest.raises(MalformedMessage, match="base64"):
        verify(SIGNED_DATA_HEAD + b"%%%%\r\n", trust_anchors=[ca.cert])
    with pytest.raises(MalformedMessage):
        verify(
            SIGNED_DATA_HEAD + base64.b64encode(b"\x30\x03\x02\x01\x01") + b"\r\n", trust_anchors=[]
        )
    with pytest.raises(MalformedMessage, match="two parts"):
        verify(
            b'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; boundary=b\r\n\r\n--b--\r\n',
            trust_anchors=[],
        )


def test_unsigned_message_is_not_signed() -> None:
    with pytest.raises(NotSigned):
        verify(MESSAGE, trust_anchors=[])


def test_a_certificate_not_for_signing(ca: Identity) -> None:
    """Key usage keyEncipherment only: an encryption certificate cannot sign mail."""
    alice = issue(ca, ALICE)
    builder = (
        x509.CertificateBuilder()
        .subject_name(alice.cert.subject)
        .issuer_name(ca.cert.subject)
        .public_key(alice.key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(alice.cert.not_valid_before_utc)
        .not_valid_after(alice.cert.not_valid_after_utc)
    )
    for extension in alice.cert.extensions:
        if isinstance(extension.value, x509.KeyUsage):
            continue
        builder = builder.add_extension(extension.value, extension.critical)
    usage = dict.fromkeys(
        [
            "digital_signature",
            "content_commitment",
            "key_encipherment",
            "data_encipherment",
            "key_agreement",
            "key_cert_sign",
            "crl_sign",
            "encipher_only",
            "decipher_only",
        ],
        False,
    )
    builder = builder.add_extension(x509.KeyUsage(**usage | {"key_encipherment": True}), True)
    encryption_only = builder.sign(ca.key, hashes.SHA256())  # type: ignore[arg-type]
    result = verify(signed_by(Identity(encryption_only, alice.key)), trust_anchors=[ca.cert])
    assert result.status is VerifyStatus.INVALID
    assert "key usage does not allow signing" in result.reason


def resigned(identity: Identity, change: str) -> bytes:
    """Our opaque signature with its signed attributes altered and signed again by the same key.

    The signature is good, so only the attribute rules themselves can refuse it.
    """
    opaque = sign(
        MESSAGE[MESSAGE.index(b"Content-Type") :],
        Signer(identity.cert, identity.key),
        detached=False,
    )
    info = cms.ContentInfo.load(base64.b64decode(b"".join(opaque.split(b"\r\n\r\n", 1)[1].split())))
    signer_info = info["content"]["signer_infos"][0]
    attributes = [a for a in signer_info["signed_attrs"] if a["type"].native != "message_digest"]
    if change == "content type":
        attributes = [
            {"type": "content_type", "values": ["signed_data"]}
            if a["type"].native == "content_type"
            else a
            for a in attributes
        ] + [a for a in signer_info["signed_attrs"] if a["type"].native == "message_digest"]
    signer_info["signed_attrs"] = cms.CMSAttributes(attributes)
    to_sign = b"\x31" + signer_info["signed_attrs"].dump(force=True)[1:]
    signer_info["signature"] = identity.key.sign(to_sign, padding.PKCS1v15(), hashes.SHA256())  # type: ignore[union-attr,call-arg]
    return HEADERS + pkcs7_mime(info.dump(force=True), "signed-data")


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ("message digest", "lack the message digest"),
        ("content type", "signed content type differs"),
    ],
)
def test_signed_attribute_rules(ca: Identity, change: str, words: str) -> None:
    result = verify(resigned(issue(ca, ALICE), change), trust_anchors=[ca.cert])
    assert result.status is VerifyStatus.INVALID and words in result.reason, result.reason


def test_oversized_input_is_refused_before_parsing(ca: Identity) -> None:
    signed = signed_by(issue(ca, ALICE))
    with pytest.raises(MessageTooLarge, match="the limit is 1,000 bytes"):
        verify(signed, trust_anchors=[ca.cert], max_size=1000)
    assert verify(signed, trust_anchors=[ca.cert]).valid


def test_a_certificate_with_a_serial_number_that_is_not_positive_is_not_offered(
    ca: Identity,
) -> None:
    """RFC 5280 forbids it; cryptography warns today and will refuse it: refused now, quietly."""
    alice = issue(ca, ALICE)
    opaque = sign(
        MESSAGE[MESSAGE.index(b"Content-Type") :], Signer(alice.cert, alice.key), detached=False
    )
    info = cms.ContentInfo.load(base64.b64decode(b"".join(opaque.split(b"\r\n\r\n", 1)[1].split())))
    data = info["content"]
    certificate = data["certificates"][0].chosen
    certificate["tbs_certificate"]["serial_number"] = 0
    data["certificates"] = [cms.CertificateChoices.load(certificate.dump(force=True))]
    data["signer_infos"][0]["sid"].chosen["serial_number"] = 0
    forged = HEADERS + pkcs7_mime(info.dump(force=True), "signed-data")
    with warnings.catch_warnings():
        warnings.simplefilter("error", CryptographyDeprecationWarning)
        result = verify(forged, trust_anchors=[ca.cert])
    assert result.status is not VerifyStatus.VALID
    assert result.signer_certificate is None, result.reason
