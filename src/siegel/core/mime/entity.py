"""One MIME entity as bytes: its type, transfer encoding, body and parts — the one toolkit.

S/MIME, OpenPGP/MIME and the gateway read entities through these functions, on
the raw bytes, so a signed part is split exactly as it was transmitted. Values
are read as RFC 2045/2231 say: ``boundary="x;y"`` is one parameter value.
"""

from __future__ import annotations

import base64
import binascii
import email.message
import email.utils
import quopri
import re
import secrets

from siegel.core.mime import headers
from siegel.core.mime.line_ends import crlf


class MalformedEntity(ValueError):
    """The entity cannot be read as its headers say (bad base64, no boundary, truncated)."""


def content_type(entity: bytes) -> tuple[str, dict[str, str]]:
    """The media type (lower case; ``text/plain`` when absent) and its parameters (names lower case).

    Quoting, folding and RFC 2231 continuations are undone by the standard
    library's parameter parser, which knows that a quoted ``;`` belongs to the value.
    A field beyond :func:`~siegel.core.mime.headers.beyond_bounds` is read without its
    parameters, as the classifier's parser reads it.
    """
    value = headers.get(entity, "Content-Type") or "text/plain"
    if headers.beyond_bounds("content-type", value):
        value = headers.without_parameters(value)
    parsed = email.message.Message()
    parsed["Content-Type"] = value
    params = parsed.get_params() or []
    return parsed.get_content_type(), {
        name.lower(): str(email.utils.collapse_rfc2231_value(value)) for name, value in params[1:]
    }


def transfer_encoding(entity: bytes) -> str:
    """The Content-Transfer-Encoding in lower case; ``7bit`` when absent (RFC 2045 6.1)."""
    return (headers.get(entity, "Content-Transfer-Encoding") or "7bit").strip().lower()


def body_of(entity: bytes) -> bytes:
    """Everything after the empty line that ends the header fields."""
    _, rest = headers.split(entity)
    if rest.startswith(b"\r\n"):
        return rest[2:]
    return rest[1:] if rest.startswith(b"\n") else rest


def decoded_body(entity: bytes) -> bytes:
    """A single-part body with its transfer encoding undone (base64 strictly, quoted-printable)."""
    encoding = transfer_encoding(entity)
    body = body_of(entity)
    if encoding == "base64":
        try:
            return base64.b64decode(b"".join(body.split()), validate=True)
        except binascii.Error:
            raise MalformedEntity("the body is not valid base64") from None
    if encoding == "quoted-printable":
        return quopri.decodestring(body)
    return body


def parts(entity: bytes) -> list[bytes]:
    """The body parts of a multipart entity, each exactly as transmitted (in CRLF form).

    Raises :class:`MalformedEntity` without a boundary, or when the closing
    delimiter is missing: a truncated multipart is never read as complete.
    """
    boundary = content_type(entity)[1].get("boundary", "")
    if not boundary:
        raise MalformedEntity("multipart entity without a boundary")
    body = crlf(body_of(entity))
    delimiter = re.compile(
        rb"(?:^|\r\n)--"
        + re.escape(boundary.encode("ascii", "replace"))
        + rb"(--)?[ \t]*(?:\r\n|$)"
    )
    found: list[bytes] = []
    start: int | None = None
    for match in delimiter.finditer(body):
        if start is not None:
            found.append(body[start : match.start()])
        if match.group(1):
            return found
        start = match.end()
    raise MalformedEntity("the multipart entity is truncated (closing boundary missing)")


def new_boundary(prefix: str = "siegel") -> str:
    """A boundary no content can contain by chance (128 random bits)."""
    return f"----{prefix}-{secrets.token_hex(16)}"
