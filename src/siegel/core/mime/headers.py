"""Editing the raw header block of a message, byte-exact everywhere else."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_BOUNDARY = re.compile(rb"\n\r?\n")
# A field name is printable US-ASCII without the colon (RFC 5322 3.6.8; obsolete syntax
# allows blanks before the colon). Python's and mail programs' parsers end the header
# at any other line, so this module must too.
_FIELD = re.compile(rb"[\x21-\x39\x3b-\x7e]+[ \t]*:")


def fields_of(message: bytes) -> list[bytes]:
    """The header fields, each with its folded continuation lines and line ending.

    A line that is not a header field (a name of printable ASCII, then a colon) ends
    the block: the body begins there, as RFC 5322 parsers treat it. Only the header block is read or copied: looking
    up a field of a 25 MB mail must not copy its body.
    """
    match = _BOUNDARY.search(message)
    head = message[: match.start() + 1 if match else len(message)]
    fields: list[bytes] = []
    for line in head.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += line
        elif _FIELD.match(line):
            fields.append(line)
        else:
            break
    return fields


def split(message: bytes) -> tuple[list[bytes], bytes]:
    """The header fields and the rest, which starts with the empty line ending the header."""
    fields = fields_of(message)
    return fields, message[sum(map(len, fields)) :]


# Bounds on what is parsed for its structure. The standard library's header parser takes time
# (and memory) that grows with the square of a field's length for some shapes: runs of ";" or
# ",", of dots or of comments, of encoded words (CPython gh-136063; a Content-Type of 32,000 ";"
# took 12 s to classify, a 512 KB field of encoded words 28 s and 9 GB). Its older parameter
# parser, which reads a part's boundary, does the same with a quoted value full of ";". No mail
# program writes a MIME field this long; address lists and References can grow longer.
MIME_FIELDS = frozenset(
    {
        "content-type",
        "content-disposition",
        "content-transfer-encoding",
        "content-id",
        "mime-version",
    }
)
MAX_MIME_FIELD = 2048
MAX_PARAMETERS = 32
MAX_FIELD = 8192
MAX_WORD = 255  # what is kept of a MIME field beyond the bounds: its first word (RFC 6838 4.2)


def beyond_bounds(name: str, value: str) -> bool:
    """Whether a field's value is too long, or has too many parameters, to be parsed."""
    if name.lower() in MIME_FIELDS:
        return len(value) > MAX_MIME_FIELD or value.count(";") > MAX_PARAMETERS
    return len(value) > MAX_FIELD


def without_parameters(value: str) -> str:
    """A MIME field's first word: its media type, disposition or encoding, without parameters.

    What is read of a MIME field beyond the bounds: a part keeps its type but loses
    its parameters (a multipart its boundary, so it is read as broken).
    """
    return value[: MAX_WORD + 1].split(";", 1)[0][:MAX_WORD].strip()


def field_name(field: bytes) -> str:
    return field.split(b":", 1)[0].strip().decode("ascii", "replace").lower()


def field_value(field: bytes) -> str:
    raw = field.split(b":", 1)[1] if b":" in field else b""
    return re.sub(r"\r?\n[ \t]+", " ", raw.decode("utf-8", "replace")).strip()


def get_all(message: bytes, name: str) -> list[str]:
    return [field_value(f) for f in fields_of(message) if field_name(f) == name.lower()]


def get(message: bytes, name: str) -> str | None:
    values = get_all(message, name)
    return values[0] if values else None


def remove(message: bytes, should_remove: Callable[[str], bool]) -> bytes:
    """``message`` without the fields ``should_remove`` names; itself when there are none."""
    fields = fields_of(message)
    kept = [f for f in fields if not should_remove(field_name(f))]
    if len(kept) == len(fields):
        return message
    return b"".join(kept) + message[sum(map(len, fields)) :]


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


_MBOX_LINE = re.compile(rb"From [^\r\n]*\r?\n")


def unambiguous(message: bytes) -> bytes:
    """The message with a header block every parser reads the same way as this module.

    A leading mbox ``From `` line (no colon) would end :func:`fields_of` at once, while
    lenient parsers skip it and read the fields below — fields this module would then
    never see (nor strip, as the gateway strips outside claims of ``X-Siegel-*``
    results). It is dropped, as MTAs do. Any other line that is neither a field nor
    the empty line starts the body for everyone: an empty line is put before it.
    """
    if _MBOX_LINE.match(message):
        message = message[message.index(b"\n") + 1 :]
    fields, rest = split(message)
    if rest and not rest.startswith((b"\r\n", b"\n")):
        newline = b"\r\n" if b"\r\n" in message[:2000] else b"\n"
        return b"".join(fields) + newline + rest
    return message
