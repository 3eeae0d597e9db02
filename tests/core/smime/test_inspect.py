"""inspect() names the layers of any message, their algorithms and parties; with keys it opens them."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from siegel.core.smime import Signer, encrypt, inspect, sign
from tests.support.pki import Identity, issue, make_ca


def test_signed_layers_name_algorithms_and_signers(ca: Identity) -> None:
    alice = issue(ca, "alice@versicherer.example", key_kind="p256")
    entity = b"Content-Type: text/plain\r\n\r\nHallo\r\n"
    for detached, kind in ((True, "signed-detached"), (False, "signed-opaque")):
        signed = sign(entity, Signer(alice.cert, alice.key), detached=detached, digest="sha384")
        description = inspect(b"From: alice@versicherer.example\r\n" + signed)
        assert [layer.kind for layer in description.layers] == [kind, "content"]
        (signer,) = description.layers[0].details["signers"]
        assert signer["digest"] == "sha384" and signer["signature"] == "sha384_ecdsa"
        assert signer["serial"] == alice.cert.serial_number
        assert signer["addresses"] == "alice@versicherer.example"
        assert signer["signing_time"] is not None
        assert "signer: issuer: " in description.describe()


def test_nested_layers_with_and_without_keys(ca: Identity) -> None:
    alice, bob = issue(ca, "alice@versicherer.example"), issue(ca, "bob@example.org")
    inner = sign(b"Content-Type: text/html\r\n\r\n<p>Hallo</p>\r\n", Signer(alice.cert, alice.key))
    message = b"From: alice@versicherer.example\r\nMIME-Version: 1.0\r\n" + encrypt(
        inner, [bob.cert]
    )
    closed = inspect(message)
    assert [layer.kind for layer in closed.layers] == ["enveloped"]
    (recipient,) = closed.layers[0].details["recipients"]
    assert recipient["type"] == "key transport" and recipient["serial"] == bob.cert.serial_number
    opened = inspect(message, [(bob.cert, bob.key)])
    assert [layer.kind for layer in opened.layers] == ["enveloped", "signed-detached", "content"]
    assert opened.layers[-1].details == {"type": "text/html"}
    assert opened.layers[0].details["content_encryption"] == "aes256_cbc"
    text = opened.describe()
    assert (
        "enveloped (content encryption: aes256_cbc, decryption: opened, authenticated: False)"
        in text
    )
    assert "\n  signed-detached" in text and "\n    content (type: text/html)" in text
    as_json = json.loads(json.dumps(opened.as_dict(), default=str))
    assert [layer["kind"] for layer in as_json["layers"]] == [
        "enveloped",
        "signed-detached",
        "content",
    ]
    assert "signature" not in opened.layers[1].details, "judged only against trust anchors"


def test_a_signature_inside_an_envelope_is_judged_for_the_message_author(ca: Identity) -> None:
    alice, bob = issue(ca, "alice@versicherer.example"), issue(ca, "bob@example.org")
    inner = sign(b"Content-Type: text/plain\r\n\r\nHallo\r\n", Signer(alice.cert, alice.key))
    envelope = b"MIME-Version: 1.0\r\n" + encrypt(inner, [bob.cert])
    for author, verdict in [("alice@versicherer.example", "valid"), ("eve@example.org", "invalid")]:
        message = f"From: {author}\r\n".encode() + envelope
        layers = inspect(message, [(bob.cert, bob.key)], trust_anchors=[ca.cert]).layers
        assert layers[1].details["signature"] == verdict, layers[1].details["signature_reason"]


def test_ec_recipients_are_described_as_key_agreement(ca: Identity) -> None:
    carol = issue(ca, "carol@example.org", key_kind="p256")
    message = b"MIME-Version: 1.0\r\n" + encrypt(
        b"Content-Type: text/plain\r\n\r\nx\r\n", [carol.cert]
    )
    (recipient,) = inspect(message).layers[0].details["recipients"]
    assert recipient["type"] == "key agreement" and recipient["algorithm"].startswith("ecdh-")
    assert recipient["serial"] == carol.cert.serial_number


def test_the_wrong_key_is_reported_not_raised(ca: Identity) -> None:
    bob, eve = issue(ca, "bob@example.org"), issue(ca, "eve@example.org")
    message = b"MIME-Version: 1.0\r\n" + encrypt(
        b"Content-Type: text/plain\r\n\r\nx\r\n", [bob.cert]
    )
    (layer,) = inspect(message, [(eve.cert, eve.key)]).layers
    assert layer.kind == "enveloped" and "none of them ours" in layer.details["decryption"]


def test_broken_data_is_described_not_raised() -> None:
    broken = (
        b"Content-Type: application/pkcs7-mime; smime-type=enveloped-data\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nAAAA\r\n"
    )
    (layer,) = inspect(broken).layers
    assert layer.kind == "broken" and layer.details["reason"]


def test_every_vector_message_is_described_without_a_broken_layer(vectors: Path) -> None:
    messages = sorted(vectors.glob("*/*.eml")) + sorted(vectors.glob("*/*/*.eml"))
    assert len(messages) > 60
    for path in messages:
        layers = inspect(path.read_bytes()).layers
        assert all(layer.kind != "broken" for layer in layers), (path.name, layers)


def test_thunderbird_nested_layers(vectors: Path) -> None:
    name = "alice.env.sig.SHA256.opaque.dave.sig.SHA256.opaque.eml"
    layers = inspect((vectors / "thunderbird-smime" / name).read_bytes()).layers
    assert [layer.kind for layer in layers] == ["signed-opaque", "signed-opaque", "enveloped"]
    assert [layer.details["signers"][0]["serial"] for layer in layers[:2]] == [50, 30]
    assert layers[1].details["signers"][0]["addresses"] == "Alice@example.com"
    assert layers[2].details["recipients"][0]["serial"] == 40


CA_FOR_FUZZ = make_ca()
BOB_FOR_FUZZ = issue(CA_FOR_FUZZ, "bob@example.org", key_kind="p256")
SAMPLES = [
    sign(
        b"Content-Type: text/plain\r\n\r\nx\r\n",
        Signer(BOB_FOR_FUZZ.cert, BOB_FOR_FUZZ.key),
        detached=False,
    ),
    encrypt(b"Content-Type: text/plain\r\n\r\nx\r\n", [BOB_FOR_FUZZ.cert, CA_FOR_FUZZ.cert]),
]


@settings(max_examples=100, deadline=None)
@given(
    sample=st.sampled_from(SAMPLES),
    position=st.integers(min_value=0, max_value=1 << 14),
    value=st.integers(min_value=0, max_value=255),
)
def test_inspect_never_raises_on_mutated_cms(sample: bytes, position: int, value: int) -> None:
    head, body = sample.split(b"\r\n\r\n", 1)
    der = bytearray(base64.b64decode(b"".join(body.split())))
    der[position % len(der)] = value
    description = inspect(head + b"\r\n\r\n" + base64.b64encode(bytes(der)) + b"\r\n")
    assert description.layers and isinstance(description.describe(), str)
