"""What a hand-over remembers across retries: who has the mail, and who is handing it over now.

Every next hop is wrapped by these records (see :mod:`siegel.gateway.handover`):
recipients the hop accepted are recorded under the delivery key and skipped when
the sender retries, and a lease keeps a concurrent retry (the sender timed out,
maybe towards another node) from delivering a second copy meanwhile. Only the
moment between the hop's acceptance and the record stays open, as it does for
every MTA: a crash right there makes the retry deliver again (at least once).
They live in the database, not in files, because the retry may reach another
gateway node; PostgreSQL is the state they share.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import uuid
from collections.abc import Sequence
from pathlib import Path

from django.db import DatabaseError, IntegrityError, transaction
from django.utils import timezone

from siegel.gateway.delivery import DeliveryInProgress
from siegel.gateway.models import DeliveryLease, DeliveryRecord
from siegel.infra.prepared import PreparedQuery

log = logging.getLogger(__name__)

LEASE_MARGIN = 300.0  # seconds a delivery lease outlives the hop's longest hand-over


def pending(key: str, recipients: Sequence[str]) -> list[str]:
    """The recipients of this hand-over that the next hop has not accepted yet."""
    done = set(_DELIVERED.column(key=key, recipients=list(recipients))) if recipients else set()
    return [r for r in recipients if r not in done]


# Asked before every hand-over: compiled once per number of recipients (siegel.infra.prepared).
_DELIVERED = PreparedQuery(
    lambda key, recipients: DeliveryRecord.objects.filter(
        key=key, recipient__in=recipients
    ).values_list("recipient"),
    key=str,
    recipients=list,
)


def remember(key: str, recipients: Sequence[str], host: str) -> None:
    """Record the recipients the next hop accepted, so a retry of the hand-over skips them.

    The mail is already out when this runs, so a database failure is logged (ERROR)
    and not raised: reporting a failure would make the sender retry everything at
    once. The price: if this hand-over is retried anyway (another group or domain
    failed), these recipients get a second copy.
    """
    try:
        with transaction.atomic():
            DeliveryRecord.objects.bulk_create(
                [DeliveryRecord(key=key, recipient=r, host=host) for r in recipients],
                ignore_conflicts=True,
            )
    except DatabaseError:
        log.exception(
            "delivery to %s via %s not recorded: a retry may deliver again", recipients, host
        )


def remember_and_release(key: str, recipients: Sequence[str], host: str, holder: str) -> None:
    """:func:`remember` and :func:`release_lease` in one transaction (one commit, not two)."""
    try:
        with transaction.atomic():
            DeliveryRecord.objects.bulk_create(
                [DeliveryRecord(key=key, recipient=r, host=host) for r in recipients],
                ignore_conflicts=True,
            )
            DeliveryLease.objects.filter(key=key, holder=holder).delete()
    except DatabaseError:
        log.exception(
            "delivery to %s via %s not recorded: a retry may deliver again", recipients, host
        )
        release_lease(key, holder)


def take_lease(key: str, seconds: float) -> str:
    """Hold the hand-over of ``key`` for ``seconds``; DeliveryInProgress while another one does.

    A sender whose first attempt timed out retries while that attempt still runs,
    maybe on another node: both would deliver before either recorded its recipients
    (:func:`remember`). A lease that has expired is taken over, as its holder died.
    The caller gives it the hop's longest hand-over plus :data:`LEASE_MARGIN`, because
    a session begun just before the deadline still runs to its end; a dead holder
    delays the mail by no more than that — unless it was a process of this machine
    that is gone (a killed worker): then its lease is taken over at once.
    """
    holder = f"{_HOST}:{os.getpid()}:{_started(os.getpid())}:{uuid.uuid4().hex[:8]}"
    now = timezone.now()
    expires_at = now + dt.timedelta(seconds=seconds)
    # Each statement is atomic: of two callers only one takes over an expired lease
    # (PostgreSQL checks the condition again once it has the row lock; SQLite writes
    # one at a time), and the unique key lets only one insert a new one.
    stale = DeliveryLease.objects.filter(key=key, expires_at__lte=now)
    if stale.update(holder=holder, expires_at=expires_at):
        return holder
    current = DeliveryLease.objects.filter(key=key).values_list("holder", flat=True).first()
    taken = (
        current is not None
        and _dead_here(current)
        and DeliveryLease.objects.filter(key=key, holder=current).update(
            holder=holder, expires_at=expires_at
        )
    )
    if taken:
        log.warning("delivery lease of %s taken over from %s, which is gone", key[:16], current)
        return holder
    try:
        with transaction.atomic():
            DeliveryLease.objects.create(key=key, holder=holder, expires_at=expires_at)
    except IntegrityError as exc:
        raise DeliveryInProgress("the same mail is being delivered right now; retry later") from exc
    return holder


def _machine() -> str:
    """This running system: the host name, and the boot id (two containers may share a name)."""
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()[:8]
    except OSError:
        boot = "?"
    return f"{socket.gethostname()[:40]}/{boot}"


def _started(pid: int) -> str:
    """When ``pid`` started, in clock ticks since boot: a reused pid has another start."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        return fields[19]
    except (OSError, IndexError):
        return "?"


_HOST = _machine()


def _dead_here(holder: str) -> bool:
    """The holder was a process of this system that no longer runs.

    Only when the holder names this very system (host name and boot id) and its
    process is gone, or its pid now belongs to a process started at another time.
    """
    host, pid_text, started, *_ = [*holder.split(":"), "", "", ""]
    if host != _HOST or not pid_text.isdigit() or int(pid_text) == os.getpid():
        return False
    if started in ("", "?"):
        return False
    return _started(int(pid_text)) != started


def release_lease(key: str, holder: str) -> None:
    """Let the next attempt in. A database failure is logged: the lease then just expires."""
    try:
        DeliveryLease.objects.filter(key=key, holder=holder).delete()
    except DatabaseError:
        log.exception("delivery lease of %s not released: it expires by itself", key)
