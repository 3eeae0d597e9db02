"""Round trip: arbitrary MIME entities come back from sign -> verify byte for byte, canonical.

The canonical form is what is signed: CRLF line ends and 7-bit-safe transfer
encodings. The property checks three things for text, HTML, UTF-8 and binary
parts (8bit, binary, quoted-printable and base64, LF or CRLF line ends, single
or multipart): the signature verifies, the content handed back is exactly the
canonical form of the input, and that form still decodes to the same payloads,
so canonicalising never changes what the recipient reads.
"""

from __future__ import annotations

import base64
import binascii
import email
import email.policy
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from siegel.core.smime.canonical import canonicalize, is_seven_bit_safe
from siegel.core.smime.sign import Signer, sign
from siegel.core.smime.verify import VerifyStatus, verify
from tests.support.pki import issue, make_ca

CA = make_ca()
SIGNERS = [
    Signer(identity.cert, identity.key, rsa_padding=padding)  # type: ignore[arg-type]
    for identity, padding in (
        (issue(CA, "alice@versicherer.example"), "pkcs1v15"),
        (issue(CA, "alice@versicherer.example"), "pss"),
        (issue(CA, "alice@versicherer.example", key_kind="p256"), "pkcs1v15"),
    )
]
BOUNDARY = b"siegel-property-boundary"


@dataclass(frozen=True)
class Leaf:
    raw: bytes  # the part as given to sign()
    payload: bytes  # what a reader decodes from it (text with CRLF line ends)


def _lines(text: str, newline: bytes) -> bytes:
    return newline.join(line.encode() for line in text.split("\n"))


@st.composite
def leaves(draw: st.DrawFn) -> Leaf:
    kind = draw(st.sampled_from(["text/plain", "text/html", "application/octet-stream"]))
    if kind.startswith("text/"):
        text = draw(
            st.text(
                st.characters(
                    codec="utf-8", exclude_characters="\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
                ),
                max_size=400,
            )
        )
        if kind == "text/html":
            text = f"<html><body><p>{text}</p></body></html>"
        newline = draw(st.sampled_from([b"\n", b"\r\n"]))
        body = _lines(text, newline)
        payload = _lines(text, b"\r\n")
        encoding = draw(st.sampled_from(["8bit", "quoted-printable", "base64", None]))
        if encoding == "quoted-printable":
            body = binascii.b2a_qp(payload, istext=True)
        elif encoding == "base64":
            body = base64.encodebytes(payload)
        head = f"Content-Type: {kind}; charset=utf-8\n".encode()
    else:
        payload = body = draw(st.binary(max_size=600))
        encoding = draw(st.sampled_from(["binary", "base64"]))
        if encoding == "base64":
            body = base64.encodebytes(payload)
        head = b'Content-Type: application/octet-stream\nContent-Disposition: attachment; filename="a.bin"\n'
    if encoding is not None:
        head += f"Content-Transfer-Encoding: {encoding}\n".encode()
    return Leaf(head + b"\n" + body, payload)


@st.composite
def entities(draw: st.DrawFn) -> tuple[bytes, list[bytes]]:
    parts = draw(st.lists(leaves(), min_size=1, max_size=3))
    if len(parts) == 1 and draw(st.booleans()):
        return parts[0].raw, [parts[0].payload]
    body = b"".join(b"--" + BOUNDARY + b"\r\n" + p.raw + b"\r\n" for p in parts)
    head = b'Content-Type: multipart/mixed; boundary="' + BOUNDARY + b'"\r\n\r\n'
    return head + body + b"--" + BOUNDARY + b"--\r\n", [p.payload for p in parts]


def decoded_payloads(entity: bytes) -> list[bytes]:
    message = email.message_from_bytes(entity, policy=email.policy.compat32)
    return [
        part.get_payload(decode=True) or b"" for part in message.walk() if not part.is_multipart()
    ]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    drawn=entities(),
    signer=st.sampled_from(SIGNERS),
    detached=st.booleans(),
    digest=st.sampled_from(["sha256", "sha384", "sha512"]),
)
def test_sign_verify_round_trip_is_byte_exact_and_meaning_preserving(
    drawn: tuple[bytes, list[bytes]], signer: Signer, detached: bool, digest: str
) -> None:
    entity, payloads = drawn
    signed = sign(entity, signer, detached=detached, digest=digest)
    assert is_seven_bit_safe(signed), "the signed entity crosses any SMTP hop unchanged"
    result = verify(b"From: alice@versicherer.example\r\n" + signed, trust_anchors=[CA.cert])
    assert result.status is VerifyStatus.VALID, result.reason
    assert result.content == canonicalize(entity)
    assert canonicalize(result.content) == result.content, "canonical form is a fixed point"
    assert [p.replace(b"\r\n", b"\n") for p in decoded_payloads(result.content)] == [
        p.replace(b"\r\n", b"\n") for p in payloads
    ]
