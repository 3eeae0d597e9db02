"""The gateway's SMTP listener: protocol only.

aiosmtpd speaks SMTP; :class:`GatewayHandler` turns a finished transaction into a
delivery and maps the outcome to a precise reply. The mail is handed over in a
thread so the event loop keeps serving other connections while a slow next hop
or the disk works.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Session
from aiosmtpd.smtp import Envelope as SmtpEnvelope

from siegel.gateway.delivery import DeliveryError, Envelope, NextHop

log = logging.getLogger("siegel.gateway")


class GatewayHandler:
    def __init__(self, next_hop: NextHop) -> None:
        self.next_hop = next_hop

    async def handle_DATA(self, server: SMTP, session: Session, envelope: SmtpEnvelope) -> str:
        mail = Envelope(
            sender=envelope.mail_from or "",
            recipients=tuple(envelope.rcpt_tos),
            content=envelope.original_content or b"",
        )
        try:
            queue_id = await asyncio.to_thread(self.next_hop.deliver, mail)
        except DeliveryError as exc:
            log.warning("delivery failed, sender will retry: %s", exc)
            return "451 4.3.0 Temporary failure at the next hop, please retry"
        log.info("accepted %s for %d recipients", queue_id, len(mail.recipients))
        return f"250 2.0.0 Ok: queued as {queue_id}"


def make_controller(
    next_hop: NextHop, host: str, port: int, *, data_size_limit: int, **kwargs: Any
) -> Controller:
    return Controller(
        GatewayHandler(next_hop),
        hostname=host,
        port=port,
        data_size_limit=data_size_limit,
        server_hostname="siegel",
        ident="Siegel ESMTP",
        decode_data=False,
        **kwargs,
    )
