"""Housekeeping of what the gateway remembers between a sender's retries."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone

from siegel.gateway.models import DirectDelivery, TlsDeliveryFailure


def forget_delivery_records(*, now: dt.datetime | None = None) -> int:
    """Delete retry records older than ``SIEGEL_DELIVERY_RECORD_DAYS``; returns how many.

    They only have to outlive the sender's retries (MTAs give up after about five
    days); kept longer they would be a growing list of who got mail from the insurer.
    """
    cutoff = (now or timezone.now()) - dt.timedelta(days=settings.SIEGEL_DELIVERY_RECORD_DAYS)
    delivered, _ = DirectDelivery.objects.filter(delivered_at__lt=cutoff).delete()
    failing, _ = TlsDeliveryFailure.objects.filter(first_failed_at__lt=cutoff).delete()
    return delivered + failing
