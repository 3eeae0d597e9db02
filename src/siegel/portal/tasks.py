"""Background tasks of the portal."""

from __future__ import annotations

from django_tasks import task

from siegel.portal import services


@task()
def delete_expired_messages() -> int:
    return services.delete_expired()
