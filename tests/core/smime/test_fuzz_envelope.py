"""Property tests: any MIME entity comes back byte for byte, and a changed envelope never gives
anything but a typed error (or, where only unauthenticated framing changed, the very same content)."""

from __future__ import annotations

import base64
from email.message import EmailMessage
from email.policy import SMTP

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from siegel.core.smime.decrypt import decrypt
from siegel.core.smime.encrypt import encrypt, pkcs7_mime
from siegel.core.smime.envelope import ContentCipher
from siegel.core.smime.errors import SmimeError
from siegel.core.smime.sign import Signer, sign
from siegel.core.smime.verify import verify
from tests.support.pki import issue, make_ca

CA = make_ca()
ALICE = issue(CA, "alice@versicherer.example")
RECIPIENTS = {
    "rsa": issue(CA, "bob@example.org"),
    "p256": issue(CA, "carol@example.org", key_kind="p256"),
    "p384": issue(CA, "dave@example.org", key_kind="p384"),
}


def examples(count: int) -> settings:
    return settings(max_examples=count, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def entities(draw: st.DrawFn) -> bytes:
    """Text, HTML, any Unicode, binary attachments: the MIME shapes mail programs send."""
    message = EmailMessage(policy=SMTP)
    text = draw(st.text(max_size=400))
    if draw(st.booleans()):
        message.set_content(f"<html><body><p>{text}</p></body></html>", subtype="html")
    else:
        message.set_content(text)
    for n in range(draw(st.integers(min_value=0, max_value=2))):
        message.add_attachment(
            draw(st.binary(max_size=2000)),
            maintype="application",
            subtype="octet-stream",
            filename=f"anhang-{n}.bin",
        )
    if message.is_multipart():
        message.set_boundary(f"siegel-{draw(st.integers(0, 10**9))}")
    raw = message.as_bytes()
    return raw[raw.index(b"Content-Type:") :]


@examples(40)
@given(
    entity=entities(),
    cipher=st.sampled_from(list(ContentCipher)),
    who=st.sampled_from(sorted(RECIPIENTS)),
    key_transport=st.sampled_from(["pkcs1v15", "oaep"]),
)
def test_encrypt_then_decrypt_is_byte_identical(
    entity: bytes, cipher: ContentCipher, who: str, key_transport: str
) -> None:
    person = RECIPIENTS[who]
    message = encrypt(entity, [person.cert], cipher=cipher, key_transport=key_transport)  # type: ignore[arg-type]
    assert decrypt(message, [(person.cert, person.key)]).content == entity


@examples(20)
@given(entity=entities(), cipher=st.sampled_from(list(ContentCipher)))
def test_sign_encrypt_decrypt_verify_round_trip(entity: bytes, cipher: ContentCipher) -> None:
    signed = sign(entity, Signer(ALICE.cert, ALICE.key))
    person = RECIPIENTS["p256"]
    opened = decrypt(encrypt(signed, [person.cert], cipher=cipher), [(person.cert, person.key)])
    assert opened.content == signed
    result = verify(
        b"From: alice@versicherer.example\r\n" + opened.content, trust_anchors=[CA.cert]
    )
    assert result.valid, result.reason


ORIGINAL = b"Content-Type: text/plain\r\n\r\nGeheim: Diagnose F32.1\r\n"
SAMPLES = {
    (cipher, who): base64.b64decode(
        b"".join(
            encrypt(ORIGINAL, [RECIPIENTS[who].cert], cipher=cipher)
            .split(b"\r\n\r\n", 1)[1]
            .split()
        )
    )
    for cipher in ContentCipher
    for who in ("rsa", "p256")
}


@st.composite
def mutations(draw: st.DrawFn) -> tuple[ContentCipher, str, bytes]:
    cipher, who = draw(st.sampled_from(sorted(SAMPLES)))
    der = bytearray(SAMPLES[cipher, who])
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        kind = draw(st.sampled_from(["set", "flip", "cut", "insert", "delete"]))
        position = draw(st.integers(min_value=0, max_value=len(der) - 1))
        if kind == "set":
            der[position] = draw(st.integers(0, 255))
        elif kind == "flip":
            der[position] ^= 1 << draw(st.integers(0, 7))
        elif kind == "cut":
            del der[position:]
        elif kind == "insert":
            der[position:position] = draw(st.binary(min_size=1, max_size=4))
        else:
            del der[position : position + draw(st.integers(1, 4))]
        if not der:
            break
    return cipher, who, bytes(der)


@examples(500)
@given(mutation=mutations())
def test_mutated_envelopes_give_typed_errors_only(
    mutation: tuple[ContentCipher, str, bytes],
) -> None:
    cipher, who, der = mutation
    person = RECIPIENTS[who]
    try:
        result = decrypt(pkcs7_mime(der, "enveloped-data"), [(person.cert, person.key)])
    except SmimeError as error:
        assert error.reason
        return
    if cipher is ContentCipher.AES256_GCM:
        assert result.content == ORIGINAL, "a changed GCM envelope never yields other content"


@examples(100)
@given(
    noise=st.binary(min_size=1, max_size=40),
    position=st.integers(min_value=0, max_value=2000),
)
def test_mutated_mime_gives_typed_errors_only(noise: bytes, position: int) -> None:
    person = RECIPIENTS["rsa"]
    message = encrypt(ORIGINAL, [person.cert], cipher=ContentCipher.AES256_GCM)
    at = position % len(message)
    mutated = message[:at] + noise + message[at:]
    try:
        result = decrypt(mutated, [(person.cert, person.key)])
    except SmimeError:
        return
    assert result.content == ORIGINAL
