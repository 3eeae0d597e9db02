"""Parsing in pieces gives the same mail as parsing at once; header edits never copy needlessly."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from siegel.core.mime import headers
from siegel.core.mime.parse import CHUNK, parse_message


def same_parse(data: bytes) -> None:
    ours = parse_message(data)
    reference = email.message_from_bytes(data, policy=email.policy.default)
    assert ours.as_bytes() == reference.as_bytes()
    assert [type(d) for d in ours.defects] == [type(d) for d in reference.defects]


def test_line_ends_split_across_pieces() -> None:
    head = b"From: a@b.example\r\nContent-Type: text/plain\r\n\r\n"
    body = b"x" * (CHUNK - len(head) - 1) + b"\r\n" + b"Zeile zwei\r\n" * 10_000
    same_parse(head + body)


def test_malformed_vectors(vectors: Path) -> None:
    for path in sorted((vectors / "mail-parser-malformed").glob("*.eml")):
        same_parse(path.read_bytes())


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=3 * CHUNK // 2))
def test_arbitrary_bytes(data: bytes) -> None:
    same_parse(data)


def test_removing_nothing_returns_the_mail_itself() -> None:
    mail = b"From: a@b.example\r\nX-Siegel-Signature: valid\r\n\r\n" + b"Text\r\n" * 1000
    assert headers.remove_names(mail, ["Bcc"]) is mail
    stripped = headers.remove_prefix(mail, "X-Siegel-")
    assert stripped == b"From: a@b.example\r\n\r\n" + b"Text\r\n" * 1000
