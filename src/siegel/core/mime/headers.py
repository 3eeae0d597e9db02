"""Editing the raw header block of a message, byte-exact everywhere else."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_BOUNDARY = re.compile(rb"\n\r?\n")


def split(message: bytes) -> tuple[list[bytes], bytes]:
    """The header fields (each with its folded continuation lines and line ending) and the rest.

    The rest starts with the empty line that ends the header block. A line that is
    not a header field ends the block too (the body begins there, as RFC 5322
    parsers treat it).
    """
    match = _BOUNDARY.search(message)
    head = message[: match.start() + 1 if match else len(message)]
    fields: list[bytes] = []
    for line in head.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += line
        elif b":" in line:
            fields.append(line)
        else:
            break
    return fields, message[sum(map(len, fields)) :]


def field_name(field: bytes) -> str:
    return field.split(b":", 1)[0].strip().decode("ascii", "replace").lower()


def field_value(field: bytes) -> str:
    raw = field.split(b":", 1)[1] if b":" in field else b""
    return re.sub(r"\r?\n[ \t]+", " ", raw.decode("utf-8", "replace")).strip()


def get_all(message: bytes, name: str) -> list[str]:
    fields, _ = split(message)
    return [field_value(f) for f in fields if field_name(f) == name.lower()]


def get(message: bytes, name: str) -> str | None:
    values = get_all(message, name)
    return values[0] if values else None


def remove(message: bytes, should_remove: Callable[[str], bool]) -> bytes:
    fields, rest = split(message)
    return b"".join(f for f in fields if not should_remove(field_name(f))) + rest


def remove_names(message: bytes, names: Iterable[str]) -> bytes:
    wanted = {n.lower() for n in names}
    return remove(message, lambda name: name in wanted)


def remove_prefix(message: bytes, prefix: str) -> bytes:
    """Drop every field whose name starts with ``prefix`` (case-insensitive), e.g. ``X-Siegel-``."""
    lowered = prefix.lower()
    return remove(message, lambda name: name.startswith(lowered))


def prepend(message: bytes, fields: Iterable[tuple[str, str]]) -> bytes:
    """Add header fields at the top (where trace and result headers belong)."""
    newline = b"\r\n" if b"\r\n" in message[:2000] or not message else b"\n"
    added = b"".join(f"{name}: {value}".encode() + newline for name, value in fields)
    return added + message
