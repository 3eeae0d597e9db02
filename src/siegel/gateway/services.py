"""Housekeeping of what the gateway remembers between a sender's retries."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone

from siegel.gateway.models import DeliveryLease, DirectDelivery, TlsDeliveryFailure


def forget_delivery_records(*, now: dt.datetime | None = None) -> int:
    """Delete retry records older than ``SIEGEL_DELIVERY_RECORD_DAYS``; returns how many.

    They only have to outlive the sender's retries (MTAs give up after about five
    days); kept longer they would be a growing list of who got mail from the insurer.
    Expired delivery leases (left by a crashed process) go at once: they hold nothing.
    """
    now = now or timezone.now()
    cutoff = now - dt.timedelta(days=settings.SIEGEL_DELIVERY_RECORD_DAYS)
    delivered, _ = DirectDelivery.objects.filter(delivered_at__lt=cutoff).delete()
    failing, _ = TlsDeliveryFailure.objects.filter(first_failed_at__lt=cutoff).delete()
    leases, _ = DeliveryLease.objects.filter(expires_at__lt=now).delete()
    return delivered + failing + leases
