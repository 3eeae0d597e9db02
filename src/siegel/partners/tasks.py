"""Background tasks of broker post."""

from __future__ import annotations

from django_tasks import task

from siegel.partners import services


@task()
def expire_shipments() -> int:
    """Warn about shipments near their end and delete expired ones (every hour)."""
    return services.expire_shipments().deleted
