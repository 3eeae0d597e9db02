"""Background tasks of the key store."""

from __future__ import annotations

from django_tasks import task

from siegel.keys import services


@task()
def notify_expiring_keys() -> int:
    return len(services.notify_expiring_keys())


@task()
def refresh_revocation_and_revalidate() -> dict[str, int]:
    return services.refresh_and_revalidate()
