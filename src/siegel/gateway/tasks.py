"""Background tasks of the gateway."""

from __future__ import annotations

from django_tasks import task

from siegel.gateway import services


@task()
def forget_delivery_records() -> int:
    return services.forget_delivery_records()
