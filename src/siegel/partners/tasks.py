"""Background tasks of broker post."""

from __future__ import annotations

from django_tasks import task

from siegel.partners import services, webhook_delivery


@task()
def expire_shipments() -> int:
    """Warn about shipments near their end and delete expired ones (every hour).

    Webhook deliveries finished longer ago than a shipment is kept go with them.
    """
    webhook_delivery.forget_finished()
    return services.expire_shipments().deleted


@task()
def deliver_webhook(delivery_id: int) -> str:
    """The first attempt of a webhook event, queued with the deposit (runs after its commit)."""
    return webhook_delivery.deliver_one(delivery_id)


@task()
def deliver_due_webhooks() -> int:
    """Every minute: the webhook events due again after a failed attempt, or whose task was lost."""
    return webhook_delivery.deliver_due()
