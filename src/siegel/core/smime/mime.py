"""S/MIME's MIME framing: canonical entities, splitting signed messages byte-exact, wrapping.

Signatures are over the exact bytes of the signed part, in canonical form
(CRLF line ends). Parsing with the email package would re-serialise the part
and break the signature, so the multipart/signed body is split on the raw bytes.
"""

from __future__ import annotations

import base64
import re
import secrets

from siegel.core.mime import headers
from siegel.core.mime.line_ends import crlf
from siegel.core.smime.errors import MalformedMessage

CONTENT_FIELDS = frozenset(
    {
        "content-type",
        "content-transfer-encoding",
        "content-disposition",
        "content-description",
        "content-id",
        "content-language",
        "mime-version",
    }
)


def split_message(message: bytes) -> tuple[bytes, bytes]:
    """(outer header fields, content entity): the Content-* fields travel with the content."""
    fields, rest = headers.split(crlf(message))
    body = rest[2:] if rest.startswith(b"\r\n") else rest
    outer = b"".join(f for f in fields if headers.field_name(f) not in CONTENT_FIELDS)
    content = [
        f
        for f in fields
        if headers.field_name(f) in CONTENT_FIELDS and headers.field_name(f) != "mime-version"
    ]
    if not any(headers.field_name(f) == "content-type" for f in content):
        content.insert(0, b"Content-Type: text/plain; charset=us-ascii\r\n")
    return outer, b"".join(content) + b"\r\n" + body


def join_message(outer: bytes, entity: bytes) -> bytes:
    return outer + b"MIME-Version: 1.0\r\n" + entity


def content_type(entity: bytes) -> tuple[str, dict[str, str]]:
    """The media type (lower case) and its parameters."""
    value = headers.get(entity, "Content-Type") or "text/plain"
    main, *params = value.split(";")
    parsed = {}
    for param in params:
        name, _, raw = param.partition("=")
        parsed[name.strip().lower()] = raw.strip().strip('"')
    return main.strip().lower(), parsed


def body_of(entity: bytes) -> bytes:
    _, rest = headers.split(entity)
    return rest[2:] if rest.startswith(b"\r\n") else rest.lstrip(b"\r\n")


def split_signed(entity: bytes) -> tuple[bytes, bytes]:
    """(signed part exactly as sent, DER signature) from a multipart/signed entity."""
    _, params = content_type(entity)
    boundary = params.get("boundary")
    if not boundary:
        raise MalformedMessage("multipart/signed without a boundary")
    body = crlf(body_of(entity))
    delimiter = b"--" + boundary.encode("ascii", "replace")
    parts = re.split(rb"(?:^|\r\n)" + re.escape(delimiter) + rb"(?:--)?[ \t]*\r\n", body)
    # parts[0] is the preamble; then the signed part and the signature part
    if len(parts) < 3:
        raise MalformedMessage("multipart/signed does not have two parts")
    signed, signature_part = parts[1], parts[2]
    signature_part = re.split(rb"\r\n" + re.escape(delimiter) + rb"--", signature_part)[0]
    return signed, decode_body(signature_part)


def decode_body(entity: bytes) -> bytes:
    encoding = (headers.get(entity, "Content-Transfer-Encoding") or "7bit").strip().lower()
    body = body_of(entity)
    if encoding == "base64":
        try:
            return base64.b64decode(b"".join(body.split()), validate=True)
        except ValueError:
            raise MalformedMessage("the S/MIME part is not valid base64") from None
    return body


def base64_lines(data: bytes) -> bytes:
    encoded = base64.b64encode(data)
    return b"\r\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76)) + b"\r\n"


def new_boundary() -> str:
    return "----siegel-" + secrets.token_hex(16)


def pkcs7_mime(der: bytes, smime_type: str) -> bytes:
    return (
        f'Content-Type: application/pkcs7-mime; smime-type={smime_type}; name="smime.p7m"\r\n'.encode()
        + b"Content-Transfer-Encoding: base64\r\n"
        + b'Content-Disposition: attachment; filename="smime.p7m"\r\n\r\n'
        + base64_lines(der)
    )
