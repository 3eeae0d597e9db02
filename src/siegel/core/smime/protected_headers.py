"""Header protection for encrypted mail (RFC 9788).

The real Subject, From, To, Cc, Date, Message-ID and Reply-To travel inside the
encrypted part (its Content-Type marked ``hp="cipher"``); the outer Subject is
replaced by ``[...]``, so a server on the way sees no subject like "Ihr Befund".
After decryption :func:`restore` puts the protected values back.
"""

from __future__ import annotations

import re

from siegel.core.mime import headers
from siegel.core.smime.errors import SmimeError
from siegel.core.smime.mime import split_signed

PROTECTED = ("subject", "from", "to", "cc", "date", "message-id", "reply-to")
OBSCURED_SUBJECT = "[...]"
_HP = re.compile(rb';\s*hp="?(cipher|clear)"?', re.IGNORECASE)


def protect(outer: bytes, entity: bytes) -> tuple[bytes, bytes]:
    """(outer header fields with an obscured Subject, inner entity carrying the real headers)."""
    fields, _ = headers.split(outer + b"\r\n")
    copied = [f for f in fields if headers.field_name(f) in PROTECTED]
    inner_fields, rest = headers.split(entity)
    marked = [_mark(f) if headers.field_name(f) == "content-type" else f for f in inner_fields]
    new_outer = b"".join(
        f"Subject: {OBSCURED_SUBJECT}\r\n".encode() if headers.field_name(f) == "subject" else f
        for f in fields
    )
    return new_outer, b"".join(copied) + b"".join(marked) + rest


def _mark(field: bytes) -> bytes:
    value = field.rstrip(b"\r\n")
    return value + b'; hp="cipher"\r\n'


def is_protected(entity: bytes) -> bool:
    content_type = headers.get(entity, "Content-Type") or ""
    return bool(_HP.search(content_type.encode()))


def restore(outer: bytes, entity: bytes) -> bytes:
    """The outer header fields with the protected values from ``entity`` put back.

    ``entity`` is the decrypted content; when it is signed, the protected
    headers sit in the signed part, which stays untouched so that the mail
    program can still check the signature.
    """
    candidate = entity
    if (headers.get(entity, "Content-Type") or "").lower().startswith("multipart/signed"):
        try:
            candidate = split_signed(entity)[0]
        except SmimeError:
            return outer
    if not is_protected(candidate):
        return outer
    inner_fields, _ = headers.split(candidate)
    protected = [f for f in inner_fields if headers.field_name(f) in PROTECTED]
    names = {headers.field_name(f) for f in protected}
    outer_fields, _ = headers.split(outer + b"\r\n")
    return b"".join(protected + [f for f in outer_fields if headers.field_name(f) not in names])
