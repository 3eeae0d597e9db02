"""Parsing in pieces gives the same mail as parsing at once; header edits never copy needlessly."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from siegel.core.mime import headers
from siegel.core.mime.parse import CACHED_FIELD_LIMIT, CHUNK, parse_message


def same_parse(data: bytes) -> None:
    ours = parse_message(data)
    reference = email.message_from_bytes(data, policy=email.policy.default)
    assert ours.as_bytes() == reference.as_bytes()
    assert [type(d) for d in ours.defects] == [type(d) for d in reference.defects]
    for _ in range(2):  # the second time from the parsed-field cache
        assert fields(ours) == fields(reference)


def fields(message: email.message.Message) -> list[object]:
    """Every header field of every part as the application reads it."""
    read: list[object] = []
    for part in message.walk():
        read += [(name, str(value), type(value).__name__) for name, value in part.items()]
        read += [part.get_content_type(), part.get_filename(), part.get_content_charset()]
        read += [part.get_content_disposition(), part.get_params()]
    return read


def test_short_fields_are_parsed_once_long_ones_every_time() -> None:
    def subject(value: bytes) -> object:
        return parse_message(b"Subject: " + value + b"\r\n\r\nbody\r\n")["Subject"]

    assert subject(b"kurz") is subject(b"kurz")
    long = b"x" * (CACHED_FIELD_LIMIT + 1)
    assert subject(long) is not subject(long)
    assert subject(long) == long.decode()


def test_line_ends_split_across_pieces() -> None:
    head = b"From: a@b.example\r\nContent-Type: text/plain\r\n\r\n"
    body = b"x" * (CHUNK - len(head) - 1) + b"\r\n" + b"Zeile zwei\r\n" * 10_000
    same_parse(head + body)


@pytest.mark.parametrize(
    "data",
    [
        b"From: a@b.example\r\nSubject: eins\r\n\r\nText\r\n\r\nmehr\r\n",  # one part
        b"From: a@b.example\nSubject: LF\n\nText\n",
        b"From: a@b.example\r\nkein Feld\r\nSubject: x\r\n\r\nText\r\n",  # no separator
        b"From: a@b.example\rSubject: CR\r\rText\r\n\r\nmehr\n\nende",  # old Mac line ends
        b"From: a@b.example\r\n Fortsetzung ohne Feld\r\n\r\nText",
        b"\r\nText ohne Kopf\r\n\r\n",
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n\r\nTeil\r\n--x--\r\n",
        b"Content-Type: message/rfc822\r\n\r\nSubject: innen\r\n\r\nText\r\n",
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n\xc3\xa4\xff\r\n",  # 8-bit body
        b"Subject: ohne Text\r\n\r\n",
    ],
)
def test_one_part_shortcut_and_its_fallbacks(data: bytes) -> None:
    same_parse(data)
    ours, reference = (
        parse_message(data),
        email.message_from_bytes(data, policy=email.policy.default),
    )
    if not reference.is_multipart():
        assert ours.get_payload() == reference.get_payload()
    assert [type(p).__name__ for p in ours.walk()] == [type(p).__name__ for p in reference.walk()]


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
