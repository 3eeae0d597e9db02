"""What the gateway offers the rest of Siegel: sending mail, and housekeeping of its records."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone

from siegel.gateway.delivery import Envelope
from siegel.gateway.models import DeliveryLease, DeliveryRecord, TlsDeliveryFailure
from siegel.gateway.pipeline import process
from siegel.gateway.results import Result


def send_mail(envelope: Envelope, *, key: str | None = None, own_mail: bool = False) -> Result:
    """Send a mail the one way mail leaves Siegel: plan → protect → hand over.

    For mail from the insurer's addresses to outside recipients this classifies,
    plans per recipient, encrypts or deposits in the portal; local recipients get
    it as inbound mail (decrypted, verified, marked). ``key`` identifies the mail
    across retries (default: its content and envelope), so calling again after a
    failure never delivers twice where the next hop can tell. ``own_mail`` is for
    Siegel's own mails (never into the portal, never reported back to Siegel).
    The :class:`~siegel.gateway.results.Result` says per recipient what happened,
    or that the caller must retry; this never raises for a failed delivery.
    """
    return process(envelope, key=key, own_mail=own_mail)


def forget_delivery_records(*, now: dt.datetime | None = None) -> int:
    """Delete retry records older than ``SIEGEL_DELIVERY_RECORD_DAYS``; returns how many.

    They only have to outlive the sender's retries (MTAs give up after about five
    days); kept longer they would be a growing list of who got mail from the insurer.
    Expired delivery leases (left by a crashed process) go at once: they hold nothing.
    """
    now = now or timezone.now()
    cutoff = now - dt.timedelta(days=settings.SIEGEL_DELIVERY_RECORD_DAYS)
    delivered, _ = DeliveryRecord.objects.filter(delivered_at__lt=cutoff).delete()
    failing, _ = TlsDeliveryFailure.objects.filter(first_failed_at__lt=cutoff).delete()
    leases, _ = DeliveryLease.objects.filter(expires_at__lt=now).delete()
    return delivered + failing + leases
