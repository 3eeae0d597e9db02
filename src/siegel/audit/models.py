"""Audit events: append-only rows sealed by a hash chain.

The ORM refuses to change or delete an event (only :func:`siegel.audit.services.purge`
removes expired ones, leaving an anchor); on PostgreSQL a trigger enforces the same
at the database. Against somebody who bypasses both, the chain makes the change
visible: ``siegel audit verify``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.db import models
from django.utils.translation import gettext_lazy as _


class AppendOnlyError(Exception):
    """Raised on an attempt to change or delete an audit event through the ORM."""


class AuditEventQuerySet(models.QuerySet["AuditEvent"]):
    def update(self, **kwargs: Any) -> int:
        raise AppendOnlyError("audit events are append-only")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("audit events are append-only; use siegel audit purge")


class AuditEvent(models.Model):
    seq = models.BigIntegerField(_("Laufende Nummer"), unique=True)
    timestamp = models.DateTimeField(_("Zeitpunkt"), db_index=True)
    actor = models.CharField(_("Akteur"), max_length=255, db_index=True)
    action = models.CharField(_("Aktion"), max_length=100, db_index=True)
    target = models.CharField(_("Ziel"), max_length=500, blank=True)
    details = models.JSONField(_("Details"), default=dict)
    prev_hash = models.CharField(_("Hash des Vorgängers"), max_length=64)
    hash = models.CharField(_("Hash"), max_length=64)

    objects: ClassVar[AuditEventQuerySet] = AuditEventQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        ordering = ["seq"]
        verbose_name = _("Protokolleintrag")
        verbose_name_plural = _("Protokolleinträge")

    def __str__(self) -> str:
        return f"#{self.seq} {self.timestamp:%Y-%m-%d %H:%M:%S} {self.actor} {self.action} {self.target}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AppendOnlyError("audit events are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("audit events are append-only; use siegel audit purge")


class AuditChainHead(models.Model):
    """The single row that holds the end of the chain.

    Writers lock it (SELECT ... FOR UPDATE; on SQLite the IMMEDIATE transaction
    does the same), so concurrent processes append one after another and the
    chain never forks. It also reveals events deleted from the end.
    """

    seq = models.BigIntegerField(default=0)
    hash = models.CharField(max_length=64)

    def __str__(self) -> str:
        return f"head #{self.seq} {self.hash}"


class AuditAnchor(models.Model):
    """Where verification starts after a purge: the last removed event's seq and hash."""

    last_purged_seq = models.BigIntegerField(unique=True)
    last_purged_hash = models.CharField(max_length=64)
    purged_count = models.BigIntegerField()
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["last_purged_seq"]

    def __str__(self) -> str:
        return f"anchor after #{self.last_purged_seq} ({self.purged_count} purged)"
