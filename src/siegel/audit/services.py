"""Writing to the audit log: the one place that creates audit events.

Every component records through :func:`record`; nothing else inserts rows. The
event joins the caller's transaction, so an action that is rolled back leaves
no trace claiming it happened, and a committed action always has its event.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from siegel.audit.models import AuditAnchor, AuditChainHead, AuditEvent
from siegel.core.audit_chain import GENESIS_HASH, event_hash
from siegel.infra.prepared import PreparedQuery

SYSTEM = "system"


def _normalised(details: Mapping[str, Any] | None) -> dict[str, Any]:
    """What the database gives back: JSON round-tripped, so the hash stays stable."""
    normalised: dict[str, Any] = json.loads(
        json.dumps(dict(details or {}), default=str, allow_nan=False)
    )
    return normalised


def _now() -> dt.datetime:
    """The one clock of the audit log (a seam, so tests can write old events)."""
    return timezone.now()


def record(
    actor: str, action: str, target: str = "", details: Mapping[str, Any] | None = None
) -> AuditEvent:
    """Append one event: ``actor`` did ``action`` to ``target``.

    ``actor`` names who acted (``user:42``, ``smtp:client-ip``, ``system``);
    ``action`` is a dotted verb (``portal.message.read``); ``details`` must never
    hold secrets or message content, only what an auditor needs.
    """
    clean = _normalised(details)
    with transaction.atomic():
        head = locked_head()
        sealed = {
            "seq": head.seq + 1,
            "timestamp": _now(),
            "actor": actor,
            "action": action,
            "target": target,
            "details": clean,
            "prev_hash": head.hash,
        }
        event = AuditEvent.objects.create(**sealed, hash=event_hash(**sealed))
        head.seq, head.hash = event.seq, event.hash
        head.save(update_fields=["seq", "hash"])
    return event


def locked_head() -> AuditChainHead:
    """The chain head, locked until the surrounding transaction ends.

    It exists from the first event on; creating it is the exception, not a query
    spent on every event.
    """
    for head in _LOCKED_HEAD.rows():
        return head
    AuditChainHead.objects.get_or_create(pk=1, defaults={"seq": 0, "hash": GENESIS_HASH})
    return AuditChainHead.objects.select_for_update().get(pk=1)


# Read for every event: compiled once (see siegel.infra.prepared); FOR UPDATE where supported.
_LOCKED_HEAD = PreparedQuery(lambda: AuditChainHead.objects.select_for_update().filter(pk=1))


def purge(older_than: dt.datetime) -> int:
    """Delete the events older than ``older_than``, leaving an anchor.

    Only a prefix of the chain is removed (everything up to the last event before
    the cut-off), so the rest still verifies from the anchor. The purge itself is
    recorded.
    """
    with transaction.atomic():
        locked_head()
        last = AuditEvent.objects.filter(timestamp__lt=older_than).order_by("-seq").first()
        if last is None:
            return 0
        doomed = AuditEvent.objects.filter(seq__lte=last.seq)
        count = doomed.count()
        AuditAnchor.objects.create(
            last_purged_seq=last.seq, last_purged_hash=last.hash, purged_count=count
        )
        _delete_prefix(last.seq)
    record(
        SYSTEM,
        "audit.purge",
        "",
        {"purged": count, "up_to_seq": last.seq, "older_than": older_than.isoformat()},
    )
    return count


def _delete_prefix(last_seq: int) -> None:
    table = AuditEvent._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL siegel.audit_purge = 'on'")
        cursor.execute(f"DELETE FROM {table} WHERE seq <= %s", [last_seq])  # noqa: S608
