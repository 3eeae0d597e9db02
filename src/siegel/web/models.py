from __future__ import annotations

from django.db import models


class PeriodicRun(models.Model):
    """When a periodic task was last enqueued; shared by all workers so none doubles it."""

    name = models.CharField(max_length=200, unique=True)
    last_enqueued = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.name} @ {self.last_enqueued:%Y-%m-%d %H:%M}"
