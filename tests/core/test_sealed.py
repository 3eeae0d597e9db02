"""Sealed content opens only whole, unaltered, in order, under its key and context."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from siegel.core import sealed
from siegel.core.sealed import TamperedContent, new_data_key, open_bytes, open_sealed, seal


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sealed, "CHUNK", 16)


KEY = new_data_key()


def sealed_bytes(data: bytes, context: str = "portal:1/text", pieces: int = 3) -> bytes:
    step = max(1, len(data) // pieces)
    return b"".join(seal(KEY, context, [data[i : i + step] for i in range(0, len(data), step)]))


def opened(blob: bytes, context: str = "portal:1/text", key: bytes = KEY) -> bytes:
    return b"".join(open_sealed(key, context, io.BytesIO(blob).read))


@settings(max_examples=60)
@given(st.binary(max_size=200), st.integers(min_value=1, max_value=7))
def test_round_trip_in_any_pieces(data: bytes, pieces: int) -> None:
    assert opened(sealed_bytes(data, pieces=pieces)) == data


def test_chunks_are_bounded() -> None:
    chunks = list(open_sealed(KEY, "c", io.BytesIO(sealed_bytes(b"x" * 100, "c")).read))
    assert [len(c) for c in chunks] == [16] * 6 + [4]


def records(blob: bytes) -> list[bytes]:
    body, found = blob[len(sealed.MAGIC) :], []
    while body:
        length = int.from_bytes(body[:4], "big")
        found.append(body[: 4 + 12 + length])
        body = body[4 + 12 + length :]
    return found


def test_every_kind_of_tampering_is_refused() -> None:
    blob = sealed_bytes(b"Diagnose F32.1 " * 5)
    parts = records(blob)
    assert len(parts) >= 3
    flipped = bytearray(blob)
    flipped[-5] ^= 1
    variants = {
        "a flipped bit": bytes(flipped),
        "the last piece dropped": sealed.MAGIC + b"".join(parts[:-1]),
        "two pieces swapped": sealed.MAGIC + parts[1] + parts[0] + b"".join(parts[2:]),
        "cut off inside a piece": blob[:-3],
        "data appended": blob + parts[0],
        "no header": blob[len(sealed.MAGIC) :],
    }
    for what, variant in variants.items():
        with pytest.raises(TamperedContent):
            opened(variant)
        assert what
    with pytest.raises(TamperedContent):
        opened(blob, context="portal:2/text")  # moved to another message or part
    with pytest.raises(TamperedContent):
        opened(blob, key=new_data_key())


def test_small_content_in_one_go() -> None:
    assert open_bytes(KEY, "s", b"".join(seal(KEY, "s", [b"Betreff"]))) == b"Betreff"
    assert open_bytes(KEY, "s", b"".join(seal(KEY, "s", []))) == b""
