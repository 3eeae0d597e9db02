"""The DATA phase read in pieces gives exactly what aiosmtpd's line-by-line reading gave."""

from __future__ import annotations

import asyncio
import smtplib
import socket
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from siegel.gateway.data_phase import DataRefused, read_data
from tests.gateway.test_sink_listener import listening, sinking

NEXT = b"MAIL FROM:<next@example.org>\r\n"  # a pipelining client's next command

LINE = (
    st.lists(st.sampled_from([b"a", b".", b"\r", b"\n", b" ", b"\xfc"]), max_size=30)
    .map(b"".join)
    .filter(lambda line: b"\r\n" not in line and not line.endswith(b"\r"))
)


def stuffed(body: bytes) -> bytes:
    """What an SMTP client sends for ``body`` (RFC 5321 4.5.2), end marker included."""
    lines = body.split(b"\r\n")[:-1] if body else []
    return b"".join(
        (b"." + line if line.startswith(b".") else line) + b"\r\n" for line in lines
    ) + (b".\r\n")


class CountingReader(asyncio.StreamReader):
    """A stream that counts how often it was asked for data."""

    reads = 0

    async def readuntil(self, separator: bytes = b"\n") -> bytes:
        CountingReader.reads += 1
        return await super().readuntil(separator)

    async def readexactly(self, n: int) -> bytes:
        CountingReader.reads += 1
        return await super().readexactly(n)


def read(
    stream: bytes,
    cuts: list[int],
    *,
    limit: int = 1001,
    size_limit: int | None = None,
    line_length_limit: int = 1001,
) -> tuple[bytes | DataRefused, bytes]:
    """read_data over ``stream`` arriving in pieces cut at ``cuts``; and what is left in it."""

    async def run() -> tuple[bytes | DataRefused, bytes]:
        reader = CountingReader(limit=limit)

        async def feed() -> None:
            last = 0
            for cut in [*sorted(set(cuts)), len(stream)]:
                reader.feed_data(stream[last:cut])
                last = cut
                await asyncio.sleep(0)
            reader.feed_eof()

        feeding = asyncio.create_task(feed())
        try:
            result: bytes | DataRefused = await read_data(reader, size_limit, line_length_limit)
        except DataRefused as refusal:
            result = refusal
        await feeding
        return result, await reader.read()

    # A thread of its own: the browser tests leave an event loop running in this one.
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(asyncio.run, run()).result()


@given(
    lines=st.lists(LINE, max_size=30),
    cuts=st.lists(st.integers(min_value=0, max_value=1200), max_size=8),
    limit=st.sampled_from([8, 64, 1001]),
)
def test_any_message_in_any_pieces_is_read_exactly(
    lines: list[bytes], cuts: list[int], limit: int
) -> None:
    body = b"".join(line + b"\r\n" for line in lines)
    content, left = read(stuffed(body) + NEXT, cuts, limit=limit)
    assert content == body
    assert left == NEXT  # nothing after the end marker was taken


@pytest.mark.parametrize(
    ("body", "cuts"),
    [
        (b"", []),  # an empty message: the end marker right away
        (b"\r\n", [1, 2, 3]),  # one empty line, the marker cut at every octet
        (b".\r\n..\r\n", [1, 4]),  # lines of dots
        (b"a\r\n", [3, 4]),  # marker split after its CRLF and its dot
        (b"a\r\n.\r\nb\r\n", []),  # a "." line inside the message is stuffed, not the end
        (b"x\r\r\n", [2]),  # a CR before the CRLF
    ],
)
def test_edges_of_the_end_marker(body: bytes, cuts: list[int]) -> None:
    assert read(stuffed(body) + NEXT, cuts) == (body, NEXT)


def test_size_limit_counts_the_message_as_sent_and_reads_to_its_end() -> None:
    body = b"x" * 98 + b"\r\n"  # 100 octets
    assert read(stuffed(body) + NEXT, [], size_limit=100) == (body, NEXT)
    refused, left = read(stuffed(body) + NEXT, [], size_limit=99)
    assert isinstance(refused, DataRefused)
    assert refused.reply.startswith("552 ")
    assert left == NEXT


def test_a_line_over_the_limit_is_refused_after_the_end_marker() -> None:
    ok = b"a" * 999 + b"\r\n"  # 1001 octets with its CRLF: aiosmtpd's limit
    assert read(stuffed(ok) + NEXT, [500])[0] == ok
    refused, left = read(stuffed(b"a" * 1000 + b"\r\n") + NEXT, [500])
    assert isinstance(refused, DataRefused)
    assert refused.reply.startswith("500 ")
    assert left == NEXT


def test_too_large_beats_too_long() -> None:
    """Both refuse for good; aiosmtpd answered whichever came first, we answer 552."""
    refused, left = read(stuffed(b"a" * 1100 + b"\r\n") + NEXT, [], size_limit=100)
    assert isinstance(refused, DataRefused)
    assert refused.reply.startswith("552 ")
    assert left == NEXT


def reads_for(line: bytes) -> tuple[int, int]:
    """(reads, octets) to take 200 KB of ``line`` repeated, up to the end marker."""
    body = line * (200_000 // len(line))
    stream = body + (b"" if body.endswith(b"\r\n") else b"\r\n") + b".\r\n" + NEXT
    CountingReader.reads = 0
    _, left = read(stream, [])  # read to the end (accepted, or refused as one long line)
    assert left == NEXT
    return CountingReader.reads, len(stream)


@pytest.mark.parametrize(
    "line",
    [
        b"Ein Satz, der mit einem Punkt endet.\r\n",  # prose: lines end in ".\r\n"
        b"\r\n",  # empty lines
        b"..\r\n",  # dot-stuffed lines
        b".\r",  # floods of end-marker beginnings and bare CR/LF
        b"\r",
        b"\n",
        b"\n.\n",
        b"x\r\n.x",
        b"\r\n\r",
    ],
)
def test_mail_and_floods_are_read_in_large_pieces(line: bytes) -> None:
    reads, octets = reads_for(line)
    assert reads <= octets // 200 + 10  # not line by line


@pytest.mark.parametrize("line", [b"\n.\r\n", b"\r\r\n", b"x\r\n"])
def test_the_worst_input_costs_a_read_per_line_as_in_aiosmtpd(line: bytes) -> None:
    """Lines of three or four octets that keep ending in a start of the marker."""
    reads, octets = reads_for(line)
    assert reads <= octets // len(line) + 10


def test_a_client_hanging_up_during_data_is_an_incomplete_read() -> None:
    with pytest.raises(asyncio.IncompleteReadError):
        read(b"Subject: x\r\n\r\nno end marker\r\n", [5])


def test_pipelined_transactions_over_a_socket_each_arrive(tmp_path: Path) -> None:
    """The next transaction, written in the same packet as the end marker, is served too."""
    outbox = tmp_path / "outbox"
    with (
        listening(sinking(outbox)) as port,
        socket.create_connection(("127.0.0.1", port), timeout=10) as raw,
    ):
        stream = raw.makefile("rb")
        assert stream.readline().startswith(b"220")
        raw.sendall(b"EHLO client\r\n")
        while not stream.readline().startswith(b"250 "):
            pass
        transaction = b"MAIL FROM:<a@versicherer.example>\r\nRCPT TO:<b@example.org>\r\nDATA\r\n"
        raw.sendall(transaction)
        replies = [stream.readline()[:3] for _ in range(3)]
        assert replies == [b"250", b"250", b"354"]
        raw.sendall(stuffed(b"Subject: 1\r\n\r\n.eins\r\n") + transaction)
        replies = [stream.readline()[:3] for _ in range(4)]
        assert replies == [b"250", b"250", b"250", b"354"]
        raw.sendall(stuffed(b"Subject: 2\r\n\r\nzwei\r\n") + b"QUIT\r\n")
        assert stream.readline().startswith(b"250")
    stored = sorted(p.read_bytes() for p in outbox.glob("*.eml"))
    assert len(stored) == 2
    assert any(s.endswith(b"Subject: 1\r\n\r\n.eins\r\n") for s in stored)
    assert any(s.endswith(b"Subject: 2\r\n\r\nzwei\r\n") for s in stored)


def test_oversized_mail_over_a_socket_gets_552_and_the_session_goes_on(tmp_path: Path) -> None:
    outbox = tmp_path / "outbox"
    with (
        listening(sinking(outbox), data_size_limit=1000) as port,
        smtplib.SMTP("127.0.0.1", port) as client,
    ):
        client.helo()  # no ESMTP: no SIZE in MAIL FROM, the limit is found in DATA
        with pytest.raises(smtplib.SMTPDataError) as refused:
            client.sendmail("a@versicherer.example", ["b@example.org"], b"x" * 2000)
        assert refused.value.smtp_code == 552
        assert client.sendmail("a@versicherer.example", ["b@example.org"], b"ok\r\n") == {}
    assert len(list(outbox.glob("*.eml"))) == 1
