"""DANE for SMTP (RFC 7672): usable TLSA records and matching a server's chain."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from cryptography.hazmat.primitives import serialization

from siegel.core.dane import Tlsa, authenticate, usable
from tests.support.pki import Identity, make_ca
from tests.support.tls import server_identity

NOW = dt.datetime.now(dt.UTC)


def der(identity: Identity) -> bytes:
    return identity.cert.public_bytes(serialization.Encoding.DER)


def spki(identity: Identity) -> bytes:
    return identity.cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


@pytest.fixture(scope="module")
def pki() -> tuple[Identity, Identity]:
    ca = make_ca()
    return ca, server_identity(ca, "mx.partner.test")


def test_only_dane_usages_with_known_selectors_and_matching_types_are_usable() -> None:
    records = [Tlsa(u, s, m, b"") for u in range(4) for s in range(3) for m in range(4)]
    assert {(r.usage, r.selector, r.mtype) for r in usable(records)} == {
        (u, s, m) for u in (2, 3) for s in (0, 1) for m in (0, 1, 2)
    }


@pytest.mark.parametrize(("mtype", "digest"), [(0, None), (1, "sha256"), (2, "sha512")])
def test_dane_ee_full_certificate(
    pki: tuple[Identity, Identity], mtype: int, digest: str | None
) -> None:
    _, server = pki
    data = hashlib.new(digest, der(server)).digest() if digest else der(server)
    record = Tlsa(3, 0, mtype, data)
    assert authenticate([record], [der(server)], "mx.partner.test", NOW).authenticated
    assert not authenticate(
        [Tlsa(3, 0, mtype, data[:-1] + b"?")], [der(server)], "x", NOW
    ).authenticated


def test_dane_ee_public_key_ignores_name(pki: tuple[Identity, Identity]) -> None:
    _, server = pki
    record = Tlsa(3, 1, 1, hashlib.sha256(spki(server)).digest())
    assert authenticate([record], [der(server)], "other.test", NOW).authenticated


def test_dane_ee_mismatch(pki: tuple[Identity, Identity]) -> None:
    _, server = pki
    result = authenticate([Tlsa(3, 1, 1, b"\0" * 32)], [der(server)], "mx.partner.test", NOW)
    assert not result.authenticated and "none of its TLSA records" in result.reason


def test_pkix_usages_are_ignored(pki: tuple[Identity, Identity]) -> None:
    _, server = pki
    record = Tlsa(1, 0, 0, der(server))
    assert not authenticate([record], [der(server)], "mx.partner.test", NOW).authenticated


def test_dane_ta_needs_the_anchor_in_the_chain_and_the_right_name(
    pki: tuple[Identity, Identity],
) -> None:
    ca, server = pki
    record = Tlsa(2, 0, 1, hashlib.sha256(der(ca)).digest())
    chain = [der(server), der(ca)]
    assert authenticate([record], chain, "mx.partner.test", NOW).authenticated
    assert not authenticate([record], chain, "evil.test", NOW).authenticated
    assert not authenticate([record], [der(server)], "mx.partner.test", NOW).authenticated


def test_dane_ta_of_another_ca_does_not_match(pki: tuple[Identity, Identity]) -> None:
    ca, server = pki
    other = make_ca("Other CA")
    record = Tlsa(2, 1, 1, hashlib.sha256(spki(other)).digest())
    chain = [der(server), der(ca)]
    assert not authenticate([record], chain, "mx.partner.test", NOW).authenticated


def test_no_certificate_is_no_match() -> None:
    assert not authenticate([Tlsa(3, 1, 1, b"")], [], "mx.partner.test", NOW).authenticated


def test_unreadable_server_certificates_match_nothing(pki: tuple[Identity, Identity]) -> None:
    """The server's bytes are hostile input: a broken certificate is a miss, not an exception."""
    _, server = pki
    garbage = b"\x30\x03\x02\x01\x00"
    records = [
        Tlsa(3, 1, 1, hashlib.sha256(spki(server)).digest()),
        Tlsa(2, 0, 1, hashlib.sha256(garbage).digest()),
    ]
    result = authenticate(records, [garbage, garbage], "mx.partner.test", NOW)
    assert not result.authenticated
    anchor_only = records[1:]  # the "anchor" in the chain is garbage that matches its record
    assert not authenticate(
        anchor_only, [der(server), garbage], "mx.partner.test", NOW
    ).authenticated


def _unknown_key_type(certificate_der: bytes, key_oid: str) -> bytes:
    """The certificate with its public key algorithm OID swapped for one nobody knows."""
    known, unknown = bytes.fromhex(key_oid), bytes.fromhex(key_oid[:-2] + "09")
    assert certificate_der.count(known) == 1
    return certificate_der.replace(known, unknown)


def test_keys_of_unknown_algorithms_match_nothing(pki: tuple[Identity, Identity]) -> None:
    """cryptography raises UnsupportedAlgorithm (not ValueError) for such keys: still a miss."""
    ca, server = pki
    odd_leaf = _unknown_key_type(der(server), "06072a8648ce3d0201")  # id-ecPublicKey
    odd_ca = _unknown_key_type(der(ca), "06092a864886f70d010101")  # rsaEncryption
    records = [
        Tlsa(3, 1, 1, hashlib.sha256(spki(server)).digest()),
        Tlsa(2, 1, 1, hashlib.sha256(spki(ca)).digest()),
        Tlsa(2, 0, 1, hashlib.sha256(odd_ca).digest()),
    ]
    assert not authenticate(records, [odd_leaf, odd_ca], "mx.partner.test", NOW).authenticated
    assert not authenticate(
        records[2:], [der(server), odd_ca], "mx.partner.test", NOW
    ).authenticated


def test_dane_ta_accepts_a_certificate_for_the_next_hop_domain(
    pki: tuple[Identity, Identity],
) -> None:
    """RFC 7672 3.2.2: the reference identifiers are the MX host name and the next-hop domain."""
    ca, _ = pki
    server = server_identity(ca, "partner.test")
    record = Tlsa(2, 0, 1, hashlib.sha256(der(ca)).digest())
    chain = [der(server), der(ca)]
    assert authenticate([record], chain, "mx.partner.test", NOW, "partner.test").authenticated
    assert not authenticate([record], chain, "mx.partner.test", NOW).authenticated
    assert not authenticate([record], chain, "mx.partner.test", NOW, "other.test").authenticated
