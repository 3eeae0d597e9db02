"""Zip archives (ZIP attachments, office documents) read within bounds.

A zip bomb declares small members that inflate to gigabytes, or nests archives
in archives. Every member is read at most to ``MAX_MEMBER_BYTES`` (the declared
size may lie, so the read itself is bounded), at most ``MAX_MEMBERS`` members
and ``MAX_TOTAL_BYTES`` in all; nesting is bounded by the caller. One mail's
archives together (many attachments, archives inside archives, office documents)
unpack at most ``MAX_MAIL_BYTES`` inside :func:`mail_budget`. What is cut off is
reported, never taken as harmless.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

MAX_MEMBERS = 500
MAX_MEMBER_BYTES = 32 << 20
MAX_TOTAL_BYTES = 96 << 20
MAX_MAIL_BYTES = 128 << 20  # one mail's archives together: 200 of 250 KB each inflate to 19 GB
# What the mail being read may still unpack (a list, so nested reads share it), None outside.
_LEFT: ContextVar[list[int] | None] = ContextVar("unpack_budget", default=None)


class EncryptedMember(Exception):
    """A member is encrypted: its content cannot be read."""


class TooLarge(Exception):
    """The archive exceeds the bounds: what was read so far is ``members``."""


@dataclass(frozen=True)
class Member:
    name: str
    data: bytes


@contextmanager
def mail_budget(total: int = MAX_MAIL_BYTES) -> Iterator[None]:
    """Bound what all archives read inside it unpack together; nested, the outer one holds."""
    if _LEFT.get() is not None:
        yield
        return
    token = _LEFT.set([total])
    try:
        yield
    finally:
        _LEFT.reset(token)


def _charge(size: int) -> None:
    left = _LEFT.get()
    if left is None:
        return
    left[0] -= size
    if left[0] < 0:
        raise TooLarge(f"the mail's archives unpack to more than {MAX_MAIL_BYTES >> 20} MB")


def open_archive(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ValueError(f"zip archive cannot be read: {exc}") from None


def members(archive: zipfile.ZipFile, wanted: frozenset[str] | None = None) -> Iterator[Member]:
    """The file members (or those named in ``wanted``), bounded as the module says."""
    total = 0
    infos = [i for i in archive.infolist() if not i.is_dir()]
    if wanted is not None:
        infos = [i for i in infos if i.filename in wanted]
    if len(infos) > MAX_MEMBERS:
        raise TooLarge(f"{len(infos)} members, more than {MAX_MEMBERS}")
    for info in infos:
        if info.flag_bits & 0x1:
            raise EncryptedMember(info.filename)
        data = read(archive, info)
        total += len(data)
        if total > MAX_TOTAL_BYTES:
            raise TooLarge(f"more than {MAX_TOTAL_BYTES >> 20} MB unpacked")
        _charge(len(data))
        yield Member(info.filename, data)


def read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    try:
        with archive.open(info) as member:
            data = member.read(MAX_MEMBER_BYTES + 1)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError) as exc:
        raise ValueError(f"zip member {info.filename} cannot be read: {exc}") from None
    if len(data) > MAX_MEMBER_BYTES:
        raise TooLarge(f"{info.filename} unpacks to more than {MAX_MEMBER_BYTES >> 20} MB")
    return data
