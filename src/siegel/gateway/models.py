"""What the gateway must remember across retries, processes and gateway nodes.

All of it lives in the database (not in files under the data dir) because the
sender's retry may reach another gateway node; PostgreSQL is the state they share.
"""

from __future__ import annotations

from django.db import models


class DeliveryRecord(models.Model):
    """One recipient of one hand-over (delivery key) was accepted by the next hop.

    Recorded per recipient rather than per hand-over: a server that accepts some
    recipients and refuses others must not get the accepted ones again when the
    sender retries for the refused ones (see :mod:`siegel.gateway.records`).
    """

    key = models.CharField(max_length=200)
    recipient = models.CharField(max_length=320)
    host = models.CharField(max_length=255)
    delivered_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["key", "recipient"], name="delivery_record_once")
        ]

    def __str__(self) -> str:
        return f"{self.recipient} via {self.host}"


class DeliveryLease(models.Model):
    """One deliver() call is handing the mail of this delivery key over right now.

    A retry of the same mail that arrives meanwhile (the sender timed out, maybe
    towards another node) is answered 4xx instead of delivering a second copy
    before the first attempt recorded its recipients. Deleted when the call ends;
    one left behind by a crashed process is taken over once ``expires_at`` passed.
    """

    key = models.CharField(max_length=200, unique=True)
    holder = models.CharField(max_length=100)  # host:pid:random, for the administrator
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"delivery lease of {self.holder} until {self.expires_at:%Y-%m-%d %H:%M:%S}"


class MtaStsPolicy(models.Model):
    """The last MTA-STS policy fetched for a domain (RFC 8461 5.1 cache).

    The raw body is kept and parsed again on use, so a parser fix applies to the
    cache too; ``record_id`` is the TXT id it was fetched under.
    """

    domain = models.CharField(max_length=255, unique=True)
    record_id = models.CharField(max_length=32)
    body = models.TextField()
    fetched_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"MTA-STS {self.domain} ({self.record_id})"


class TlsDeliveryFailure(models.Model):
    """TLS-required mail of one hand-over that the next hop did not take yet.

    The sender retries (4xx); once the first failure is older than
    ``SIEGEL_TLS_FALLBACK_AFTER`` seconds, the decision is made again without
    verified TLS and the mail goes the next way the policy allows (usually the
    portal), never plain. Kept in the database so any gateway node sees the count.
    """

    key = models.CharField(max_length=200, unique=True)
    first_failed_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveIntegerField(default=0)
    last_reason = models.TextField(blank=True)

    def __str__(self) -> str:
        return (
            f"TLS delivery failing since {self.first_failed_at:%Y-%m-%d %H:%M} ({self.attempts}x)"
        )
