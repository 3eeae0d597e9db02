"""Header protection for encrypted mail (RFC 9788).

Encryption alone leaves the header in clear: every server on the way reads a
Subject like "Ihr Befund vom Facharzt". RFC 9788 moves the real header fields
into the encrypted part, the Cryptographic Payload, whose Content-Type is marked
``hp="cipher"``; the outer header keeps what delivery needs and follows the
``hcp_baseline`` confidentiality policy: the Subject becomes a neutral text
(``[...]`` by default, configurable, e.g. "Verschlüsselte Nachricht") and
Keywords and Comments are dropped. The payload also records each outer field
as ``HP-Outer: Name: value``, so the recipient can tell what was exposed.

Optionally a Legacy Display Element (RFC 9788 section 2.1.2) repeats the real
Subject as the first lines of a ``text/plain`` payload, for mail programs that
do not know header protection; the part is marked ``hp-legacy-display="1"`` so
programs that do know it hide the lines again, as :func:`restore_headers` does.

On the receiving side the protected fields replace the outer ones. Messages of
the pre-RFC draft (``protected-headers="v1"``, e.g. the Autocrypt samples) are
recognised too.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from dataclasses import dataclass
from email.header import Header, decode_header, make_header

from siegel.core.mime import headers
from siegel.core.mime.entity import content_type, transfer_encoding
from siegel.core.smime.errors import SmimeError
from siegel.core.smime.mime import CONTENT_FIELDS, join_message, split_message, split_signed

OBSCURED_SUBJECT = "[...]"
# Fields added in transit describe the transport, not the author's message: never moved inside.
TRANSPORT_FIELDS = frozenset(
    {
        "received",
        "return-path",
        "delivered-to",
        "dkim-signature",
        "authentication-results",
        "arc-seal",
        "arc-message-signature",
        "arc-authentication-results",
        "x-original-to",
    }
)
REMOVED_BY_BASELINE = frozenset({"keywords", "comments"})
_HP = re.compile(rb';\s*hp="?(cipher|clear)"?', re.IGNORECASE)
_V1 = re.compile(rb';\s*protected-headers="?v1"?', re.IGNORECASE)
_LEGACY_DISPLAY = re.compile(rb';\s*hp-legacy-display="?1"?', re.IGNORECASE)


@dataclass(frozen=True)
class ProtectedMessage:
    outer: bytes  # the outer header fields: routing and the obscured Subject
    payload: bytes  # the entity to encrypt: the real header fields on top, hp="cipher"


def _encoded(value: str) -> str:
    return value if value.isascii() else Header(value, "utf-8").encode(linesep="\r\n")


def _is_protectable(field: bytes) -> bool:
    name = headers.field_name(field)
    return name not in TRANSPORT_FIELDS and name not in CONTENT_FIELDS and name != "hp-outer"


def protect(
    outer: bytes,
    entity: bytes,
    *,
    obscured_subject: str = OBSCURED_SUBJECT,
    legacy_display: bool = False,
) -> tuple[bytes, bytes]:
    """(outer header fields after the baseline policy, payload with the real fields inside)."""
    fields, _ = headers.split(outer + b"\r\n")
    protected = [f for f in fields if _is_protectable(f)]
    obscured = f"Subject: {_encoded(obscured_subject)}\r\n".encode()
    new_outer: list[bytes] = []
    for field in fields:
        name = headers.field_name(field)
        if name in REMOVED_BY_BASELINE:
            continue
        new_outer.append(obscured if name == "subject" else field)
    hp_outer = [b"HP-Outer: " + f for f in new_outer if _is_protectable(f)]
    entity_fields, rest = headers.split(entity)
    subjects = [headers.field_value(f) for f in protected if headers.field_name(f) == "subject"]
    if legacy_display and subjects:
        entity_fields, rest = _with_legacy_display(entity_fields, rest, subjects[0])
    marked = [
        _set_param(f, _HP, b'hp="cipher"') if headers.field_name(f) == "content-type" else f
        for f in entity_fields
    ]
    return b"".join(new_outer), b"".join(protected + hp_outer + marked) + rest


def protect_headers(
    message: bytes, *, obscured_subject: str = OBSCURED_SUBJECT, legacy_display: bool = False
) -> ProtectedMessage:
    """Split a whole message into the outer header and the protected payload to encrypt."""
    outer, entity = split_message(message)
    new_outer, payload = protect(
        outer, entity, obscured_subject=obscured_subject, legacy_display=legacy_display
    )
    return ProtectedMessage(new_outer, payload)


def _set_param(field: bytes, pattern: re.Pattern[bytes], param: bytes) -> bytes:
    value = pattern.sub(b"", field.rstrip(b"\r\n"))
    return value + b"; " + param + b"\r\n"


def _with_legacy_display(
    fields: list[bytes], rest: bytes, subject: str
) -> tuple[list[bytes], bytes]:
    """Prepend ``Subject: ...`` to a text/plain body (RFC 9788 section 2.1.2), when it fits.

    Only a single text/plain payload gets the element: it is where legacy clients
    show it as text. When the subject cannot be written in the part's charset and
    transfer encoding, the element is left out rather than the body damaged.
    """
    entity = b"".join(fields) + rest
    media, params = content_type(entity)
    if media != "text/plain":
        return fields, rest
    charset = params.get("charset", "us-ascii")
    encoding = transfer_encoding(entity)
    readable = str(make_header(decode_header(subject)))
    try:
        element = f"Subject: {readable}\r\n\r\n".encode(charset)
    except (LookupError, UnicodeEncodeError):
        return fields, rest
    separator, body = rest[:2], rest[2:]
    if encoding == "quoted-printable":
        line = quopri.encodestring(element.rstrip(b"\r\n")).replace(b"\n", b"\r\n")
        body = line + b"\r\n\r\n" + body
    elif encoding == "base64":
        try:
            decoded = base64.b64decode(body.translate(None, b" \t\r\n"), validate=True)
        except binascii.Error:
            return fields, rest
        body = base64.encodebytes(element + decoded).replace(b"\n", b"\r\n")
    elif encoding in {"7bit", "8bit", "binary"} and (encoding != "7bit" or element.isascii()):
        body = element + body
    else:
        return fields, rest
    marked = [
        _set_param(f, _LEGACY_DISPLAY, b'hp-legacy-display="1"')
        if headers.field_name(f) == "content-type"
        else f
        for f in fields
    ]
    return marked, separator + body


def is_protected(entity: bytes) -> bool:
    """The entity carries protected header fields (RFC 9788 ``hp=``, or the draft's ``v1``)."""
    fields, _ = headers.split(entity)
    return any(
        headers.field_name(f) == "content-type" and (_HP.search(f) or _V1.search(f)) for f in fields
    )


def _payload(entity: bytes) -> tuple[bytes, bool]:
    """The part that carries the protected fields, and whether we may change it.

    Inside a multipart/signed entity that is the signed part, which must stay
    byte for byte as it is, or the signature breaks.
    """
    if content_type(entity)[0] == "multipart/signed":
        try:
            return split_signed(entity)[0], False
        except SmimeError:
            return b"", False
    return entity, True


def restore(outer: bytes, entity: bytes) -> bytes:
    """The outer header fields with the protected values from ``entity`` in their place.

    Transport fields of the outer header (Received, DKIM-Signature, ...) stay; every
    field the payload protects replaces its outer namesake, obscured or not. An
    entity without protection leaves ``outer`` unchanged.
    """
    payload, _ = _payload(entity)
    if not is_protected(payload):
        return outer
    inner_fields, _ = headers.split(payload)
    protected = [f for f in inner_fields if _is_protectable(f)]
    names = {headers.field_name(f) for f in protected}
    outer_fields, _ = headers.split(outer + b"\r\n")
    kept = [
        f
        for f in outer_fields
        if headers.field_name(f) not in names and headers.field_name(f) not in CONTENT_FIELDS
    ]
    return b"".join(kept + protected)


def restore_headers(decrypted_entity: bytes, outer_headers: bytes) -> bytes:
    """The whole message as the author wrote it, from the decrypted entity and the outer header.

    The protected fields move up into the message header (and out of the entity,
    where they would otherwise appear twice); ``HP-Outer`` records, the ``hp``
    marks and a Legacy Display Element are removed. A signed payload is left byte
    for byte as it is, so its signature still verifies.
    """
    restored = restore(outer_headers, decrypted_entity)
    payload, changeable = _payload(decrypted_entity)
    if not changeable or not is_protected(payload):
        return join_message(restored, decrypted_entity)
    fields, rest = headers.split(decrypted_entity)
    structural = [f for f in fields if headers.field_name(f) in CONTENT_FIELDS]
    legacy = any(
        headers.field_name(f) == "content-type" and _LEGACY_DISPLAY.search(f) for f in structural
    )
    cleaned = [
        _HP.sub(b"", _LEGACY_DISPLAY.sub(b"", f)) if headers.field_name(f) == "content-type" else f
        for f in structural
    ]
    if legacy:
        rest = _without_legacy_display(b"".join(cleaned) + rest, rest)
    return join_message(restored, b"".join(cleaned) + rest)


def _without_legacy_display(entity: bytes, rest: bytes) -> bytes:
    """The body without its first paragraph, the Legacy Display Element."""
    encoding = transfer_encoding(entity)
    separator, body = rest[:2], rest[2:]
    if encoding == "base64":
        try:
            decoded = base64.b64decode(body.translate(None, b" \t\r\n"), validate=True)
        except binascii.Error:
            return rest
        _, found, remainder = decoded.partition(b"\r\n\r\n")
        return separator + base64.encodebytes(remainder).replace(b"\n", b"\r\n") if found else rest
    _, found, remainder = body.partition(b"\r\n\r\n")
    return separator + remainder if found else rest
