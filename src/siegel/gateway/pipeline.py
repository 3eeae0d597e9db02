"""What happens to a mail between its sender and the next hop: the one way mail leaves Siegel.

:func:`process` runs in a worker process for the SMTP listener (see
:mod:`siegel.gateway.workers`), and in the task worker for Siegel's own mails
(:mod:`siegel.outbox`); :func:`siegel.gateway.services.send_mail` offers it to the
rest of Siegel. It returns a :class:`~siegel.gateway.results.Result`: accepted
only when every resulting mail is safe at the next hop, in the portal or
reported; otherwise a retry or a refusal, which each caller maps to its answer.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace

from django.conf import settings
from django.db import connection

from siegel.core.mime import headers
from siegel.core.mime.routing import Routing, route
from siegel.gateway import brokerpost, special
from siegel.gateway.delivery import (
    DeliveryError,
    Envelope,
    NextHop,
    PermanentDeliveryError,
)
from siegel.gateway.handover import hand_over, next_hop_from_setting
from siegel.gateway.inbound import protect_inbound
from siegel.gateway.outbound import send
from siegel.gateway.results import Fate, RecipientOutcome, Refusal, Result, Retry, Stage
from siegel.policy import services as policy_services

log = logging.getLogger("siegel.gateway")

RELAY_DENIED = "Relaying denied: the sender is not in a local domain"
# What a sender outside learns when the hop inside fails: the insurer's own MTA gets the
# details (host, port, directory) to act on them; the internet gets no map of the inside.
INSIDE_UNREACHABLE = "the recipient's mail server is not reachable just now"


def process(envelope: Envelope, *, key: str | None = None, own_mail: bool = False) -> Result:
    """The mail through the gateway; ``key`` identifies it across retries (default: its content).

    Never raises: whatever went wrong becomes a retry, so the sender keeps the mail.
    """
    envelope = replace(envelope, content=headers.unambiguous(envelope.content))
    routing = route(envelope.sender, envelope.recipients, settings.SIEGEL_LOCAL_DOMAINS)
    if routing.outbound and not routing.sender_is_local:
        log.info("mail from %s refused: %s", envelope.sender, RELAY_DENIED)
        return Result(refusal=Refusal(RELAY_DENIED, Stage.POLICY))
    key = key or envelope.delivery_key()
    try:
        outcomes = _process(envelope, routing, key, own_mail)
    except PermanentDeliveryError as exc:
        log.warning("delivery failed permanently: %s", exc)
        return Result(refusal=Refusal(str(exc), Stage.DELIVERY))
    except DeliveryError as exc:
        log.warning("delivery failed, sender will retry: %s", exc)
        told = str(exc) if routing.sender_is_local else INSIDE_UNREACHABLE
        return Result(retry=Retry(told, Stage.DELIVERY))
    except Exception as exc:  # the sender still has the mail: it must retry, whatever this was
        log.exception("pipeline failed, sender will retry")
        return Result(retry=Retry(f"processing failed ({type(exc).__name__})", Stage.PROCESSING))
    finally:
        if threading.current_thread() is not threading.main_thread():
            # In thread mode each pipeline thread would keep a database connection of its
            # own forever; worker processes (the production mode) keep theirs.
            connection.close()
    for outcome in outcomes:  # the details the short SMTP reply leaves out
        log.info("%s: %s %s (%s)", key[:16], outcome.address, outcome.fate.value, outcome.detail)
    return Result(tuple(outcomes))


def _process(
    envelope: Envelope, routing: Routing, key: str, own_mail: bool
) -> list[RecipientOutcome]:
    next_hop = next_hop_from_setting(settings.SIEGEL_NEXT_HOP)
    outcomes: list[RecipientOutcome] = []
    inbound_recipients = routing.inbound
    if inbound_recipients and not routing.sender_is_local:
        answered, inbound_recipients = special.answer(envelope, inbound_recipients, key)
        outcomes += answered
    elif inbound_recipients and not own_mail and not envelope.authenticated_sender:
        deposited, inbound_recipients = brokerpost.deposit(envelope, inbound_recipients, key)
        outcomes += deposited
    if inbound_recipients:
        outcomes += inbound(envelope, inbound_recipients, next_hop, key)
    if routing.outbound:
        outcomes += send(envelope, routing.outbound, next_hop, key=key, own_mail=own_mail)
    return outcomes


def inbound(
    envelope: Envelope, recipients: tuple[str, ...], next_hop: NextHop, key: str
) -> list[RecipientOutcome]:
    """Mail for the insurer's own people: decrypted, verified and marked (see .inbound)."""
    content = protect_inbound(
        envelope.content, sender=envelope.sender, brand=settings.SIEGEL_BRAND_NAME
    )
    if envelope.authenticated_sender:
        # After protect_inbound stripped every X-Siegel- claim the mail itself made.
        content = headers.prepend(
            content, [("X-Siegel-Portal-Sender", envelope.authenticated_sender)]
        )
    handed = hand_over(
        next_hop, replace(envelope, recipients=recipients, content=content), f"{key}:inbound"
    )
    if handed.refused:
        # No author to report to inside: the sending MTA bounces, or retries for the others.
        reasons = "; ".join(dict.fromkeys(why for _, why in handed.refused))
        if not handed.delivered:
            raise PermanentDeliveryError(reasons)
        raise DeliveryError(f"some local recipients refused: {reasons}")
    if envelope.sender and not routing_is_local(envelope.sender):
        policy_services.note_inbound_contact(envelope.sender)
    return [RecipientOutcome(r, Fate.DELIVERED, handed.queue_id) for r in handed.delivered]


def routing_is_local(address: str) -> bool:
    return route(address, [], settings.SIEGEL_LOCAL_DOMAINS).sender_is_local
