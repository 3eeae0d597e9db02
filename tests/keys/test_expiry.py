"""Expiring own certificates are reported 30, 14 and 3 days ahead, once each."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytest_django.fixtures import Settings

from siegel.audit.models import AuditEvent
from siegel.keys import services
from siegel.web.periodic import enqueue_due
from tests.support.keystore import p12
from tests.support.outbox import send_queued
from tests.support.pki import NOW, Identity, issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def outbox(tmp_path: Path, settings: Settings) -> Path:
    settings.SIEGEL_NEXT_HOP = f"sink:{tmp_path / 'outbox'}"
    settings.SIEGEL_ADMIN_ADDRESS = "pki-team@versicherer.example"
    return tmp_path / "outbox"


def test_notices_at_each_threshold_once(ca: Identity, outbox: Path) -> None:
    services.import_p12(
        p12(issue(ca, "ina@versicherer.example", not_after=NOW + dt.timedelta(days=40))),
        b"geheim",
        actor="test",
    )
    services.import_p12(
        p12(issue(ca, "jan@versicherer.example", not_after=NOW + dt.timedelta(days=400))),
        b"geheim",
        actor="test",
    )

    assert services.notify_expiring_keys(now=NOW) == []
    reported = services.notify_expiring_keys(now=NOW + dt.timedelta(days=11))
    assert [k.address for k in reported] == ["ina@versicherer.example"]
    assert services.notify_expiring_keys(now=NOW + dt.timedelta(days=12)) == []
    assert len(services.notify_expiring_keys(now=NOW + dt.timedelta(days=27))) == 1
    assert len(services.notify_expiring_keys(now=NOW + dt.timedelta(days=38))) == 1
    assert services.notify_expiring_keys(now=NOW + dt.timedelta(days=39)) == []

    assert send_queued() == 3, "the notices leave through the outbox, after their transaction"
    mails = sorted(outbox.glob("*.eml"), key=lambda p: p.stat().st_mtime_ns)
    assert len(mails) == 3
    first = mails[0].read_bytes().decode()
    assert "X-Original-To: pki-team@versicherer.example" in first
    assert "ina@versicherer.example" in first and "jan@" not in first
    assert AuditEvent.objects.filter(action="keys.own.expiry_notice").count() == 3


def test_scheduler_enqueues_once_per_interval(settings: Settings) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    every_minute = "siegel.outbox.tasks.send_due_own_mails"
    hourly = "siegel.portal.tasks.delete_expired_messages"
    shipments = "siegel.partners.tasks.expire_shipments"
    webhooks = "siegel.partners.tasks.deliver_due_webhooks"
    everything = [
        "siegel.keys.tasks.notify_expiring_keys",
        "siegel.keys.tasks.refresh_revocation_and_revalidate",
        "siegel.gateway.tasks.forget_delivery_records",
        every_minute,
        hourly,
        shipments,
        webhooks,
    ]
    assert enqueue_due(now=NOW) == everything
    assert enqueue_due(now=NOW + dt.timedelta(seconds=30)) == []
    assert enqueue_due(now=NOW + dt.timedelta(minutes=50)) == [every_minute, webhooks]
    assert enqueue_due(now=NOW + dt.timedelta(hours=5)) == [
        "siegel.keys.tasks.refresh_revocation_and_revalidate",
        every_minute,
        hourly,
        shipments,
        webhooks,
    ]
    assert enqueue_due(now=NOW + dt.timedelta(hours=7)) == [
        "siegel.keys.tasks.notify_expiring_keys",
        every_minute,
        hourly,
        shipments,
        webhooks,
    ]


def test_admin_expiring_list(ca: Identity, client: object) -> None:
    from django.contrib.auth.models import User

    services.import_p12(
        p12(issue(ca, "bald@versicherer.example", not_after=NOW + dt.timedelta(days=10))),
        b"geheim",
        actor="t",
    )
    services.import_p12(p12(issue(ca, "spaet@versicherer.example")), b"geheim", actor="t")
    admin_user = User.objects.create_superuser(
        "admin", "a@versicherer.example", "Sehr-geheimes-Passwort-2026"
    )
    client.force_login(admin_user)  # type: ignore[attr-defined]
    page = client.get("/admin/keys/ownkey/", {"expiring": "14"}).content.decode()  # type: ignore[attr-defined]
    assert "bald@versicherer.example" in page and "spaet@versicherer.example" not in page
    assert "PRIVATE" not in page and "sealed" not in page.lower()
    detail = client.get("/admin/keys/ownkey/").content.decode()  # type: ignore[attr-defined]
    assert "spaet@versicherer.example" in detail
