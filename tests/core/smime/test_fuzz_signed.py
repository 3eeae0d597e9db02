"""Mutated signed messages: verify() raises nothing but SmimeError and never calls a change VALID.

Two mutation sites: the whole detached message as it travels (headers, MIME
framing, the signed part, the base64 signature), and the DER inside an opaque
signed-data (so the CMS parser itself meets garbage, not just the base64 layer).
A mutation may still verify only where it touched nothing signed (the preamble,
an unsigned header, a field of the CMS no check depends on): then the content
handed back must be the original one.
"""

from __future__ import annotations

import base64

from hypothesis import given, settings
from hypothesis import strategies as st

from siegel.core.smime.errors import SmimeError
from siegel.core.smime.mime import pkcs7_mime
from siegel.core.smime.sign import Signer, sign_message
from siegel.core.smime.verify import verify
from tests.support.pki import issue, make_ca

CA = make_ca()
ALICE = issue(CA, "alice@versicherer.example", key_kind="p256")
MESSAGE = (
    b"From: alice@versicherer.example\r\nTo: bob@example.org\r\nSubject: Vertrag\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    b"Gr\xc3\xbc\xc3\x9fe aus dem Vertrieb.\r\nZeile 2\r\n"
)
DETACHED = sign_message(MESSAGE, Signer(ALICE.cert, ALICE.key))
OPAQUE = sign_message(MESSAGE, Signer(ALICE.cert, ALICE.key), detached=False)
HEADERS = OPAQUE[: OPAQUE.index(b"Content-Type: application/pkcs7-mime")]
DER = base64.b64decode(b"".join(OPAQUE.split(b"\r\n\r\n", 1)[1].split()))
ORIGINAL = verify(DETACHED, trust_anchors=[CA.cert]).content


def mutate(data: bytes, position: int, value: int, cut: bool) -> bytes:
    position %= len(data)
    if cut:
        return data[:position]
    return data[:position] + bytes([value]) + data[position + 1 :]


def check(message: bytes) -> None:
    try:
        result = verify(message, trust_anchors=[CA.cert])
    except SmimeError:
        return
    if result.valid:
        assert result.content == ORIGINAL, "a changed signed part must never verify"


positions = st.integers(min_value=0, max_value=1 << 16)
values = st.integers(min_value=0, max_value=255)


@settings(max_examples=150, deadline=None)
@given(position=positions, value=values, cut=st.booleans())
def test_mutated_detached_messages(position: int, value: int, cut: bool) -> None:
    mutated = mutate(DETACHED, position, value, cut)
    if mutated != DETACHED:
        check(mutated)


@settings(max_examples=150, deadline=None)
@given(position=positions, value=values, cut=st.booleans())
def test_mutated_signed_data(position: int, value: int, cut: bool) -> None:
    mutated = mutate(DER, position, value, cut)
    if mutated != DER:
        check(HEADERS + pkcs7_mime(mutated, "signed-data"))


def test_the_unmutated_samples_verify() -> None:
    """Guards the property tests above against passing vacuously."""
    assert verify(DETACHED, trust_anchors=[CA.cert]).valid
    assert verify(OPAQUE, trust_anchors=[CA.cert]).content == ORIGINAL
