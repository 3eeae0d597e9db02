"""The signed attributes' building blocks: SMIMECapabilities and the ESS signing certificate."""

from __future__ import annotations

import base64

from asn1crypto import cms
from cryptography.hazmat.primitives import serialization

from siegel.core.smime import capabilities, ess
from siegel.core.smime.sign import Signer, sign
from tests.support.pki import Identity, issue


def der(identity: Identity) -> bytes:
    return identity.cert.public_bytes(serialization.Encoding.DER)


def signed_attributes(identity: Identity) -> dict[str, cms.SetOfAny]:
    opaque = sign(
        b"Content-Type: text/plain\r\n\r\nx\r\n",
        Signer(identity.cert, identity.key),
        detached=False,
    )
    info = cms.ContentInfo.load(base64.b64decode(b"".join(opaque.split(b"\r\n\r\n", 1)[1].split())))
    return {
        a["type"].dotted: a["values"] for a in info["content"]["signer_infos"][0]["signed_attrs"]
    }


def test_capabilities_round_trip_and_order() -> None:
    encoded = capabilities.encode()
    assert capabilities.decode(encoded) == ("aes256_gcm", "aes256_cbc", "aes128_cbc")
    assert capabilities.decode(encoded.dump()) == capabilities.ADVERTISED
    assert capabilities.decode(capabilities.encode(["aes128_cbc", "1.2.3.4"]).dump()) == (
        "aes128_cbc",
        "1.2.3.4",
    )


def test_capabilities_are_read_leniently() -> None:
    assert capabilities.decode(b"\x30\x03\x02\x01\x01") == ()
    assert capabilities.decode(b"garbage") == ()
    assert capabilities.decode(None) == ()


def test_our_signatures_carry_the_advertised_list_and_name_their_certificate(ca: Identity) -> None:
    alice, bob = issue(ca, "alice@versicherer.example"), issue(ca, "bob@example.org")
    attributes = signed_attributes(alice)
    advertised = attributes["1.2.840.113549.1.9.15"][0]
    assert capabilities.decode(advertised) == capabilities.ADVERTISED
    assert advertised.dump() == capabilities.encode().dump()
    named = attributes[ess.OID][0].dump()
    assert ess.names_certificate(named, der(alice))
    assert not ess.names_certificate(named, der(bob))
    assert named == ess.signing_certificate(der(alice)).dump()
