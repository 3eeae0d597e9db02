"""Next hops: where the gateway hands a finished mail over.

A next hop's ``deliver`` returns only when the mail is safe there (accepted by the
next SMTP server, or durably on disk); otherwise it raises :class:`DeliveryError`
and the gateway answers the sender with a 4xx so the sender keeps the mail.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


class DeliveryError(Exception):
    """The next hop did not take the mail; the sender must retry later."""


@dataclass(frozen=True)
class Envelope:
    sender: str
    recipients: tuple[str, ...]
    content: bytes


class NextHop(Protocol):
    def deliver(self, envelope: Envelope) -> str:
        """Hand the mail over; return an id for the log. Raise DeliveryError on failure."""


class SinkNextHop:
    """The embedded mode's destination: one ``.eml`` file per mail in a directory.

    The file is written under a temporary name, flushed to disk (fsync), then
    renamed, and the directory is synced: after ``deliver`` returns, a crash or
    power loss cannot lose the mail or leave half of it under the final name.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def deliver(self, envelope: Envelope) -> str:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        name = f"{stamp}-{uuid.uuid4().hex[:12]}"
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            temporary = self.directory / f".{name}.tmp"
            with open(temporary, "xb") as handle:
                handle.write(envelope_headers(envelope.sender, envelope.recipients))
                handle.write(envelope.content)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.directory / f"{name}.eml")
            directory_fd = os.open(self.directory, os.O_RDONLY)
            try:
                os.fsync(directory_fd)
            finally:
                os.close(directory_fd)
        except OSError as exc:
            raise DeliveryError(f"mail sink {self.directory} not writable: {exc.strerror}") from exc
        return name


def envelope_headers(sender: str, recipients: Sequence[str]) -> bytes:
    """Trace headers as a delivering MTA adds them: the envelope is not in the mail."""
    lines = [f"Return-Path: <{sender}>"] + [f"X-Original-To: {r}" for r in recipients]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def next_hop_from_setting(value: str) -> NextHop:
    """``sink:DIR`` (embedded default); ``smtp://host:port`` arrives with the gateway issue."""
    scheme, _, rest = value.partition(":")
    if scheme == "sink" and rest:
        return SinkNextHop(Path(rest))
    raise ValueError(f"SIEGEL_NEXT_HOP not understood: {value!r} (expected sink:DIR)")
