"""Periodic tasks: which background task runs how often.

Every worker calls :func:`enqueue_due` once a minute. The row lock on
``PeriodicRun`` makes exactly one worker enqueue a due task, however many run.
The tasks themselves are idempotent, so an extra run costs nothing but time.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from siegel.web.models import PeriodicRun

SCHEDULE: dict[str, dt.timedelta] = {
    "siegel.keys.tasks.notify_expiring_keys": dt.timedelta(hours=6),
    "siegel.keys.tasks.refresh_revocation_and_revalidate": dt.timedelta(hours=4),
    "siegel.gateway.tasks.forget_delivery_records": dt.timedelta(days=1),
    "siegel.outbox.tasks.send_due_own_mails": dt.timedelta(minutes=1),
    "siegel.portal.tasks.delete_expired_messages": dt.timedelta(hours=1),
    "siegel.partners.tasks.expire_shipments": dt.timedelta(hours=1),
    "siegel.partners.tasks.deliver_due_webhooks": dt.timedelta(minutes=1),
}


def enqueue_due(*, now: dt.datetime | None = None) -> list[str]:
    moment = now or timezone.now()
    enqueued = []
    for name, interval in SCHEDULE.items():
        with transaction.atomic():
            run, created = PeriodicRun.objects.select_for_update().get_or_create(
                name=name, defaults={"last_enqueued": moment}
            )
            if not created and run.last_enqueued + interval > moment:
                continue
            run.last_enqueued = moment
            run.save(update_fields=["last_enqueued"])
            import_string(name).enqueue()
            enqueued.append(name)
    return enqueued
