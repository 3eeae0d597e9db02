"""The canonical form of a MIME entity before it is signed (RFC 8551 3.1).

A signature covers exact bytes, but mail transports rewrite bytes they consider
unsafe: a relay without 8BITMIME converts 8-bit text to quoted-printable, some
normalise line ends, SMTP cuts lines longer than 998 octets, and ``binary``
content cannot cross SMTP at all. Any such rewrite after signing breaks the
signature at the recipient. So, before signing, every part is brought into a
form no transport needs to touch:

* CRLF line ends everywhere (the canonical form RFC 5652 signatures are over);
* every leaf part that is not 7-bit safe (8-bit octets, a bare CR, NUL, a line
  over 998 octets, ``Content-Transfer-Encoding: binary``) is re-encoded:
  quoted-printable for text, base64 for everything else;
* multiparts are rebuilt part by part with clean delimiter lines, and an
  embedded ``message/rfc822`` is canonicalised as a message of its own.

Parts that are already 7-bit safe keep their bytes (apart from line ends), so
canonicalising twice changes nothing, and what the verifier hands back as the
signed content is exactly this form. Header fields keep their text: raw 8-bit
header text (instead of RFC 2047/2231 encoded words) is the composer's fault
and cannot be repaired here without changing what the fields say.
"""

from __future__ import annotations

import base64
import binascii
import re

from siegel.core.mime import headers
from siegel.core.mime.entity import content_type, transfer_encoding
from siegel.core.mime.line_ends import crlf

MAX_LINE = 998  # RFC 5322 2.1.1, without the CRLF
_BARE_CR = re.compile(rb"\r(?!\n)")
_TRANSFER_ENCODING = "content-transfer-encoding"
_IDENTITY_ENCODINGS = frozenset({"7bit", "8bit", "binary"})


def is_seven_bit_safe(data: bytes) -> bool:
    """True when SMTP carries ``data`` (already CRLF) unchanged: ASCII, no NUL, no bare CR, short lines."""
    if not data.isascii() or b"\x00" in data or data.count(b"\r") != data.count(b"\r\n"):
        return False
    return max(map(len, data.split(b"\r\n"))) <= MAX_LINE


def canonicalize(entity: bytes) -> bytes:
    """The entity in the form that is signed and survives any transport (see the module doc)."""
    split_fields, rest = headers.split(entity)
    fields = [_terminated(f) for f in split_fields]
    head = b"".join(fields)
    body = rest[2:] if rest.startswith(b"\r\n") else rest[1:] if rest.startswith(b"\n") else rest
    media, params = content_type(head)
    encoding = transfer_encoding(head)
    if media.startswith("multipart/") and params.get("boundary"):
        return head + b"\r\n" + _multipart(body, params["boundary"].encode("ascii", "replace"))
    if media == "message/rfc822" and encoding in _IDENTITY_ENCODINGS:
        inner = canonicalize(body)
        if encoding != "7bit" and is_seven_bit_safe(inner):
            head = _with_encoding(fields, "7bit")
        return head + b"\r\n" + inner
    if encoding == "binary":
        return _with_encoding(fields, "base64") + b"\r\n" + _base64(body)
    body = crlf(body)
    if encoding in _IDENTITY_ENCODINGS and not is_seven_bit_safe(body):
        if media.startswith("text/") and not _BARE_CR.search(body):
            # b2a_qp breaks soft lines with LF when the text has no CRLF yet
            encoded = crlf(binascii.b2a_qp(body, quotetabs=False, istext=True, header=False))
            return _with_encoding(fields, "quoted-printable") + b"\r\n" + encoded
        return _with_encoding(fields, "base64") + b"\r\n" + _base64(body)
    return head + b"\r\n" + body


def _with_encoding(fields: list[bytes], encoding: str) -> bytes:
    """The header block with Content-Transfer-Encoding set to ``encoding`` (replaced or added)."""
    replacement = f"Content-Transfer-Encoding: {encoding}\r\n".encode()
    kept = [f for f in fields if headers.field_name(f) != _TRANSFER_ENCODING]
    return b"".join(kept) + replacement


def _terminated(field: bytes) -> bytes:
    """The header field with CRLF line ends, ending in one (the last field may lack it)."""
    field = crlf(field)
    return field if field.endswith(b"\r\n") else field + b"\r\n"


def _base64(data: bytes) -> bytes:
    encoded = base64.b64encode(data)
    return b"".join(encoded[i : i + 76] + b"\r\n" for i in range(0, len(encoded), 76))


def _multipart(body: bytes, boundary: bytes) -> bytes:
    """The multipart body rebuilt from canonical parts; preamble and epilogue keep their text."""
    # A pattern with a literal start lets the regex engine skip through megabytes of
    # attachment quickly; that a delimiter begins a line is checked afterwards.
    delimiter = re.compile(b"--" + re.escape(boundary) + rb"(--)?[ \t]*(?:\r?\n|\Z)")
    marks: list[tuple[int, re.Match[bytes]]] = []  # (start including the line end before, match)
    for mark in delimiter.finditer(body):
        start = mark.start()
        if start and body[start - 1 : start] != b"\n":
            continue
        if start:
            start -= 2 if body[start - 2 : start] == b"\r\n" else 1
        marks.append((start, mark))
    if not marks:
        return crlf(body)
    first_start, first = marks[0]
    out = [crlf(body[:first_start])]
    if first_start < first.start():
        out.append(b"\r\n")
    for (_, mark), following in zip(marks, [*marks[1:], None], strict=True):
        closing = mark.group(1) is not None
        out.append(b"--" + boundary + (b"--" if closing else b""))
        if closing:
            out.append(crlf(body[mark.end() - len(_line_end(mark)) :]))
            break
        out.append(b"\r\n")
        end = following[0] if following is not None else len(body)
        out.append(canonicalize(body[mark.end() : end]))
        if following is not None:
            out.append(b"\r\n")
    return b"".join(out)


def _line_end(mark: re.Match[bytes]) -> bytes:
    text = mark.group(0)
    return b"\r\n" if text.endswith(b"\r\n") else b"\n" if text.endswith(b"\n") else b""
