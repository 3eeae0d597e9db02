"""Handing protected mail over: to the next hop once per recipient, or into the portal.

Every hand-over carries a key that stays the same when the sender retries the
transaction: recipients the next hop took are recorded under it and skipped next
time, and a lease turns away a concurrent retry (:mod:`siegel.gateway.records`).
A hop that keeps the keys itself (the sink: one file per key, written atomically)
needs neither.
Portal deposits are keyed the same way (:func:`siegel.portal.services.deposit`).
Nothing here holds a database transaction open while it talks to the network.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import F
from django.utils import timezone

from siegel.gateway import records
from siegel.gateway.delivery import (
    DeliveryError,
    Envelope,
    NextHop,
    PartlyDelivered,
    PermanentDeliveryError,
    SinkNextHop,
    SmtpNextHop,
)
from siegel.gateway.direct import DirectNextHop
from siegel.gateway.models import TlsDeliveryFailure


@dataclass(frozen=True)
class Handed:
    """What one hand-over achieved: who has the mail now, who refused it for good."""

    delivered: tuple[str, ...]  # now or on an earlier attempt under the same key
    refused: tuple[tuple[str, str], ...]  # (recipient, reason)
    queue_id: str


def hand_over(hop: NextHop, envelope: Envelope, key: str) -> Handed:
    """Deliver to the recipients not yet delivered under ``key``.

    Raises :class:`DeliveryError` when the sender must retry (nothing is lost:
    what was delivered is recorded). Recipients refused for good are returned,
    not raised: whether that fails the transaction depends on the others.
    """
    if hop.keeps_keys:
        in_time(envelope, hop)
        return _deliver(hop, envelope, key, envelope.recipients)
    pending = records.pending(key, envelope.recipients)
    if not pending:
        return Handed(envelope.recipients, (), "already delivered")
    in_time(envelope, hop)
    holder = records.take_lease(key, hop.longest_hand_over + records.LEASE_MARGIN)
    # Again under the lease: an attempt that ended between the first look and the lease
    # recorded its recipients meanwhile.
    pending = records.pending(key, envelope.recipients)
    if not pending:
        records.release_lease(key, holder)
        return Handed(envelope.recipients, (), "already delivered")
    try:
        handed = _deliver(hop, envelope, key, pending)
    except BaseException:
        records.release_lease(key, holder)
        raise
    taken = [r for r in pending if r in handed.delivered]
    records.remember_and_release(key, taken, handed.queue_id, holder)
    return handed


def _deliver(hop: NextHop, envelope: Envelope, key: str, pending: Sequence[str]) -> Handed:
    """Hand ``pending`` over; who has the mail afterwards (the others of the envelope did before)."""
    refused: list[tuple[str, str]] = []
    try:
        queue_id = hop.deliver(replace(envelope, recipients=tuple(pending)), key=key)
    except PartlyDelivered as exc:
        queue_id, refused = exc.delivered, exc.refused
    except PermanentDeliveryError as exc:
        queue_id, refused = "", [(address, str(exc)) for address in pending]
    gone = {address.lower() for address, _ in refused}
    delivered = tuple(r for r in envelope.recipients if r.lower() not in gone)
    return Handed(delivered, tuple(refused), queue_id)


def next_hop_from_setting(value: str, *, tls_required: bool = False) -> NextHop:
    """``sink:DIR`` (embedded default), ``smtp://host:port``, ``smtp+tls://host:port`` or ``direct``.

    ``tls_required`` is for ``direct`` (the TLS hop insists on authenticated TLS to
    every MX); the SMTP URLs say it in their scheme, because a TLS hop to a local
    Postfix transport that enforces TLS itself needs no STARTTLS on loopback.
    """
    scheme, _, rest = value.partition(":")
    if value == "direct":
        return DirectNextHop(require_tls=tls_required)
    if scheme == "sink" and rest:
        return SinkNextHop(Path(rest))
    if scheme in {"smtp", "smtp+tls"}:
        url = urlsplit(value)
        if not url.hostname:
            raise ValueError(f"SIEGEL_NEXT_HOP has no host: {value!r}")
        return SmtpNextHop(
            url.hostname,
            url.port or 25,
            require_tls=scheme == "smtp+tls",
            timeout=settings.SIEGEL_NEXT_HOP_TIMEOUT,
        )
    raise ValueError(
        f"SIEGEL_NEXT_HOP not understood: {value!r} (expected sink:DIR, smtp://host:port or direct)"
    )


def in_time(envelope: Envelope, hop: NextHop) -> None:
    """Start a hand-over only if it can end before the sender's answer is due.

    A hand-over that may outlast the answer would be cut off by the sender's own
    timeout: the sender retries while the mail is still being delivered, and a second
    copy follows. Abandoned before it starts, it costs one retry and no duplicate;
    every hand-over that did end is recorded, so the retry skips it.
    """
    if envelope.answer_by is None:
        return
    left = envelope.answer_by - time.monotonic()
    if left < hop.longest_hand_over:
        raise DeliveryError(
            f"{left:.0f} s left before the answer is due, a hand-over may take "
            f"{hop.longest_hand_over:.0f} s: the rest is delivered on the retry"
        )


def tls_next_hop() -> NextHop:
    """TLS-required mail leaves only through a hop that insists on TLS (or the local sink)."""
    if settings.SIEGEL_TLS_NEXT_HOP:
        return next_hop_from_setting(settings.SIEGEL_TLS_NEXT_HOP, tls_required=True)
    if settings.SIEGEL_NEXT_HOP.startswith("sink:"):
        return next_hop_from_setting(settings.SIEGEL_NEXT_HOP)
    raise DeliveryError("TLS-required mail but no SIEGEL_TLS_NEXT_HOP is configured")


def tls_failing_too_long(key: str, failure: DeliveryError) -> bool:
    """Count the failed attempt; True once the first one is older than SIEGEL_TLS_FALLBACK_AFTER."""
    record, _ = TlsDeliveryFailure.objects.get_or_create(key=key[:200])
    TlsDeliveryFailure.objects.filter(pk=record.pk).update(
        attempts=F("attempts") + 1, last_reason=str(failure)[:1000]
    )
    waited = timezone.now() - record.first_failed_at
    return waited.total_seconds() >= settings.SIEGEL_TLS_FALLBACK_AFTER
