"""vCard 4.0 (RFC 6350) with the contact's certificate, for mail programs' address books."""

from __future__ import annotations

import base64


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Fold to at most 75 octets per line (RFC 6350 3.2), never splitting a UTF-8 sequence."""
    encoded, parts, start = line.encode("utf-8"), [], 0
    limit = 75
    while start < len(encoded):
        end = min(start + limit, len(encoded))
        while end < len(encoded) and (encoded[end] & 0xC0) == 0x80:
            end -= 1
        parts.append(encoded[start:end].decode("utf-8"))
        start, limit = end, 74  # continuation lines begin with a space
    return "\r\n ".join(parts)


def vcard_with_certificate(*, full_name: str, email: str, certificate_der: bytes) -> bytes:
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        f"FN:{_escape(full_name)}",
        f"EMAIL:{_escape(email)}",
        "KEY;MEDIATYPE=application/pkix-cert:data:application/pkix-cert;base64,"
        + base64.b64encode(certificate_der).decode("ascii"),
        "END:VCARD",
    ]
    return ("\r\n".join(_fold(line) for line in lines) + "\r\n").encode("utf-8")
