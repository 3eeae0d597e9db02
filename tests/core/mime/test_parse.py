"""The parser's bounds: a header field built to make the standard library's parser slow is
read in part, the same way by every reader, and re-written without loss.

The standard library's header parser takes time and memory that grow with the square of a
field's length for runs of ";", ",", dots, comments or encoded words (CPython gh-136063). The
tests assert what is read, not how fast: without the bounds each field below is read whole
(its parameters, its encoded words decoded), after seconds or gigabytes.
"""

from __future__ import annotations

import email
import email.policy

import pytest
from hypothesis import given
from hypothesis import strategies as st

from siegel.core.mime import headers
from siegel.core.mime.display import display
from siegel.core.mime.entity import MalformedEntity, content_type, parts
from siegel.core.mime.parse import UnparsedField, _body_start, parse_message
from siegel.core.policy.pseudonymised_mail import pseudonymise_mail


def _folded(value: str) -> str:
    """The value folded into lines of 900 characters, as a sender must (RFC 5322 2.1.1)."""
    return "\r\n ".join(value[i : i + 900] for i in range(0, len(value), 900))


def _mail(*fields: str, body: str = "Hallo\r\n") -> bytes:
    head = "".join(f"{field}\r\n" for field in ("From: a@b.example", *fields))
    return f"{head}\r\n{body}".encode()


MULTIPART = "\r\n".join(
    ["--b1", "Content-Type: text/plain", "", "eins", "--b1", "", "zwei", "--b1--", ""]
)
HOSTILE_MIME = {
    "semicolons": "multipart/mixed; boundary=b1" + ";" * 3_000,
    "a quoted value full of semicolons": 'multipart/mixed; boundary=b1; a="' + ";" * 3_000,
    "comments": "multipart/mixed; boundary=b1 " + "(a)" * 1_000,
    "too many parameters": "multipart/mixed; boundary=b1" + "; a=b" * 33,
}


@pytest.mark.parametrize("shape", sorted(HOSTILE_MIME))
def test_a_mime_field_beyond_the_bounds_keeps_its_type_and_loses_its_parameters(
    shape: str,
) -> None:
    message = _mail(f"Content-Type: {_folded(HOSTILE_MIME[shape])}", body=MULTIPART)
    parsed = parse_message(message)
    assert parsed.get_content_type() == "multipart/mixed"
    assert parsed.get_boundary() is None  # so the parts are not split: a broken mail
    assert any("Boundary" in type(d).__name__ for d in parsed.defects)
    assert content_type(message) == ("multipart/mixed", {})  # the gateway reads it alike
    with pytest.raises(MalformedEntity):
        parts(message)


def test_the_bounds_leave_every_mime_field_a_mail_program_writes() -> None:
    name = "Übersicht " * 20 + ".pdf"
    message = _mail(
        "Content-Type: multipart/mixed;\r\n boundary=b1; charset=utf-8",
        f"Content-Disposition: attachment; filename*=utf-8''{_quoted(name)}",
        body=MULTIPART,
    )
    parsed = parse_message(message)
    assert parsed.get_boundary() == "b1" and parsed.get_filename() == name
    assert content_type(message)[1] == {"boundary": "b1", "charset": "utf-8"}
    assert not headers.beyond_bounds("Content-Disposition", parsed["Content-Disposition"])


def _quoted(text: str) -> str:
    return "".join(f"%{b:02X}" for b in text.encode())


def test_a_mime_field_beyond_the_bounds_is_read_as_its_first_word_only() -> None:
    message = _mail("Content-Transfer-Encoding: base64" + ";" * 40, body="SGFsbG8=\r\n")
    parsed = parse_message(message)
    assert parsed["Content-Transfer-Encoding"].cte == "base64"
    assert parsed.get_payload(decode=True) == b"Hallo"
    assert headers.without_parameters("x" * 100_000 + ";a") == "x" * headers.MAX_WORD


ADDRESSES = {
    "dots": "a" + "." * 10_000 + "@b.example",
    "commas": "," * 10_000,
    "encoded words": "=?utf-8?q?a?= " * 2_000 + "<a@b.example>",
}


@pytest.mark.parametrize("shape", sorted(ADDRESSES))
def test_any_other_field_beyond_the_bounds_is_its_text_as_sent(shape: str) -> None:
    folded = _folded(ADDRESSES[shape])
    parsed = parse_message(_mail(f"To: {folded}"))
    assert isinstance(parsed["To"], UnparsedField)
    assert str(parsed["To"]) == folded.replace("\r\n", "")  # encoded words left as they are
    assert display(_mail(f"To: {folded}")).recipients == " ".join(folded.split())[:500]


def test_a_long_references_field_is_written_out_as_it_came() -> None:
    """Re-written (a pseudonymised mail keeps the thread's fields), a field read as its text
    folds between its words: a References field must not become encoded words."""
    ids = [f"<m{i}.{'x' * 40}@mail.example>" for i in range(300)]
    recipients = ", ".join(f"=?utf-8?q?J=C3=BCrgen_M{i}?= <j{i}@b.example>" for i in range(300))
    message = _mail(
        f"To: {recipients}", f"References: {' '.join(ids)}", "Subject: Termin", "MIME-Version: 1.0"
    )
    assert headers.beyond_bounds("references", " ".join(ids))
    rewritten = pseudonymise_mail(message).content
    assert max(map(len, rewritten.split(b"\r\n"))) <= 78
    reread = email.message_from_bytes(rewritten, policy=email.policy.default)
    assert reread["References"].split() == ids
    assert [a.display_name for a in reread["To"].addresses][:2] == ["Jürgen M0", "Jürgen M1"]


def test_fields_within_the_bounds_are_parsed_as_before() -> None:
    value = ", ".join(f"Jürgen M{i} <j{i}@b.example>" for i in range(100))
    assert not headers.beyond_bounds("to", value)
    parsed = parse_message(_mail(f"To: {value}"))
    assert len(parsed["To"].addresses) == 100


@given(st.lists(st.sampled_from([b"\n", b"\r\n", b"\r", b"a: b", b" ", b"x"]), max_size=12))
def test_the_body_starts_after_the_first_empty_line_of_either_form(pieces: list[bytes]) -> None:
    """One search for both forms finds what a search for each and the earlier of the two find."""
    message = b"".join(pieces)
    found = [i for i in (message.find(b"\n\r\n"), message.find(b"\n\n")) if i >= 0]
    if not found:
        expected = -1
    else:
        first = min(found)
        expected = first + (3 if message.startswith(b"\n\r\n", first) else 2)
    assert _body_start(message) == expected
