"""Setting a firm's webhook up: its URL, its secret, on or off (see ``webhook_signing``).

The firm administrator sets the URL (:func:`set_webhook`); the secret is made
then and whenever they ask for a new one (:func:`renew_secret`), and is shown to
them that once: Siegel keeps it sealed under the master key, for signing only.
Staff switch a firm's webhook off or on in the admin (:func:`switch_webhook`);
they never see the secret. A finished event (delivered, or given up) can be sent
again by hand (:func:`resend`), by the firm administrator or by staff. Every
change is audited.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from siegel.audit.services import record
from siegel.keys.masterkey import keyring
from siegel.partners import services
from siegel.partners.errors import NotPermitted, PartnerError
from siegel.partners.models import Membership
from siegel.partners.tasks import deliver_webhook
from siegel.partners.webhook_delivery import check_url
from siegel.partners.webhook_models import DeliveryState, Webhook, WebhookDelivery
from siegel.partners.webhook_signing import SECRET_PREFIX, new_secret

RECENT = 20  # deliveries the firm administrator sees


def _seal(hook: Webhook, secret: str) -> None:
    hook.sealed_secret = keyring().seal(secret.encode(), hook.seal_context)
    hook.secret_hint = secret[: len(SECRET_PREFIX) + 4]
    hook.secret_created = timezone.now()


# --- setting a webhook up -----------------------------------------------------------------


class WebhookRefused(PartnerError):
    """The URL cannot be a webhook's; ``reason`` is a German sentence for the page."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class SavedWebhook:
    """The webhook, and its new secret when one was made: show it now, never again."""

    webhook: Webhook
    secret: str | None = None


def webhook_of(admin: Membership) -> Webhook | None:
    return Webhook.objects.filter(firm_id=admin.firm_id).first()


def set_webhook(admin: Membership, url: str) -> SavedWebhook:
    """Set the firm's webhook URL (switching it on); the first time with a new secret.

    The URL is checked before the transaction opens — it resolves the host name —
    so no network is used while the database is locked.
    """
    services.check_firm_admin(admin)
    try:
        cleaned = check_url(url)
    except ValueError as refused:
        raise WebhookRefused(str(refused)) from refused
    actor = services.actor_of(admin)
    with transaction.atomic():
        hook = Webhook.objects.select_for_update().filter(firm_id=admin.firm_id).first()
        if hook is None:
            hook = Webhook(firm_id=admin.firm_id, url=cleaned, changed_by=actor)
            secret = new_secret()
            _seal(hook, secret)
            hook.save()
            record(actor, "partners.webhook.create", _target(hook), {"url": cleaned})
            return SavedWebhook(hook, secret)
        previous, was_active = hook.url, hook.active
        hook.url, hook.active, hook.changed_by = cleaned, True, actor
        hook.save(update_fields=["url", "active", "changed_by", "changed"])
        record(
            actor,
            "partners.webhook.change",
            _target(hook),
            {"from": previous, "to": cleaned, "switched_on": not was_active},
        )
    return SavedWebhook(hook)


def renew_secret(admin: Membership) -> SavedWebhook:
    """A new signing secret, in force at once (the old one signs nothing more)."""
    services.check_firm_admin(admin)
    actor = services.actor_of(admin)
    with transaction.atomic():
        hook = Webhook.objects.select_for_update().filter(firm_id=admin.firm_id).first()
        if hook is None:
            raise NotPermitted("the firm has no webhook")
        secret = new_secret()
        _seal(hook, secret)
        hook.changed_by = actor
        hook.save(
            update_fields=[
                "sealed_secret",
                "secret_hint",
                "secret_created",
                "changed_by",
                "changed",
            ]
        )
        record(actor, "partners.webhook.secret", _target(hook), {"hint": hook.secret_hint})
    return SavedWebhook(hook, secret)


def switch_webhook(hook: Webhook, active: bool, *, actor: str) -> Webhook:
    """Switch a webhook off (events are no longer queued; pending ones fail) or on again."""
    with transaction.atomic():
        changed = (
            Webhook.objects.filter(pk=hook.pk)
            .exclude(active=active)
            .update(active=active, changed_by=actor, changed=timezone.now())
        )
        if changed:
            record(
                actor,
                "partners.webhook.switch_on" if active else "partners.webhook.switch_off",
                _target(hook),
                {"url": hook.url},
            )
    hook.refresh_from_db()
    return hook


def switch_own_webhook(admin: Membership, active: bool) -> Webhook:
    """The firm administrator switches the firm's webhook off or on."""
    services.check_firm_admin(admin)
    hook = webhook_of(admin)
    if hook is None:
        raise NotPermitted("the firm has no webhook")
    return switch_webhook(hook, active, actor=services.actor_of(admin))


def resend(delivery: WebhookDelivery, *, actor: str) -> WebhookDelivery:
    """Queue a finished event once more: same event id, same body, a fresh round of retries.

    The same ``webhook-id`` lets a receiver that did get it the first time see a
    repeat; one that lost it (or was down past the last retry) gets it now. Only
    a finished delivery of a switched-on webhook: a pending one is under way
    already, and a switched-off webhook would only fail it again.
    """
    with transaction.atomic():
        changed = (
            WebhookDelivery.objects.filter(pk=delivery.pk, webhook__active=True)
            .exclude(state=DeliveryState.PENDING)
            .update(
                state=DeliveryState.PENDING,
                next_attempt=timezone.now(),
                attempts=0,
                finished_at=None,
            )
        )
        if not changed:
            raise NotPermitted("only a finished event of a switched-on webhook is sent again")
        record(
            actor,
            "partners.webhook.resend",
            f"firm:{delivery.webhook.firm_id}",
            {"event": delivery.event_id, "shipment": delivery.shipment_id},
        )
        deliver_webhook.enqueue(delivery.pk)  # the task row commits with the change
    delivery.refresh_from_db()
    return delivery


def resend_own(admin: Membership, delivery: WebhookDelivery) -> WebhookDelivery:
    """The firm administrator sends one of the firm's finished events again."""
    services.check_firm_admin(admin)
    if delivery.webhook.firm_id != admin.firm_id:
        raise NotPermitted("another firm's event")
    return resend(delivery, actor=services.actor_of(admin))


def own_deliveries(admin: Membership) -> QuerySet[WebhookDelivery]:
    """Every event of the firm's webhook: what the administrator may look at and send again."""
    return WebhookDelivery.objects.filter(webhook__firm_id=admin.firm_id).select_related("webhook")


def recent_deliveries(hook: Webhook, limit: int = RECENT) -> QuerySet[WebhookDelivery]:
    """The webhook's latest deliveries, newest first (what the firm administrator sees)."""
    return WebhookDelivery.objects.filter(webhook=hook).order_by("-created", "-pk")[:limit]


def _target(hook: Webhook) -> str:
    return f"firm:{hook.firm_id}"
