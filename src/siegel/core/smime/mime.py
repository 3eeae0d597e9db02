"""S/MIME's MIME framing: canonical entities, splitting signed messages byte-exact, wrapping.

Signatures are over the exact bytes of the signed part, in canonical form
(CRLF line ends). Parsing with the email package would re-serialise the part
and break the signature, so the multipart/signed body is split on the raw bytes.
"""

from __future__ import annotations

import base64

from siegel.core.mime import headers
from siegel.core.mime.entity import MalformedEntity, decoded_body, parts
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


def split_signed(entity: bytes) -> tuple[bytes, bytes]:
    """(signed part exactly as sent, DER signature) from a multipart/signed entity."""
    try:
        signed = parts(entity)
    except MalformedEntity as exc:
        raise MalformedMessage(f"multipart/signed: {exc}") from None
    if len(signed) < 2:
        raise MalformedMessage("multipart/signed does not have two parts")
    return signed[0], decode_body(signed[1])


def decode_body(entity: bytes) -> bytes:
    """The S/MIME part's body with its transfer encoding undone."""
    try:
        return decoded_body(entity)
    except MalformedEntity:
        raise MalformedMessage("the S/MIME part is not valid base64") from None


def base64_lines(data: bytes) -> bytes:
    encoded = base64.b64encode(data)
    return b"\r\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76)) + b"\r\n"


def pkcs7_mime(der: bytes, smime_type: str) -> bytes:
    return (
        f'Content-Type: application/pkcs7-mime; smime-type={smime_type}; name="smime.p7m"\r\n'.encode()
        + b"Content-Transfer-Encoding: base64\r\n"
        + b'Content-Disposition: attachment; filename="smime.p7m"\r\n\r\n'
        + base64_lines(der)
    )
