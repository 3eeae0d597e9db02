"""The streamed ZIP: any reader opens it, members match, and memory stays at one piece."""

from __future__ import annotations

import datetime as dt
import io
import os
import tracemalloc
import zipfile
from collections.abc import Iterator

import pytest

from siegel.core.zipstream import Member, stream_zip

MiB = 1 << 20


def pieces_of(count: int, size: int = MiB) -> Iterator[bytes]:
    """``count`` pieces of ``size`` bytes that do not compress (made as they are asked for)."""
    for _ in range(count):
        yield os.urandom(size)


def test_members_come_out_as_they_went_in() -> None:
    when = dt.datetime(2026, 3, 1, 12, 30, 4)
    members = [
        Member("a.txt", lambda: [b"Hallo ", b"Welt"], size=10, modified=when),
        Member("leer.bin", lambda: [], size=0),
        Member("ordner/ä ö.pdf", lambda: [b"%PDF-1.4 " * 1000], size=None),
    ]
    data = b"".join(stream_zip(members))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        assert archive.namelist() == ["a.txt", "leer.bin", "ordner/ä ö.pdf"]
        assert archive.read("a.txt") == b"Hallo Welt"
        assert archive.read("leer.bin") == b""
        assert archive.read("ordner/ä ö.pdf") == b"%PDF-1.4 " * 1000
        assert archive.getinfo("a.txt").date_time == (2026, 3, 1, 12, 30, 4)
        assert archive.getinfo("a.txt").compress_type == zipfile.ZIP_DEFLATED


def test_no_members_is_an_empty_archive() -> None:
    with zipfile.ZipFile(io.BytesIO(b"".join(stream_zip([])))) as archive:
        assert archive.namelist() == []


def test_a_member_is_not_started_before_it_is_written() -> None:
    started: list[str] = []

    def pieces(name: str) -> Iterator[bytes]:
        started.append(name)
        yield name.encode()

    chunks = stream_zip([Member(n, lambda n=n: pieces(n)) for n in ("eins", "zwei")])  # type: ignore[misc]
    assert started == []
    b"".join(chunks)
    assert started == ["eins", "zwei"]


def test_a_failing_member_stops_the_archive() -> None:
    def broken() -> Iterator[bytes]:
        yield b"x"
        raise ValueError("piece does not open")

    with pytest.raises(ValueError, match="does not open"):
        b"".join(stream_zip([Member("a", broken)]))


def test_memory_holds_a_piece_not_the_archive() -> None:
    """Twenty-four MiB through the archive; the peak stays near one piece of one MiB."""
    members = [Member(f"teil-{n}.bin", lambda: pieces_of(8), size=8 * MiB) for n in range(3)]
    total = 0
    tracemalloc.start()
    try:
        for chunk in stream_zip(members):
            total += len(chunk)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total > 24 * MiB
    assert peak < 6 * MiB, peak
