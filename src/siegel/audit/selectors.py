"""Reading the audit log: export queries and chain verification."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from siegel.audit.models import AuditAnchor, AuditChainHead, AuditEvent
from siegel.core.audit_chain import GENESIS_HASH, ChainedEvent, ChainReport, verify_chain


def events(
    *,
    actor: str | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    action: str | None = None,
) -> Iterator[AuditEvent]:
    """Who did what when: events in chain order, filtered; streamed, not loaded at once."""
    queryset = AuditEvent.objects.order_by("seq")
    if actor:
        queryset = queryset.filter(actor=actor)
    if action:
        queryset = queryset.filter(action__startswith=action)
    if since:
        queryset = queryset.filter(timestamp__gte=since)
    if until:
        queryset = queryset.filter(timestamp__lt=until)
    return queryset.iterator(chunk_size=2000)


def verify() -> ChainReport:
    """Verify the whole stored chain from the latest purge anchor to the head."""
    anchor = AuditAnchor.objects.order_by("-last_purged_seq").first()
    head = AuditChainHead.objects.filter(pk=1).first()
    start_seq = anchor.last_purged_seq + 1 if anchor else 1
    start_hash = anchor.last_purged_hash if anchor else GENESIS_HASH
    rows = (
        ChainedEvent(
            seq=e.seq,
            timestamp=e.timestamp,
            actor=e.actor,
            action=e.action,
            target=e.target,
            details=e.details,
            prev_hash=e.prev_hash,
            hash=e.hash,
        )
        for e in AuditEvent.objects.order_by("seq").iterator(chunk_size=5000)
    )
    return verify_chain(
        rows,
        start_seq=start_seq,
        start_prev_hash=start_hash,
        head_seq=head.seq if head else 0,
        head_hash=head.hash if head else GENESIS_HASH,
    )


def head() -> tuple[int, str]:
    """The chain head (seq, hash): write it down elsewhere to anchor the log externally."""
    row = AuditChainHead.objects.filter(pk=1).first()
    return (row.seq, row.hash) if row else (0, GENESIS_HASH)
