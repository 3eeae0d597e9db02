"""A firm's webhook and the events queued for it: written with their cause, sent after the commit.

A firm may name one URL that is told of each new shipment (``shipment.created``),
so broker software need not poll. The event is written in the deposit's own
transaction (:func:`queue_new_shipment`), like the outbox's mails: it exists
exactly when the shipment does, and the POST leaves after the commit, from the
task worker (:mod:`siegel.partners.webhook_delivery`). Its body holds no personal
content — the shipment's id, category and dates; the software fetches the rest
through the API with its own credential.

The secret that signs every request is sealed under the master key, bound to
the firm (``Webhook.seal_context``): the worker needs it in clear to sign, so a
hash would not do, and a copy of the database alone opens nothing.

The models live in this module (loaded by ``PartnersConfig.ready``), like the
API credentials, so webhooks can grow without touching the firm model.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from siegel.partners.models import Firm, Shipment

EVENT_SHIPMENT_CREATED = "shipment.created"


class Webhook(models.Model):
    """One firm's webhook: where to POST, whether it is on, and the sealed signing secret."""

    firm = models.OneToOneField(Firm, on_delete=models.CASCADE, related_name="webhook")
    url = models.CharField(_("Adresse (URL)"), max_length=500)
    active = models.BooleanField(_("eingeschaltet"), default=True)
    sealed_secret = models.BinaryField(editable=False)
    # The secret's first characters, so the firm can tell which one its software holds.
    secret_hint = models.CharField(_("Geheimnis beginnt mit"), max_length=16, editable=False)
    secret_created = models.DateTimeField(_("Geheimnis erzeugt am"))
    created = models.DateTimeField(_("angelegt"), auto_now_add=True)
    changed = models.DateTimeField(_("geändert"), auto_now=True)
    changed_by = models.CharField(_("geändert von"), max_length=100)

    class Meta:
        app_label = "partners"
        verbose_name = _("Webhook")
        verbose_name_plural = _("Webhooks")
        ordering = ["firm__name", "pk"]

    def __str__(self) -> str:
        return f"Webhook {self.firm_id}: {self.url}"

    @property
    def seal_context(self) -> str:
        """The sealed secret opens for this firm's webhook only."""
        return f"partners-webhook-secret:{self.firm_id}"


class DeliveryState(models.TextChoices):
    PENDING = "pending", _("wird zugestellt")
    DELIVERED = "delivered", _("zugestellt")
    FAILED = "failed", _("fehlgeschlagen")


class WebhookDelivery(models.Model):
    """One event for one webhook, until it is delivered or given up.

    ``event_id`` is the ``webhook-id`` header: the same for every attempt, so the
    receiver can tell a repeated delivery (after a lost answer) from a new event.
    ``body`` is kept as sent, byte for byte, so every attempt sends the same.
    """

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    event_id = models.CharField(_("Ereignis"), max_length=40, unique=True, editable=False)
    event_type = models.CharField(_("Art"), max_length=40)
    # Not a foreign key: the record of a delivery outlives the shipment's expiry.
    shipment_id = models.PositiveBigIntegerField(_("Lieferung"), null=True, blank=True)
    body = models.TextField(editable=False)
    state = models.CharField(
        _("Status"), max_length=10, choices=DeliveryState.choices, default=DeliveryState.PENDING
    )
    created = models.DateTimeField(_("entstanden"), auto_now_add=True)
    next_attempt = models.DateTimeField(_("nächster Versuch"), db_index=True)
    attempts = models.PositiveIntegerField(_("Versuche"), default=0)
    finished_at = models.DateTimeField(_("abgeschlossen"), null=True, blank=True)
    last_status = models.PositiveSmallIntegerField(_("letzte Antwort"), null=True, blank=True)
    last_error = models.CharField(_("letzter Fehler"), max_length=300, blank=True)

    class Meta:
        app_label = "partners"
        verbose_name = _("Webhook-Zustellung")
        verbose_name_plural = _("Webhook-Zustellungen")
        ordering = ["-created", "-pk"]
        indexes = [
            models.Index(fields=["state", "next_attempt"], name="webhook_due"),
            models.Index(fields=["webhook", "-created", "-id"], name="webhook_recent"),
        ]
        constraints = [
            # One event of a kind per shipment and webhook, however often the deposit runs.
            models.UniqueConstraint(
                fields=["webhook", "event_type", "shipment_id"], name="webhook_one_event"
            )
        ]

    def __str__(self) -> str:
        return f"{self.event_type} {self.event_id}"


class AttemptOutcome(models.TextChoices):
    DELIVERED = "delivered", _("zugestellt")
    RETRY = "retry", _("wird wiederholt")
    FAILED = "failed", _("fehlgeschlagen")


class WebhookAttempt(models.Model):
    """One POST of a delivery (or the refusal to make it): when, where, and what came back."""

    delivery = models.ForeignKey(
        WebhookDelivery, on_delete=models.CASCADE, related_name="attempt_log"
    )
    number = models.PositiveIntegerField(_("Versuch"))
    at = models.DateTimeField(_("Zeitpunkt"))
    url = models.CharField(_("Adresse (URL)"), max_length=500)
    status = models.PositiveSmallIntegerField(_("HTTP-Status"), null=True, blank=True)
    error = models.CharField(_("Fehler"), max_length=300, blank=True)
    outcome = models.CharField(_("Ergebnis"), max_length=10, choices=AttemptOutcome.choices)
    duration_ms = models.PositiveIntegerField(_("Dauer (ms)"), default=0)

    class Meta:
        app_label = "partners"
        verbose_name = _("Zustellversuch")
        verbose_name_plural = _("Zustellversuche")
        ordering = ["delivery", "number"]

    def __str__(self) -> str:
        return f"{self.delivery_id} #{self.number}: {self.outcome}"


def utc_text(moment: dt.datetime) -> str:
    """ISO 8601 in UTC with a ``Z``, to the second, as the event body carries times."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def shipment_created_body(shipment: Shipment, *, now: dt.datetime) -> str:
    """The event's JSON: what the software needs to fetch the shipment, and nothing personal.

    No customer, policy number, subject or document name: those stay behind the API.
    """
    return json.dumps(
        {
            "type": EVENT_SHIPMENT_CREATED,
            "timestamp": utc_text(now),
            "data": {
                "id": shipment.pk,
                "category": shipment.category,
                "deposited_at": utc_text(shipment.deposited_at),
                "expires_at": utc_text(shipment.expires_at),
            },
        },
        separators=(",", ":"),
    )


def new_event_id() -> str:
    return "msg_" + secrets.token_hex(16)


def queue_new_shipment(shipment: Shipment) -> WebhookDelivery | None:
    """Queue ``shipment.created`` for the firm's webhook, in the deposit's transaction.

    Nothing when the firm has no webhook or has switched it off. The database task
    queue writes the first attempt's task in this transaction, so it runs after the
    commit — no network while the deposit's transaction is open.
    """
    from siegel.partners.tasks import deliver_webhook

    hook = Webhook.objects.filter(firm_id=shipment.firm_id, active=True).first()
    if hook is None:
        return None
    now = timezone.now()
    delivery = WebhookDelivery.objects.create(
        webhook=hook,
        event_id=new_event_id(),
        event_type=EVENT_SHIPMENT_CREATED,
        shipment_id=shipment.pk,
        body=shipment_created_body(shipment, now=now),
        next_attempt=now,
    )
    deliver_webhook.enqueue(delivery.pk)
    return delivery
