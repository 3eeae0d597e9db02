"""SignedData and EnvelopedData assembled from pre-encoded pieces are exactly asn1crypto's DER."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

from siegel.core.smime import capabilities, der, envelope, ess, signed_data
from siegel.core.smime.envelope import ContentCipher
from tests.support.pki import Identity, issue, make_intermediate

AT = dt.datetime(2026, 11, 23, 8, 30, 15, tzinfo=dt.UTC)
CONTENT = b"Content-Type: text/plain; charset=utf-8\r\n\r\nArztbericht\r\n"


def reference(content: bytes, signer: Identity, chain: list[Identity], *, detached: bool) -> bytes:
    """The same SignedData built entirely with asn1crypto (PKCS#1 v1.5, SHA-256)."""
    certificate = signer.cert.public_bytes(serialization.Encoding.DER)
    parsed = asn1_x509.Certificate.load(certificate)
    attributes = cms.CMSAttributes(
        [
            {"type": "content_type", "values": ["data"]},
            {"type": "signing_time", "values": [cms.Time({"utc_time": AT})]},
            {"type": "message_digest", "values": [hashlib.sha256(content).digest()]},
            {"type": "smime_capabilities", "values": [capabilities.encode()]},
            {"type": ess.OID, "values": [ess.signing_certificate(certificate)]},
        ]
    )
    signature = signer.key.sign(attributes.dump(), padding.PKCS1v15(), hashes.SHA256())  # type: ignore[union-attr, call-arg]
    signer_info = {
        "version": "v1",
        "sid": {
            "issuer_and_serial_number": {
                "issuer": parsed.issuer,
                "serial_number": parsed.serial_number,
            }
        },
        "digest_algorithm": {"algorithm": "sha256"},
        "signed_attrs": attributes,
        "signature_algorithm": {"algorithm": "rsassa_pkcs1v15"},
        "signature": signature,
    }
    chain_der = [c.cert.public_bytes(serialization.Encoding.DER) for c in chain]
    data = cms.SignedData(
        {
            "version": "v1",
            "digest_algorithms": [{"algorithm": "sha256"}],
            "encap_content_info": {
                "content_type": "data",
                "content": None if detached else content,
            },
            "certificates": [parsed, *(asn1_x509.Certificate.load(c) for c in chain_der)],
            "signer_infos": [signer_info],
        }
    )
    return bytes(cms.ContentInfo({"content_type": "signed_data", "content": data}).dump())


@pytest.mark.parametrize("detached", [True, False])
@pytest.mark.parametrize("size", [0, 100, 70_000])  # short and long DER length forms
def test_byte_identical_to_asn1crypto(ca: Identity, detached: bool, size: int) -> None:
    intermediate = make_intermediate(ca)
    signer = issue(intermediate, "leistung@versicherer.example")
    content = CONTENT + b"x" * size
    ours = signed_data.build(
        content,
        signer.cert,
        signer.key,  # type: ignore[arg-type]
        [intermediate.cert],
        digest="sha256",
        pss=False,
        detached=detached,
        at=AT,
    )
    assert ours == reference(content, signer, [intermediate], detached=detached)


@pytest.mark.parametrize(
    ("key_kind", "digest", "pss"),
    [("rsa2048", "sha384", True), ("p256", "sha256", False), ("p384", "sha512", False)],
)
def test_randomised_signatures_are_canonical_der(
    ca: Identity, key_kind: str, digest: str, pss: bool
) -> None:
    signer = issue(ca, "leistung@versicherer.example", key_kind=key_kind)
    ours = signed_data.build(
        CONTENT,
        signer.cert,
        signer.key,
        [],
        digest=digest,
        pss=pss,
        detached=False,  # type: ignore[arg-type]
    )
    loaded = cms.ContentInfo.load(ours)
    assert loaded.dump(force=True) == ours  # asn1crypto encodes the parsed structure the same
    info = loaded["content"]["signer_infos"][0]
    assert info["digest_algorithm"]["algorithm"].native == digest
    assert info["signature_algorithm"].signature_algo == ("rsassa_pss" if pss else "ecdsa")


@pytest.mark.parametrize("size", [0, 1, 127, 128, 255, 256, 65_535, 65_536, 2**24])
def test_length_octets(size: int) -> None:
    encoded = der.tlv(der.OCTET_STRING, b"\0" * size)
    assert cms.OctetString.load(encoded).native == b"\0" * size
    assert der.content_of(encoded) == b"\0" * size


@pytest.mark.parametrize("cipher", list(ContentCipher))
@pytest.mark.parametrize(
    ("key_transport", "identify_by"),
    [("pkcs1v15", "issuer_serial"), ("oaep", "ski"), ("pkcs1v15", "ski")],
)
def test_envelopes_are_canonical_der(
    ca: Identity, cipher: ContentCipher, key_transport: str, identify_by: str
) -> None:
    """Several recipients (RSA and EC): the SET OF RecipientInfo in DER order, versions right."""
    recipients = [
        issue(ca, f"{name}@example.org", key_kind=kind).cert
        for name, kind in [("a", "rsa2048"), ("b", "p256"), ("c", "rsa3072")]
    ]
    encoded = b"".join(
        envelope.build_parts(
            CONTENT,
            recipients,
            cipher=cipher,
            key_transport=key_transport,  # type: ignore[arg-type]
            identify_by=identify_by,  # type: ignore[arg-type]
        )
    )
    loaded = cms.ContentInfo.load(encoded)
    assert loaded.dump(force=True) == encoded
    data = loaded["content"]
    assert len(data["recipient_infos"]) == 3
    if cipher is ContentCipher.AES256_CBC:  # RFC 5652 6.1: a kari makes it version 2
        assert data["version"].native == "v2"
    kinds = sorted(info.name for info in data["recipient_infos"])
    assert kinds == ["kari", "ktri", "ktri"]
