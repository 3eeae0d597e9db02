"""The gateway's SMTP listener: protocol only.

aiosmtpd speaks SMTP; :class:`GatewayHandler` enforces the transaction limits and
hands every finished mail to the pipeline, in a pool of worker processes so the
CPU-heavy crypto runs on all cores and never blocks the event loop. The handler
only maps the pipeline's :class:`~siegel.gateway.results.Result` to a precise
reply (:func:`reply`):

- ``250`` once every resulting mail is at the next hop, in the portal or reported;
- ``554 5.7.1`` / ``554 5.4.4`` when the mail is refused for good (with the reason);
- ``451 4.x.x`` for everything else, so the sending MTA keeps the mail and retries.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import ssl
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import BrokenExecutor, Executor
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import MISSING, SMTP, Session
from aiosmtpd.smtp import Envelope as SmtpEnvelope

from siegel.gateway.data_phase import DataRefused, read_data
from siegel.gateway.delivery import Envelope
from siegel.gateway.results import Result, Stage
from siegel.gateway.sessions import (
    REPLY_TOO_MANY_SESSIONS,
    SessionBudget,
    SessionCount,
    SessionLimits,
)

log = logging.getLogger("siegel.gateway")

Work = Callable[[Envelope], Result]


class GatewayHandler:
    def __init__(
        self,
        work: Work,
        executor: Executor | None = None,
        *,
        max_recipients: int = 1000,
        answer_within: float | None = None,
    ) -> None:
        self.work, self.executor, self.max_recipients = work, executor, max_recipients
        self.answer_within = answer_within

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: SmtpEnvelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        if len(envelope.rcpt_tos) >= self.max_recipients:
            # 452: the client sends the rest in another transaction (RFC 5321 4.5.3.1.10).
            return "452 4.5.3 Too many recipients, send the rest in a new transaction"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: SmtpEnvelope) -> str:
        mail = Envelope(
            sender=envelope.mail_from or "",
            recipients=tuple(envelope.rcpt_tos),
            content=envelope.original_content or b"",
            peer=str(session.peer[0]) if isinstance(session.peer, tuple) else "",
            answer_by=time.monotonic() + self.answer_within if self.answer_within else None,
        )
        loop = asyncio.get_running_loop()
        waiting = loop.run_in_executor(self.executor, self.work, mail)
        try:
            # The pipeline keeps to the deadline itself; this only guards against a hang.
            result = await asyncio.wait_for(
                waiting, self.answer_within + ANSWER_GRACE if self.answer_within else None
            )
        except TimeoutError:
            log.error("no result within %s s: answered 451, the sender retries", self.answer_within)
            return PROCESSING_FAILED
        except BrokenExecutor:  # its worker process died; the pool replaces itself
            log.warning("mail not processed (its worker process died), sender will retry")
            return PROCESSING_FAILED
        except Exception:
            # The pool itself failed (a worker died): the sender still has the mail.
            log.exception("pipeline failed, sender will retry")
            return PROCESSING_FAILED
        return reply(result)


PROCESSING_FAILED = "451 4.3.0 Temporary processing failure, please retry later"
ANSWER_GRACE = 15.0  # seconds beyond the deadline before the listener stops waiting


def reply(result: Result) -> str:
    """The SMTP reply for a result: one line, short (RFC 5321 4.5.3.1.5: 512 octets at most).

    What happened per recipient is in the pipeline's log, not in the reply: with
    thousands of recipients it would not fit.
    """
    if result.refusal is not None:
        code = "554 5.7.1" if result.refusal.stage is Stage.POLICY else "554 5.4.4"
        return f"{code} {_one_line(result.refusal.reason)}"
    if result.retry is not None:
        if result.retry.stage is Stage.PROCESSING:
            return PROCESSING_FAILED
        return f"451 4.4.1 {_one_line(result.retry.reason)}; please retry later"
    return f"250 2.0.0 Ok: {result.summary()}"


def _one_line(reason: str) -> str:
    """The reason as one SMTP reply line: no line breaks, at most 300 characters."""
    return " ".join(reason.split())[:300] or "no reason given"


class GatewaySMTP(SMTP):
    """aiosmtpd's SMTP with the DATA phase read in pieces (see :mod:`.data_phase`), in limits.

    The pipeline gets the octets as sent: ``decode_data`` (and with it aiosmtpd's
    SMTPUTF8 decoding of the content) is not offered. The listener's session
    limits (see :mod:`.sessions`) apply before the greeting and before each command.
    """

    def __init__(
        self, *args: Any, limits: SessionLimits, sessions: SessionCount, **kwargs: Any
    ) -> None:
        if kwargs.get("decode_data"):
            raise ValueError("GatewaySMTP hands on the octets as sent: decode_data must be off")
        super().__init__(*args, **kwargs)
        self.sessions, self.counted = sessions, False
        self.budget = SessionBudget(limits, time.monotonic())  # one instance per connection
        self._smtp_methods = {
            name: self._within_budget(method) for name, method in self._smtp_methods.items()
        }

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        """A new client gets its session if the listener has room for one more, else 421.

        The refusal happens here, as the connection is accepted, not in the session's
        task: a flood of clients would otherwise hold open files until the tasks run.
        """
        if self.transport is None:  # the client's connection, not the TLS one after STARTTLS
            if not self.sessions.enter():
                assert isinstance(transport, asyncio.WriteTransport)
                transport.write(REPLY_TOO_MANY_SESSIONS.encode() + b"\r\n")
                transport.close()
                return
            self.counted = True
        super().connection_made(transport)

    def connection_lost(self, error: Exception | None) -> None:
        if not self.counted:
            return  # refused at once: no session was started
        self.counted = False
        self.sessions.leave()
        super().connection_lost(error)

    def _within_budget(self, command: Callable[[str], Awaitable[None]]) -> Callable[..., Any]:
        @functools.wraps(command)  # keeps the HELP text aiosmtpd attaches to the method
        async def run(arg: str) -> None:
            refusal = self.budget.refusal(time.monotonic())
            if refusal:
                await self.push(refusal)
                assert self.transport is not None
                self.transport.close()
                return
            before = self._transaction_size()
            await command(arg)
            if self._transaction_size() > before:
                self.budget.progressed()

        return run

    def _transaction_size(self) -> int:
        """Grows only when a MAIL or a RCPT succeeds (a new transaction starts from 0)."""
        assert self.envelope is not None
        return (self.envelope.mail_from is not None) + len(self.envelope.rcpt_tos)

    async def smtp_DATA(self, arg: str) -> None:
        if await self.check_helo_needed() or await self.check_auth_needed("DATA"):
            return
        assert self.envelope is not None
        if not self.envelope.rcpt_tos:
            await self.push("503 Error: need RCPT command")
            return
        if arg:
            await self.push("501 Syntax: DATA")
            return
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        try:
            content = await read_data(self._reader, self.data_size_limit, self.line_length_limit)
        except DataRefused as refusal:
            self._set_post_data_state()
            await self.push(refusal.reply)
            return
        except asyncio.IncompleteReadError as exc:
            # aiosmtpd's command loop closes the connection quietly on a reset.
            raise ConnectionResetError("connection lost during DATA") from exc
        self.envelope.content = self.envelope.original_content = content
        self.budget.progressed()
        status = await self._call_handler_hook("DATA")
        self._set_post_data_state()
        await self.push("250 OK" if status is MISSING else status)


class GatewayController(Controller):
    def __init__(self, handler: Any, *, limits: SessionLimits, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self.limits, self.sessions = limits, SessionCount(limits.max_sessions)

    def factory(self) -> SMTP:
        return GatewaySMTP(
            self.handler, limits=self.limits, sessions=self.sessions, **self.SMTP_kwargs
        )


def make_controller(
    work: Work,
    host: str,
    port: int,
    *,
    data_size_limit: int,
    max_recipients: int = 1000,
    answer_within: float | None = None,
    executor: Executor | None = None,
    tls_context: ssl.SSLContext | None = None,
    limits: SessionLimits | None = None,
    **kwargs: Any,
) -> Controller:
    return GatewayController(
        GatewayHandler(work, executor, max_recipients=max_recipients, answer_within=answer_within),
        limits=limits or SessionLimits(),
        hostname=host,
        port=port,
        data_size_limit=data_size_limit,
        server_hostname="siegel",
        ident="Siegel ESMTP",
        decode_data=False,
        tls_context=tls_context,
        **kwargs,
    )


# TLS 1.2 cipher suites of BSI TR-02102-2 (3.3.1.1, 3.3.1.2) that OpenSSL offers: forward
# secrecy, AES-GCM or AES-CBC with SHA-2; no ChaCha20 (not in the TR), no SHA-1, no RSA key
# exchange. Checked against the TR's machine-readable list in tests/gateway/test_sink_listener.py.
TR_02102_TLS12_CIPHERS = ":".join(
    [
        "ECDHE-ECDSA-AES256-GCM-SHA384",
        "ECDHE-RSA-AES256-GCM-SHA384",
        "ECDHE-ECDSA-AES128-GCM-SHA256",
        "ECDHE-RSA-AES128-GCM-SHA256",
        "ECDHE-ECDSA-AES256-SHA384",
        "ECDHE-RSA-AES256-SHA384",
        "ECDHE-ECDSA-AES128-SHA256",
        "ECDHE-RSA-AES128-SHA256",
        "DHE-RSA-AES256-GCM-SHA384",
        "DHE-RSA-AES128-GCM-SHA256",
        "DHE-RSA-AES256-SHA256",
        "DHE-RSA-AES128-SHA256",
    ]
)


def server_tls_context(certificate_file: str, key_file: str) -> ssl.SSLContext:
    """STARTTLS for the listener: TLS 1.2 or newer with the TR-02102-2 suites, no renegotiation.

    TLS 1.3 suites and groups cannot be narrowed from Python 3.11's ``ssl`` module:
    OpenSSL's defaults apply there (they add ChaCha20-Poly1305 and X25519 to what the TR lists).
    """
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.set_ciphers(TR_02102_TLS12_CIPHERS)
    context.options |= ssl.OP_NO_RENEGOTIATION | ssl.OP_NO_COMPRESSION
    context.load_cert_chain(certificate_file, key_file)
    return context
