"""Webhooks: a signed POST for each new shipment, after the commit, retried, never to inside.

A real HTTP server on 127.0.0.1 (``webhook_receiver``) plays the broker software
and checks every signature the way the docs tell broker software to.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from pytest_django.fixtures import Settings

from siegel.audit.models import AuditEvent
from siegel.core.keyring import Keyring
from siegel.keys import sealed
from siegel.keys.masterkey import keyring
from siegel.partners import webhook_delivery, webhooks
from siegel.partners.errors import NotPermitted
from siegel.partners.models import Role
from siegel.partners.webhook_delivery import MAX_ATTEMPTS, RETRY_AFTER, deliver_due, deliver_one
from siegel.partners.webhook_models import DeliveryState, WebhookAttempt, WebhookDelivery
from siegel.partners.webhook_signing import secret_of, signature, verify
from tests.partners.conftest import ADMIN, Pair, deposit, make_user, signed_in
from tests.partners.webhook_receiver import HANG, Receiver, receiving

pytestmark = pytest.mark.django_db


@pytest.fixture
def receiver(settings: Settings) -> Iterator[Receiver]:
    settings.SIEGEL_PARTNERS_WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    settings.SIEGEL_PARTNERS_WEBHOOK_CONNECT_TIMEOUT = 2
    settings.SIEGEL_PARTNERS_WEBHOOK_READ_TIMEOUT = 0.5
    with receiving() as listening:
        yield listening


def later(seconds: float) -> dt.datetime:
    return timezone.now() + dt.timedelta(seconds=seconds)


HOOK = "/postfach/firma/webhook/"


def only_delivery() -> WebhookDelivery:
    (delivery,) = WebhookDelivery.objects.all()
    return delivery


def test_a_deposit_is_told_by_one_signed_post_without_personal_content(
    firms: Pair, receiver: Receiver
) -> None:
    saved = webhooks.set_webhook(firms.a, receiver.url())
    assert saved.secret is not None and saved.secret.startswith("whsec_")
    shipment = deposit(firms.a.firm)
    delivery = only_delivery()
    assert delivery.state == DeliveryState.PENDING and receiver.requests == []
    task = DBTaskResult.objects.get(task_path="siegel.partners.tasks.deliver_webhook")
    assert task.args_kwargs["args"] == [delivery.pk]

    assert deliver_one(delivery.pk) == "delivered"
    (got,) = receiver.requests
    assert got.path == "/siegel/hook"
    assert verify(saved.secret, got.headers, got.body)
    assert got.headers["webhook-id"] == got.headers["idempotency-key"] == delivery.event_id
    assert got.headers["content-type"] == "application/json"
    assert abs(int(got.headers["webhook-timestamp"]) - timezone.now().timestamp()) < 60
    event = json.loads(got.body)
    assert event["type"] == "shipment.created"
    assert event["data"] == {
        "id": shipment.pk,
        "category": shipment.category,
        "deposited_at": shipment.deposited_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "expires_at": shipment.expires_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    for personal in (b"Erika", b"Mustermann", b"KV-4711", b"Nachtrag", b"nachtrag.pdf"):
        assert personal not in got.body
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.DELIVERED and delivery.last_status == 204
    (attempt,) = WebhookAttempt.objects.all()
    assert attempt.number == 1 and attempt.status == 204 and attempt.outcome == "delivered"
    audited = AuditEvent.objects.get(action="partners.webhook.delivered")
    assert audited.target == f"firm:{firms.a.firm.pk}"
    assert audited.details["event"] == delivery.event_id


def test_the_signature_is_the_standard_webhooks_one() -> None:
    """The example of the Standard Webhooks specification's reference libraries."""
    secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    body = b'{"test": 2432232314}'
    assert (
        signature(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body)
        == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
    )
    # The example request in docs/partners-api.md, signed with that secret, checks out.
    docs = (Path(__file__).parents[2] / "docs" / "partners-api.md").read_text()
    example = docs.split("```http\n", 1)[1].split("```", 1)[0]
    head, _, body_text = example.partition("\n\n")
    headers = dict(line.split(": ", 1) for line in head.splitlines()[1:])
    stamp = int(headers["webhook-timestamp"])
    assert verify(
        secret,
        headers,
        body_text.strip().encode(),
        now=dt.datetime.fromtimestamp(stamp, dt.UTC),
    )


def test_verification_refuses_old_altered_and_foreign_requests() -> None:
    secret = webhooks.new_secret()
    body = b'{"type":"shipment.created"}'
    stamp = int(timezone.now().timestamp())
    headers = {
        "Webhook-Id": "msg_1",
        "Webhook-Timestamp": str(stamp),
        "Webhook-Signature": signature(secret, "msg_1", stamp, body),
    }
    assert verify(secret, headers, body)
    assert not verify(secret, headers, body + b" ")
    assert not verify(webhooks.new_secret(), headers, body)
    assert not verify(secret, headers | {"Webhook-Id": "msg_2"}, body)
    assert not verify(secret, headers, body, now=timezone.now() + dt.timedelta(minutes=6))
    assert not verify(secret, headers | {"Webhook-Timestamp": "x"}, body)
    several = f"v1,bm90IGl0 {headers['Webhook-Signature']}"
    assert verify(secret, headers | {"Webhook-Signature": several}, body)


def test_no_network_inside_the_deposit_transaction(firms: Pair, receiver: Receiver) -> None:
    webhooks.set_webhook(firms.a, receiver.url())
    real = webhook_delivery.post
    calls = []

    def outside_transactions(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(connection.in_atomic_block)
        return real(*args, **kwargs)

    with mock.patch.object(webhook_delivery, "post", outside_transactions):
        deposit(firms.a.firm)
        assert calls == []  # the deposit itself posts nothing
        deliver_one(only_delivery().pk)
    # The test runs in a transaction of its own, so the block is the test's: one level only.
    assert len(calls) == 1 and len(receiver.requests) == 1


@pytest.mark.django_db(transaction=True)
def test_the_post_runs_outside_any_transaction(settings: Settings) -> None:
    from tests.partners.conftest import make_firm

    settings.SIEGEL_PARTNERS_WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    admin = make_firm()
    real = webhook_delivery.post
    seen = []

    def outside_transactions(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(connection.in_atomic_block)
        return real(*args, **kwargs)

    with (
        receiving() as listening,
        mock.patch.object(webhook_delivery, "post", outside_transactions),
    ):
        webhooks.set_webhook(admin, listening.url())
        deposit(admin.firm)
        assert deliver_one(only_delivery().pk) == "delivered"
    assert seen == [False]


def test_a_500_is_retried_after_the_wait_then_delivered_with_the_same_id_and_body(
    firms: Pair, receiver: Receiver
) -> None:
    secret = webhooks.set_webhook(firms.a, receiver.url()).secret
    assert secret is not None
    receiver.script = [500]
    deposit(firms.a.firm)
    delivery = only_delivery()
    assert deliver_one(delivery.pk) == "retry"
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.PENDING and delivery.last_status == 500
    assert delivery.last_error == "HTTP 500" and delivery.attempts == 1
    assert (
        dt.timedelta(seconds=55)
        < delivery.next_attempt - timezone.now()
        <= dt.timedelta(seconds=RETRY_AFTER[0])
    )
    assert deliver_one(delivery.pk) == "not due"
    assert deliver_due() == 0 and len(receiver.requests) == 1
    assert deliver_due(now=later(RETRY_AFTER[0] + 1)) == 1
    first, second = receiver.requests
    assert first.headers["webhook-id"] == second.headers["webhook-id"] == delivery.event_id
    assert first.body == second.body and verify(secret, second.headers, second.body)
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.DELIVERED and delivery.attempts == 2
    assert list(WebhookAttempt.objects.values_list("number", "status", "outcome")) == [
        (1, 500, "retry"),
        (2, 204, "delivered"),
    ]


def test_429_and_503_are_retried_and_given_up_after_the_last_attempt(
    firms: Pair, receiver: Receiver
) -> None:
    webhooks.set_webhook(firms.a, receiver.url())
    receiver.script = [429] + [503] * (MAX_ATTEMPTS - 1) + [204]
    deposit(firms.a.firm)
    delivery = only_delivery()
    moment = timezone.now()
    results = [deliver_one(delivery.pk, now=moment)]
    for wait in RETRY_AFTER:
        moment += dt.timedelta(seconds=wait + 1)
        results.append(deliver_one(delivery.pk, now=moment))
    assert results == ["retry"] * (MAX_ATTEMPTS - 1) + ["given up"]
    assert sum(RETRY_AFTER) < 24 * 3600, "given up within a day"
    assert deliver_due(now=moment + dt.timedelta(days=2)) == 0
    assert len(receiver.requests) == MAX_ATTEMPTS
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.FAILED and delivery.finished_at is not None
    event = AuditEvent.objects.get(action="partners.webhook.failed")
    assert event.details["given_up"] is True and event.details["attempts"] == MAX_ATTEMPTS


@pytest.mark.parametrize("status", [400, 401, 404, 410, 302])
def test_other_answers_fail_for_good_at_once_and_redirects_are_not_followed(
    firms: Pair, receiver: Receiver, status: int
) -> None:
    webhooks.set_webhook(firms.a, receiver.url())
    receiver.script = [status]
    deposit(firms.a.firm)
    delivery = only_delivery()
    assert deliver_one(delivery.pk) == "failed"
    assert deliver_due(now=later(3600 * 24)) == 0
    assert len(receiver.requests) == 1  # a redirect's Location was not asked for
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.FAILED and delivery.last_status == status
    assert AuditEvent.objects.get(action="partners.webhook.failed").details["given_up"] is False


def test_an_answer_that_does_not_come_in_time_is_retried(firms: Pair, receiver: Receiver) -> None:
    webhooks.set_webhook(firms.a, receiver.url())
    receiver.script = [HANG]
    deposit(firms.a.firm)
    delivery = only_delivery()
    assert deliver_one(delivery.pk) == "retry"
    delivery.refresh_from_db()
    assert delivery.last_error == "Zeitüberschreitung beim Warten auf die Antwort"
    assert delivery.last_status is None
    receiver.release.set()
    assert deliver_one(delivery.pk, now=later(RETRY_AFTER[0] + 1)) == "delivered"


def test_a_refused_connection_is_retried(firms: Pair, receiver: Receiver) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    webhooks.set_webhook(firms.a, f"http://127.0.0.1:{closed}/hook")
    deposit(firms.a.firm)
    assert deliver_one(only_delivery().pk) == "retry"
    assert only_delivery().last_error == "Verbindung abgelehnt"


def test_an_event_is_delivered_once(firms: Pair, receiver: Receiver) -> None:
    webhooks.set_webhook(firms.a, receiver.url())
    shipment = deposit(firms.a.firm, key="same")
    again = deposit(firms.a.firm, key="same")
    assert again.pk == shipment.pk and WebhookDelivery.objects.count() == 1
    delivery = only_delivery()
    assert deliver_one(delivery.pk) == "delivered"
    assert deliver_one(delivery.pk) == "not due"
    assert deliver_one(delivery.pk, now=later(3600 * 48)) == "not due"
    assert deliver_due(now=later(3600 * 48)) == 0
    assert len(receiver.requests) == 1


def test_a_crashed_attempt_is_taken_up_again_after_its_claim(
    firms: Pair, receiver: Receiver
) -> None:
    webhooks.set_webhook(firms.a, receiver.url())
    deposit(firms.a.firm)
    delivery = only_delivery()
    # A worker claimed it and died before it wrote anything back.
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        next_attempt=timezone.now() + webhook_delivery.CLAIM, attempts=1
    )
    assert deliver_due() == 0
    assert deliver_due(now=later(webhook_delivery.CLAIM.total_seconds() + 1)) == 1


def test_firms_are_kept_apart(firms: Pair, receiver: Receiver) -> None:
    webhooks.set_webhook(firms.a, receiver.url("/a"))
    deposit(firms.b.firm, key="b-1")  # firm B has no webhook: nothing is queued
    assert WebhookDelivery.objects.count() == 0
    webhooks.set_webhook(firms.b, receiver.url("/b"))
    deposit(firms.a.firm, key="a-1")
    deposit(firms.b.firm, key="b-2")
    assert deliver_due() == 2
    assert sorted(r.path for r in receiver.requests) == ["/a", "/b"]
    hook_a, hook_b = webhooks.webhook_of(firms.a), webhooks.webhook_of(firms.b)
    assert hook_a is not None and hook_b is not None and hook_a.pk != hook_b.pk
    assert [d.webhook_id for d in webhooks.recent_deliveries(hook_a)] == [hook_a.pk]
    secret_a, secret_b = secret_of(hook_a), secret_of(hook_b)
    for got in receiver.requests:
        mine, theirs = (secret_a, secret_b) if got.path == "/a" else (secret_b, secret_a)
        assert verify(mine, got.headers, got.body) and not verify(theirs, got.headers, got.body)


def test_only_an_active_firm_administrator_sets_the_webhook(
    firms: Pair, receiver: Receiver
) -> None:
    colleague = make_user(firms.a, "kollege@makler-a.example", Role.PORTFOLIO)
    with pytest.raises(NotPermitted):
        webhooks.set_webhook(colleague, receiver.url())
    with pytest.raises(NotPermitted):
        webhooks.renew_secret(firms.a)  # no webhook yet


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/hook",
        "https://127.0.0.1/hook",
        "https://localhost/hook",
        "https://10.1.2.3/hook",
        "https://192.168.0.10/hook",
        "https://172.16.0.1/hook",
        "https://169.254.169.254/latest/meta-data/",
        "https://100.64.0.1/hook",
        "https://[::1]/hook",
        "https://[fd00::1]/hook",
        "https://[::ffff:127.0.0.1]/hook",
        "https://0.0.0.0/hook",
        "https://intern.makler-a.example/hook",
    ],
)
def test_webhooks_do_not_reach_inside(firms: Pair, url: str) -> None:
    """Without an allowed network, loopback, private and link-local addresses are refused."""
    real = socket.getaddrinfo

    def names(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        if host == "intern.makler-a.example":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", 443))]
        return real(host, *args, **kwargs)

    with (
        mock.patch("socket.getaddrinfo", names),
        pytest.raises(webhooks.WebhookRefused, match="nicht öffentliches Netz"),
    ):
        webhooks.set_webhook(firms.a, url)
    assert webhooks.webhook_of(firms.a) is None


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://makler-a.example/hook", "https://"),
        ("ftp://makler-a.example/hook", "https://"),
        ("https://nutzer:passwort@makler-a.example/hook", "Benutzernamen"),
        ("https:///hook", "keinen Rechner"),
        ("https://makler-a.example/ho ok", "Leer- oder Steuerzeichen"),
        ("https://makler-a.example:99999/hook", "ungültig"),
        ("https://makler-a.example/" + "x" * 500, "länger"),
    ],
)
def test_malformed_webhook_urls_are_refused(firms: Pair, url: str, reason: str) -> None:
    public = [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", 443))]
    with (
        mock.patch("socket.getaddrinfo", return_value=public),
        pytest.raises(webhooks.WebhookRefused, match=reason),
    ):
        webhooks.set_webhook(firms.a, url)


def test_a_public_https_url_is_accepted(firms: Pair) -> None:
    public = [(socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("2606:2800:21f:cb07::1", 443, 0, 0))]
    with mock.patch("socket.getaddrinfo", return_value=public):
        saved = webhooks.set_webhook(firms.a, " https://Hooks.Makler-A.example/siegel?f=1#x ")
    assert saved.webhook.url == "https://Hooks.Makler-A.example/siegel?f=1"


def test_the_checked_address_is_the_one_connected_to(firms: Pair, receiver: Receiver) -> None:
    """The name is resolved and checked once; the POST goes to that address with the name."""
    answers = iter(["127.0.0.1", "127.0.0.1", "10.9.9.9"])
    real = socket.getaddrinfo

    def rebinding(host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        if host != "hooks.makler-a.example":  # the checked address itself
            return real(host, port, *args, **kwargs)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]

    with mock.patch("socket.getaddrinfo", rebinding):
        webhooks.set_webhook(firms.a, receiver.url(host="hooks.makler-a.example"))
        deposit(firms.a.firm)
        assert deliver_one(only_delivery().pk) == "delivered"
        (got,) = receiver.requests
        assert got.headers["host"] == f"hooks.makler-a.example:{receiver.port}"
        # The name now leads inside: the next event is refused, not sent.
        deposit(firms.a.firm, key="k-2")
        newest = WebhookDelivery.objects.order_by("-pk").first()
        assert newest is not None and deliver_one(newest.pk) == "failed"
    assert len(receiver.requests) == 1
    newest.refresh_from_db()
    assert "nicht öffentliches Netz" in newest.last_error


def test_a_url_allowed_once_is_checked_again_at_every_attempt(
    firms: Pair, receiver: Receiver, settings: Settings
) -> None:
    webhooks.set_webhook(firms.a, receiver.url())
    settings.SIEGEL_PARTNERS_WEBHOOK_ALLOWED_NETWORKS = []
    deposit(firms.a.firm)
    assert deliver_one(only_delivery().pk) == "failed"
    assert receiver.requests == []
    assert "nicht öffentliches Netz" in only_delivery().last_error


def test_the_secret_is_sealed_shown_once_and_renewed(firms: Pair, receiver: Receiver) -> None:
    first = webhooks.set_webhook(firms.a, receiver.url())
    assert first.secret is not None
    hook = first.webhook
    assert first.secret.encode() not in bytes(hook.sealed_secret)
    assert hook.secret_hint == first.secret[:10]
    assert webhooks.set_webhook(firms.a, receiver.url("/neu")).secret is None  # URL only
    renewed = webhooks.renew_secret(firms.a)
    assert renewed.secret is not None and renewed.secret != first.secret
    deposit(firms.a.firm)
    assert deliver_one(only_delivery().pk) == "delivered"
    (got,) = receiver.requests
    assert got.path == "/neu"
    assert verify(renewed.secret, got.headers, got.body)
    assert not verify(first.secret, got.headers, got.body)
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"partners.webhook.create", "partners.webhook.change", "partners.webhook.secret"} <= (
        actions
    )
    assert not AuditEvent.objects.filter(details__icontains=first.secret).exists()


def test_the_secret_is_resealed_when_the_master_key_rotates(
    firms: Pair, receiver: Receiver
) -> None:
    saved = webhooks.set_webhook(firms.a, receiver.url())
    ring = Keyring((os.urandom(32), *keyring().keys))
    assert sealed.reseal(ring)["webhook secrets"] == 1
    hook = webhooks.webhook_of(firms.a)
    assert hook is not None
    assert ring.open(bytes(hook.sealed_secret), hook.seal_context).decode() == saved.secret


def test_a_switched_off_webhook_gets_nothing(firms: Pair, receiver: Receiver) -> None:
    webhooks.set_webhook(firms.a, receiver.url())
    deposit(firms.a.firm, key="before")
    webhooks.switch_own_webhook(firms.a, False)
    deposit(firms.a.firm, key="after")
    assert deliver_due() == 0 and receiver.requests == []
    delivery = only_delivery()
    assert delivery.state == DeliveryState.FAILED and delivery.last_error == "Webhook ausgeschaltet"
    assert AuditEvent.objects.filter(action="partners.webhook.switch_off").count() == 1
    webhooks.set_webhook(firms.a, receiver.url())  # saving the URL switches it on again
    deposit(firms.a.firm, key="again")
    assert deliver_due() == 1


def test_finished_deliveries_are_forgotten_with_the_shipments(
    firms: Pair, receiver: Receiver, settings: Settings
) -> None:
    webhooks.set_webhook(firms.a, receiver.url())
    deposit(firms.a.firm)
    deliver_due()
    days = settings.SIEGEL_PARTNERS_SHIPMENT_DAYS
    assert webhook_delivery.forget_finished(now=later(86400 * (days - 1))) == 0
    assert webhook_delivery.forget_finished(now=later(86400 * (days + 1))) == 1
    assert not WebhookAttempt.objects.exists()


def test_staff_see_webhooks_and_deliveries_and_switch_them_never_the_secret(
    firms: Pair, receiver: Receiver, admin_client: Client
) -> None:
    saved = webhooks.set_webhook(firms.a, receiver.url())
    assert saved.secret is not None
    receiver.script = [500]
    deposit(firms.a.firm)
    delivery = only_delivery()
    deliver_one(delivery.pk)
    hook = saved.webhook
    pages = [
        admin_client.get("/admin/partners/webhook/"),
        admin_client.get(f"/admin/partners/webhook/{hook.pk}/change/"),
        admin_client.get("/admin/partners/webhookdelivery/"),
        admin_client.get(f"/admin/partners/webhookdelivery/{delivery.pk}/change/"),
    ]
    for page in pages:
        assert page.status_code == 200
        assert saved.secret not in page.content.decode()
        assert saved.secret[6:20] not in page.content.decode()
    assert "HTTP 500" in pages[3].content.decode()
    admin_client.post(
        "/admin/partners/webhook/", {"action": "switch_off", "_selected_action": [hook.pk]}
    )
    hook.refresh_from_db()
    assert not hook.active
    event = AuditEvent.objects.get(action="partners.webhook.switch_off")
    assert event.actor.startswith("user:")


# --- sending a finished event again ---------------------------------------------------------


def test_the_administrator_sends_a_given_up_event_again_with_the_same_id(
    firms: Pair, receiver: Receiver
) -> None:
    webhooks.set_webhook(firms.a, receiver.url())
    receiver.script = [410]  # gone: given up at once
    deposit(firms.a.firm)
    delivery = only_delivery()
    deliver_one(delivery.pk)
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.FAILED
    client = signed_in(Client(), ADMIN)
    page = client.get(HOOK).content.decode()
    resend_path = f"{HOOK}meldung/{delivery.pk}/erneut/"
    assert resend_path in page and "Erneut senden" in page

    done = client.post(resend_path, follow=True).content.decode()
    assert "wird erneut gesendet" in done
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts, delivery.finished_at) == (
        DeliveryState.PENDING,
        0,
        None,
    )
    assert deliver_due() == 1
    first, again = receiver.requests
    assert again.headers["webhook-id"] == first.headers["webhook-id"] == delivery.event_id
    assert again.body == first.body
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.DELIVERED
    assert WebhookAttempt.objects.filter(delivery=delivery).count() == 2
    event = AuditEvent.objects.get(action="partners.webhook.resend")
    assert event.details["event"] == delivery.event_id
    assert event.actor == f"user:{firms.a.account.user_id}"


def test_a_pending_event_or_a_switched_off_webhook_is_not_sent_again(
    firms: Pair, receiver: Receiver
) -> None:
    webhooks.set_webhook(firms.a, receiver.url())
    deposit(firms.a.firm)
    delivery = only_delivery()
    client = signed_in(Client(), ADMIN)
    path = f"{HOOK}meldung/{delivery.pk}/erneut/"
    assert path not in client.get(HOOK).content.decode()
    answer = client.post(path, follow=True).content.decode()
    assert "kann nicht erneut gesendet werden" in answer
    deliver_due()
    webhooks.switch_own_webhook(firms.a, False)
    with pytest.raises(NotPermitted):
        webhooks.resend_own(firms.a, WebhookDelivery.objects.get())
    assert "kann nicht erneut gesendet werden" in client.post(path, follow=True).content.decode()
    assert len(receiver.requests) == 1
    assert not AuditEvent.objects.filter(action="partners.webhook.resend").exists()


def test_another_firms_event_is_not_found_and_the_attempt_audited(
    firms: Pair, receiver: Receiver
) -> None:
    webhooks.set_webhook(firms.a, receiver.url())
    deposit(firms.a.firm)
    deliver_due()
    delivery = only_delivery()
    client = signed_in(Client(), "chef@makler-b.example")
    assert client.post(f"{HOOK}meldung/{delivery.pk}/erneut/").status_code == 404
    assert AuditEvent.objects.filter(
        action="partners.access.denied", details__what="webhook-delivery"
    ).exists()
    colleague = make_user(firms.a, "kollege@makler-a.example", Role.PORTFOLIO)
    assert colleague.pk
    other = signed_in(Client(), "kollege@makler-a.example")
    assert other.post(f"{HOOK}meldung/{delivery.pk}/erneut/").status_code == 404
    assert len(receiver.requests) == 1


def test_staff_send_chosen_events_again_from_the_admin(
    firms: Pair, receiver: Receiver, admin_client: Client
) -> None:
    webhooks.set_webhook(firms.a, receiver.url())
    receiver.script = [410]
    deposit(firms.a.firm)
    deposit(firms.a.firm, "k-2")
    given_up, still_pending = WebhookDelivery.objects.order_by("pk")
    deliver_one(given_up.pk)
    answer = admin_client.post(
        "/admin/partners/webhookdelivery/",
        {"action": "resend", "_selected_action": [given_up.pk, still_pending.pk]},
        follow=True,
    ).content.decode()
    assert "1 Meldungen werden erneut gesendet, 1 übersprungen" in answer
    given_up.refresh_from_db()
    assert given_up.state == DeliveryState.PENDING and given_up.attempts == 0
    event = AuditEvent.objects.get(action="partners.webhook.resend")
    assert event.actor.startswith("user:") and event.details["event"] == given_up.event_id
