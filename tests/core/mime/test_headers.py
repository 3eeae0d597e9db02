"""Header edits leave every other byte of the message as it was."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from siegel.core.mime import headers, routing

MAIL = (
    b"Received: from a\r\n\tby b\r\n"
    b"From: Anna <anna@versicherer.example>\r\n"
    b"X-Siegel-Signature: verified\r\n"
    b"x-siegel-decrypted: yes\r\n\tcontinued\r\n"
    b"Bcc: geheim@partner.example\r\n"
    b"Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe?=\r\n"
    b"\r\n"
    b"X-Siegel-Not-A-Header: body line\r\n"
)


def test_remove_prefix_keeps_body_and_other_fields() -> None:
    cleaned = headers.remove_prefix(MAIL, "X-Siegel-")
    assert b"verified" not in cleaned and b"continued" not in cleaned
    assert cleaned.endswith(b"\r\n\r\nX-Siegel-Not-A-Header: body line\r\n")
    assert cleaned.startswith(b"Received: from a\r\n\tby b\r\nFrom:")


def test_remove_bcc_and_read_values() -> None:
    assert headers.get(MAIL, "bcc") == "geheim@partner.example"
    assert headers.get(MAIL, "X-Siegel-Decrypted") == "yes continued"
    assert headers.get(headers.remove_names(MAIL, ["Bcc"]), "Bcc") is None


def test_prepend() -> None:
    marked = headers.prepend(MAIL, [("X-Siegel-Decrypted", "yes")])
    assert marked.startswith(b"X-Siegel-Decrypted: yes\r\nReceived:")


def test_message_without_body_or_with_a_body_line_first() -> None:
    assert headers.split(b"Subject: x\r\n") == ([b"Subject: x\r\n"], b"")
    fields, rest = headers.split(b"Subject: x\r\nthis is body\r\n")
    assert fields == [b"Subject: x\r\n"] and rest == b"this is body\r\n"


@given(st.binary(max_size=2000))
def test_split_never_loses_bytes(data: bytes) -> None:
    fields, rest = headers.split(data)
    assert b"".join(fields) + rest == data


@given(st.binary(max_size=2000))
def test_removing_nothing_changes_nothing(data: bytes) -> None:
    assert headers.remove(data, lambda name: False) == data


def test_routing_splits_by_direction() -> None:
    result = routing.route(
        "anna@versicherer.example",
        ["kunde@example.org", "kollege@versicherer.example", "x@vertrieb.versicherer.example"],
        ["versicherer.example"],
    )
    assert result.sender_is_local
    assert result.inbound == ("kollege@versicherer.example", "x@vertrieb.versicherer.example")
    assert result.outbound == ("kunde@example.org",)
    assert not routing.is_local("a@notversicherer.example", ["versicherer.example"])


def test_automatic_mail_is_recognised() -> None:
    assert routing.is_automatic("", b"Subject: x\r\n\r\n")
    assert routing.is_automatic("MAILER-DAEMON@x.example", b"Subject: x\r\n\r\n")
    assert routing.is_automatic("a@x.example", b"Auto-Submitted: auto-replied\r\n\r\n")
    assert routing.is_automatic("a@x.example", b"Precedence: bulk\r\n\r\n")
    assert not routing.is_automatic(
        "a@x.example", b"Auto-Submitted: no\r\nSubject: [ZERTIFIKAT]\r\n\r\n"
    )


def test_notice_wraps_the_original_untouched() -> None:
    import base64
    import email
    import email.policy

    from siegel.core.mime.notice import add_notice

    original = (
        b"From: a@partner.example\r\nSubject: Befund\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nMIIBAAAA\r\n"
    )
    marked = add_notice(original, "Hinweis: Diese Nachricht konnte nicht entschlüsselt werden.")
    parsed = email.message_from_bytes(marked, policy=email.policy.default)
    assert parsed["Subject"] == "Befund"
    note, inner = parsed.iter_parts()  # type: ignore[misc]
    assert note.get_content().startswith(
        "Hinweis: Diese Nachricht konnte nicht entschlüsselt werden."
    )
    assert inner.get_content_type() == "application/pkcs7-mime"
    assert inner.get_payload(decode=True) == base64.b64decode(b"MIIBAAAA")
    assert b"Content-Transfer-Encoding: base64\r\n\r\nMIIBAAAA\r\n" in marked


def test_the_header_block_ends_where_every_parser_ends_it() -> None:
    from siegel.core.mime.headers import unambiguous

    assert unambiguous(b"From x@y Fri\r\nSubject: a\r\n\r\nb") == b"Subject: a\r\n\r\nb"
    assert unambiguous(b"Subject: a\r\nkein Feld\r\nX-B: c\r\n\r\nd") == (
        b"Subject: a\r\n\r\nkein Feld\r\nX-B: c\r\n\r\nd"
    )
    well_formed = b"Subject: a\r\nX-B: c\r\n\r\nd"
    assert unambiguous(well_formed) is well_formed


def test_a_line_with_a_colon_but_no_field_name_ends_the_header() -> None:
    """Found by a flaky test: garbled CBC plaintext put ``\\xf7\\x00…:…`` into the header.

    Python (like mail programs) ends the header at such a line; this module took it
    for a field, so a notice wrapped around the mail was hidden in its body.
    """
    import email
    import email.policy

    from siegel.core.mime.notice import add_notice

    garbled = (
        b"Subject: Antrag\r\n\xf7\x00\xb8'/n\xb3U:xt/plain\r\nMIME-Version: 1.0\r\n\r\nText\r\n"
    )
    assert headers.fields_of(garbled) == [b"Subject: Antrag\r\n"]
    assert headers.fields_of(b"Subject : obsolete but a field\r\n\r\n") != []
    parsed = email.message_from_bytes(add_notice(garbled, "Hinweis"), policy=email.policy.default)
    note, _ = parsed.iter_parts()  # type: ignore[misc]
    assert note.get_content().strip() == "Hinweis"


@given(st.binary(max_size=40), st.binary(max_size=40))
def test_python_reads_the_same_header_fields(first: bytes, second: bytes) -> None:
    import email
    import email.policy

    message = b"Subject: a\r\n" + first.replace(b"\n", b"") + b"\r\n" + second + b"\r\n\r\nbody"
    ours = [headers.field_name(f) for f in headers.fields_of(message)]
    parsed = email.message_from_bytes(message, policy=email.policy.compat32)
    theirs = [name.lower() for name, _ in parsed.items()]
    assert ours == theirs
