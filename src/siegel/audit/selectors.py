"""Reading the audit log: export queries and chain verification."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from django.db.models import Q, QuerySet

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


# What a person did on their own behalf: signing in and out, and every call that reads.
SESSION_ACTIONS = ("accounts.login.", "accounts.logout", "accounts.lockout")
CALL_ACTIONS = ("partners.", "portal.")


def user_events(
    *,
    actors: Sequence[str],
    address: str = "",
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
) -> Iterator[AuditEvent]:
    """Who was signed in when, and what they called: the events of one person, in order.

    ``actors`` are the names the log knows the person by (``user:<id>`` for the
    sign-in, the broker post and the API; ``portal:<address>`` for the mailbox);
    with ``address`` the failed sign-ins and lockouts of that address come too,
    whose actor is the client, not the person.
    """
    who = Q(actor__in=list(actors))
    if address:
        who |= Q(
            action__in=["accounts.login.failure", "accounts.lockout"],
            details__address=address.strip().lower(),
        )
    return _window(AuditEvent.objects.filter(who), since, until)


@dataclass(frozen=True)
class ActorWindow:
    """An actor's events from ``start`` to ``end`` (None: open): a firm user while a member."""

    actor: str
    start: dt.datetime
    end: dt.datetime | None = None


def events_in_windows(
    windows: Sequence[ActorWindow],
    *,
    prefixes: Sequence[str] = SESSION_ACTIONS + CALL_ACTIONS,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
) -> Iterator[AuditEvent]:
    """Events of these actors, each only within its window, and only actions of ``prefixes``.

    For a firm's own export: a user's events belong to the firm only while they
    were its user, and only the kinds that concern it.
    """
    if not windows:
        return iter(())
    who = Q()
    for window in windows:
        part = Q(actor=window.actor, timestamp__gte=window.start)
        if window.end is not None:
            part &= Q(timestamp__lt=window.end)
        who |= part
    kinds = Q()
    for prefix in prefixes:
        kinds |= Q(action__startswith=prefix)
    return _window(AuditEvent.objects.filter(who).filter(kinds), since, until)


def _window(
    queryset: QuerySet[AuditEvent], since: dt.datetime | None, until: dt.datetime | None
) -> Iterator[AuditEvent]:
    if since:
        queryset = queryset.filter(timestamp__gte=since)
    if until:
        queryset = queryset.filter(timestamp__lt=until)
    return queryset.order_by("seq").iterator(chunk_size=2000)


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
