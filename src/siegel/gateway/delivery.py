"""Next hops: where the gateway hands a finished mail over.

A next hop's ``deliver`` returns only when the mail is safe there (accepted by the
next SMTP server, or durably on disk); otherwise it raises :class:`DeliveryError`
and the gateway answers the sender with a 4xx so the sender keeps the mail.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import smtplib
import ssl
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


class DeliveryError(Exception):
    """The next hop did not take the mail; the sender must retry later."""


class DeliveryInProgress(DeliveryError):
    """Another attempt is handing the same mail over right now; the sender retries later.

    Not a failure of the way out: it must not count towards falling back from
    verified TLS (:func:`siegel.gateway.outbound.tls_failing_too_long`).
    """


class PermanentDeliveryError(DeliveryError):
    """Retrying cannot help (the domain does not exist, a null MX, a 5xx from the MX).

    The listener answers 5xx, so the sending MTA bounces at once instead of retrying
    for days. Still a DeliveryError, so code that only knows "failed" handles it.
    Raised only when *no* recipient of the hand-over got the mail: else see
    :class:`PartlyDelivered`.
    """


class PartlyDelivered(DeliveryError):
    """Some recipients got the mail; all the others were refused for good (5xx, no domain).

    Neither answer to the sender fits the whole transaction: a 5xx makes the sending
    MTA bounce the mail to its author as not delivered at all, and a retry cannot help
    the refused recipients. The outbound path (:mod:`siegel.gateway.outbound`) reports
    ``refused`` to the author and answers 250. Still a DeliveryError (temporary), so
    code that does not handle it has the sender retry, which is safe: the next hop
    delivers nothing twice under the same key.
    """

    def __init__(self, delivered: str, refused: Sequence[tuple[str, str]]) -> None:
        self.delivered = delivered  # the id for the log, as deliver() would have returned it
        self.refused = list(refused)  # (recipient, reason)
        super().__init__(
            "refused for good: " + "; ".join(f"{address} ({why})" for address, why in refused)
        )


@dataclass(frozen=True)
class Envelope:
    sender: str
    recipients: tuple[str, ...]
    content: bytes
    peer: str = ""  # the SMTP client's address, for trusting internal relays
    # time.monotonic() by which the sender must have its answer (None: no one waits)
    answer_by: float | None = None
    # set only by Siegel itself (the portal): the sender signed in as this address
    authenticated_sender: str = ""

    def delivery_key(self) -> str:
        """The same mail to the same recipients gives the same key (for idempotent hand-over).

        The gateway transforms deterministically up to random parts of crypto, so
        the key is taken over what the *sender* sent: the Message-ID, a SHA-256 of
        the content and the recipients; see :func:`siegel.gateway.pipeline.process`.
        The content counts too because a Message-ID is not proof of identity: a
        buggy client or an edited resend reuses it for another mail, which must not
        be taken for "already delivered" and dropped. A retry sends the same octets.
        """
        material = "\0".join(
            [
                _message_id(self.content) or "",
                hashlib.sha256(self.content).hexdigest(),
                self.sender.lower(),
                *sorted(r.lower() for r in self.recipients),
            ]
        )
        return hashlib.sha256(material.encode("utf-8", "replace")).hexdigest()


def _message_id(content: bytes) -> str | None:
    match = re.search(
        rb"^message-id:[ \t]*(.+?)\r?$", content[:65536], re.IGNORECASE | re.MULTILINE
    )
    return match.group(1).strip().decode("ascii", "replace") if match else None


class NextHop(Protocol):
    """Where finished mail goes; wrapped by :func:`siegel.gateway.handover.hand_over`."""

    @property
    def longest_hand_over(self) -> float:
        """Seconds one ``deliver`` may take at most (the delivery lease outlives it)."""

    @property
    def keeps_keys(self) -> bool:
        """The hop itself never takes a key twice: no delivery records or lease are needed."""

    def deliver(self, envelope: Envelope, key: str | None = None) -> str:
        """Hand the mail over; return an id for the log. Raise DeliveryError on failure.

        ``key`` identifies this hand-over across retries; a next hop that can tell
        it already has the mail (the sink) does not take it twice.
        """


class SinkNextHop:
    """The embedded mode's destination: one ``.eml`` file per mail in a directory.

    The file is written under a temporary name, flushed to disk (fsync), then
    renamed, and the directory is synced: after ``deliver`` returns, a crash or
    power loss cannot lose the mail or leave half of it under the final name.
    """

    longest_hand_over = 60.0
    keeps_keys = True  # one file per key, renamed into place: a retry finds it

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def deliver(self, envelope: Envelope, key: str | None = None) -> str:
        """Store the mail; with ``key``, a mail already stored under it is not stored twice."""
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        name = f"{stamp}-{uuid.uuid4().hex[:12]}"
        if key:
            name = f"key-{key}"
            if (self.directory / f"{name}.eml").exists():
                return name
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            temporary = self.directory / f".{name}.{uuid.uuid4().hex[:8]}.tmp"
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

    def remove_unfinished(self, older_than: float) -> int:
        """Remove temporary files that killed deliveries left behind; return how many.

        A temporary file becomes a mail only by its rename, so one left by a killed
        process is never a mail and would stay for ever. Only files last written
        before ``older_than`` (the start of the calling process) go: a delivery
        writing now has a newer one. A delivery of another process caught between
        its last write and its rename fails that rename and answers 4xx, so its
        sender retries: removing the file loses no mail.
        """
        removed = 0
        for path in self.directory.glob(".*.tmp"):
            with contextlib.suppress(FileNotFoundError):  # renamed or removed meanwhile
                if path.stat().st_mtime < older_than:
                    path.unlink()
                    removed += 1
        return removed


def envelope_headers(sender: str, recipients: Sequence[str]) -> bytes:
    """Trace headers as a delivering MTA adds them: the envelope is not in the mail."""
    lines = [f"Return-Path: <{sender}>"] + [f"X-Original-To: {r}" for r in recipients]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


class SmtpNextHop:
    """Hand the mail to the next SMTP server (Postfix reinjection or a smarthost).

    Success means the server answered 250 to DATA for every recipient; any
    refusal, timeout or broken connection is a DeliveryError (so the sender
    retries). With ``require_tls`` the mail never leaves without STARTTLS and a
    verified certificate: that is the transport for TLS-required mail.
    """

    def __init__(
        self,
        host: str,
        port: int,
        *,
        require_tls: bool = False,
        timeout: float = 60.0,
        tls_context: ssl.SSLContext | None = None,
    ) -> None:
        self.host, self.port, self.require_tls, self.timeout = host, port, require_tls, timeout
        self.tls_context = tls_context or ssl.create_default_context()

    keeps_keys = False

    @property
    def longest_hand_over(self) -> float:
        """The timeout bounds each step; a session has a handful of slow ones (connect, DATA)."""
        return self.timeout * 3

    def deliver(self, envelope: Envelope, key: str | None = None) -> str:
        client: smtplib.SMTP | None = None
        try:
            client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            client.ehlo()
            if client.has_extn("starttls"):
                client.starttls(context=self.tls_context)
                client.ehlo()
            elif self.require_tls:
                raise DeliveryError(f"{self.host}:{self.port} offers no STARTTLS; TLS is required")
            refused = client.sendmail(envelope.sender, list(envelope.recipients), envelope.content)
        except smtplib.SMTPRecipientsRefused as exc:
            raise DeliveryError(
                f"next hop refused all recipients: {_codes(exc.recipients)}"
            ) from exc
        except smtplib.SMTPResponseException as exc:
            raise DeliveryError(f"next hop answered {exc.smtp_code} {exc.smtp_error!r}") from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise DeliveryError(f"next hop {self.host}:{self.port} unreachable: {exc}") from exc
        finally:
            if client is not None:
                hang_up(client)
        if refused:
            raise DeliveryError(f"next hop refused some recipients: {_codes(refused)}")
        return f"smtp:{self.host}:{self.port}"


def hang_up(client: smtplib.SMTP) -> None:
    """Say QUIT and close, without waiting for the answer or minding its failure.

    Once DATA was answered 250 the mail is the hop's: a QUIT that fails must not
    become a delivery error (the sender would retry and a second copy follow), and
    waiting for its answer only widens the moment between the hop's acceptance and
    the delivery record (:mod:`siegel.gateway.records`).
    """
    try:
        if client.sock is not None:
            client.sock.sendall(b"QUIT\r\n")
    except OSError:
        pass
    finally:
        client.close()


def _codes(refused: dict[str, tuple[int, bytes]]) -> str:
    return ", ".join(f"{address} ({code})" for address, (code, _) in refused.items())
