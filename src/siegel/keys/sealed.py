"""Everything sealed under the master key, in one list: what rotation re-seals and the census counts.

Each app that seals something (portal data keys, queued own mails, broker-post data
keys, …) registers its column once in ``AppConfig.ready``. Rotation then re-seals
every blob not yet under the current key, and :func:`census` reads the key id in
each blob's header, so an operator can see that nothing needs an old key before
dropping it. That closes the gap a rotation cannot: a process that sealed under
the old key while the rotation ran (a deposit in flight, a process not yet
restarted) shows up in the census, and rotating again re-seals it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import Model, QuerySet

from siegel.core.keyring import Keyring, sealed_under


@dataclass(frozen=True)
class SealedColumn:
    """A model field holding keyring blobs, and the context each row's blob is bound to."""

    name: str
    rows: Callable[[], QuerySet[Any]]
    field: str
    context: Callable[[Any], str]
    context_fields: tuple[str, ...] = ()


_COLUMNS: dict[str, SealedColumn] = {}


def register(column: SealedColumn) -> None:
    _COLUMNS[column.name] = column


def columns() -> list[SealedColumn]:
    return list(_COLUMNS.values())


def reseal(ring: Keyring) -> dict[str, int]:
    """Re-seal, per column, every blob not under the current key; the counts. Call in a transaction."""
    counts = {}
    for column in columns():
        count = 0
        rows = column.rows().select_for_update().only("pk", column.field, *column.context_fields)
        for row in rows:
            blob = bytes(getattr(row, column.field))
            if sealed_under(blob) == ring.current_id:
                continue
            _update(row, column.field, ring.reseal(blob, column.context(row)))
            count += 1
        counts[column.name] = count
    return counts


def _update(row: Model, name: str, value: bytes) -> None:
    type(row)._default_manager.filter(pk=row.pk).update(**{name: value})


@dataclass(frozen=True)
class Census:
    """How many blobs each master key sealed, per column; ``current`` is the key that seals now."""

    current: str
    configured: tuple[str, ...]
    counts: dict[str, Counter[str]]

    @property
    def outdated(self) -> int:
        """Blobs that still need a key other than the current one: drop no key while this is > 0."""
        return sum(n for c in self.counts.values() for key, n in c.items() if key != self.current)


def census(ring: Keyring) -> Census:
    return Census(
        current=ring.current_id,
        configured=ring.ids,
        counts={
            column.name: Counter(
                sealed_under(bytes(blob))
                for blob in column.rows().values_list(column.field, flat=True).iterator()
            )
            for column in columns()
        },
    )
