"""Property tests: arbitrary MIME entities survive sign→verify and encrypt→decrypt byte for byte,
and mutated envelopes only ever give typed errors."""

from __future__ import annotations

import base64
from email.message import EmailMessage

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from siegel.core.mime.line_ends import crlf
from siegel.core.smime import Signer, decrypt, encrypt, sign, verify
from siegel.core.smime.canonical import canonicalize
from siegel.core.smime.errors import SmimeError
from tests.support.pki import issue, make_ca

CA = make_ca()
ALICE = issue(CA, "alice@versicherer.example")
BOB = issue(CA, "bob@example.org", key_kind="p256")


@st.composite
def entities(draw: st.DrawFn) -> bytes:
    message = EmailMessage()
    text = draw(st.text(max_size=300))
    if draw(st.booleans()):
        message.set_content(f"<html><body><p>{text}</p></body></html>", subtype="html")
    else:
        message.set_content(text)
    for n in range(draw(st.integers(min_value=0, max_value=2))):
        message.add_attachment(
            draw(st.binary(max_size=500)),
            maintype="application",
            subtype="octet-stream",
            filename=f"a{n}.bin",
        )
    if message.is_multipart():
        message.set_boundary("siegel-test-boundary")  # the email package would draw one with random
    raw = message.as_bytes()
    return raw[raw.index(b"Content-Type:") :] if b"Content-Type:" in raw else raw


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entity=entities(), cipher=st.sampled_from(["aes256-cbc", "aes256-gcm"]))
def test_sign_then_encrypt_round_trip(entity: bytes, cipher: str) -> None:
    signed = sign(entity, Signer(ALICE.cert, ALICE.key))
    envelope = b"MIME-Version: 1.0\r\n" + encrypt(signed, [BOB.cert], cipher=cipher)
    opened = decrypt(envelope, [(BOB.cert, BOB.key)]).content
    assert opened == crlf(signed)
    result = verify(b"From: alice@versicherer.example\r\n" + opened, trust_anchors=[CA.cert])
    assert result.valid and result.content == canonicalize(entity)


SAMPLE = encrypt(b"Content-Type: text/plain\r\n\r\nGeheim\r\n", [BOB.cert], cipher="aes256-gcm")
HEAD, BODY = SAMPLE.split(b"\r\n\r\n", 1)
DER = base64.b64decode(b"".join(BODY.split()))


@settings(max_examples=150, deadline=None)
@given(
    position=st.integers(min_value=0, max_value=len(DER) - 1),
    value=st.integers(min_value=0, max_value=255),
)
def test_mutated_envelopes_give_typed_errors_or_the_original(position: int, value: int) -> None:
    mutated = bytearray(DER)
    mutated[position] = value
    message = HEAD + b"\r\n\r\n" + base64.b64encode(bytes(mutated)) + b"\r\n"
    try:
        result = decrypt(message, [(BOB.cert, BOB.key)])
    except SmimeError:
        return
    assert result.content == b"Content-Type: text/plain\r\n\r\nGeheim\r\n", (
        "a changed envelope never yields other content"
    )
