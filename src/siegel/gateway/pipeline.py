"""What happens to a mail between the SMTP listener and the next hop.

:func:`process` runs in a worker process (see :mod:`siegel.gateway.workers`). It
returns only when every resulting mail is safe at the next hop, and raises
otherwise, so the listener answers 4xx and the sender retries. Hand-overs carry
a delivery key, so a retried transaction does not deliver twice where the next
hop can tell (the sink, portal deposits).
"""

from __future__ import annotations

import threading

from django.conf import settings
from django.db import connection

from siegel.core.mime.routing import route
from siegel.gateway import special
from siegel.gateway.delivery import Envelope, NextHop, next_hop_from_setting
from siegel.gateway.inbound import protect_inbound
from siegel.gateway.outbound import send
from siegel.gateway.smtp import Refused
from siegel.policy import services as policy_services


def process(envelope: Envelope) -> str:
    try:
        return _process(envelope)
    finally:
        if threading.current_thread() is not threading.main_thread():
            # In thread mode each pipeline thread would keep a database connection of its
            # own forever; worker processes (the production mode) keep theirs.
            connection.close()


def _process(envelope: Envelope) -> str:
    routing = route(envelope.sender, envelope.recipients, settings.SIEGEL_LOCAL_DOMAINS)
    if routing.outbound and not routing.sender_is_local:
        raise Refused("Relaying denied: the sender is not in a local domain")
    next_hop = next_hop_from_setting(settings.SIEGEL_NEXT_HOP)
    ids: list[str] = []
    inbound_recipients = routing.inbound
    if inbound_recipients and not routing.sender_is_local:
        inbound_recipients = answer_special(envelope, inbound_recipients, next_hop, ids)
    if inbound_recipients:
        ids.append(inbound(envelope, inbound_recipients, next_hop))
    if routing.outbound:
        ids.append(outbound(envelope, routing.outbound, next_hop))
    return ",".join(ids)


def answer_special(
    envelope: Envelope, recipients: tuple[str, ...], next_hop: NextHop, ids: list[str]
) -> tuple[str, ...]:
    """Answer the collect address and certificate requests; return the recipients left to deliver."""
    if special.is_certificate_request(envelope.content):
        ids += [
            special.handle_certificate_request(envelope, addressee, next_hop)
            for addressee in recipients
        ]
        return ()
    collect = special.collect_address()
    if collect in (r.lower() for r in recipients):
        ids.append(special.handle_collect(envelope, next_hop))
    return tuple(r for r in recipients if r.lower() != collect)


def inbound(envelope: Envelope, recipients: tuple[str, ...], next_hop: NextHop) -> str:
    """Mail for the insurer's own people: decrypted, verified and marked (see .inbound)."""
    content = protect_inbound(
        envelope.content, sender=envelope.sender, brand=settings.SIEGEL_BRAND_NAME
    )
    queue_id = next_hop.deliver(
        Envelope(envelope.sender, recipients, content),
        key=Envelope(envelope.sender, recipients, envelope.content).delivery_key(),
    )
    if envelope.sender and not routing_is_local(envelope.sender):
        policy_services.note_inbound_contact(envelope.sender)
    return queue_id


def routing_is_local(address: str) -> bool:
    return route(address, [], settings.SIEGEL_LOCAL_DOMAINS).sender_is_local


def outbound(envelope: Envelope, recipients: tuple[str, ...], next_hop: NextHop) -> str:
    """Mail leaving the insurer: classified, decided per recipient, protected (see .outbound)."""
    return send(envelope, recipients, next_hop)
