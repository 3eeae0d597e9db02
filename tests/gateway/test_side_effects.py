"""Side effects of a mail — notifications, reports, deletions — happen once, after the commit.

Faults of the earlier outbound path: the portal notification was sent inside the
deposit's database transaction (a slow hop held every writer), reports had no
idempotency key (a retried transaction sent them twice), and nothing deleted the
messages whose deletion date the notification promised.
"""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone
from pytest_django.fixtures import Settings

from siegel.audit.models import AuditEvent
from siegel.gateway import pipeline
from siegel.gateway.delivery import Envelope
from siegel.outbox.models import OwnMail
from siegel.portal import services as portal_services
from siegel.portal.models import PortalMessage
from siegel.web.periodic import SCHEDULE
from tests.support.outbox import arrived, queued, send_queued

pytestmark = pytest.mark.django_db

HEALTH = (
    b"From: leistung@versicherer.example\r\nTo: kunde@example.org\r\n"
    b"Message-ID: <side-1@versicherer.example>\r\nSubject: Ihr Leistungsfall\r\n\r\n"
    b"Der Arztbericht liegt vor, Diagnose F32.1.\r\n"
)


class SilentHop:
    """An SMTP server that accepts connections and never says a word (a hung next hop)."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self.held: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            self.connections += 1
            self.held.append(client)

    def close(self) -> None:
        """Hang up on everyone and stop listening (shutdown wakes the accepting thread)."""
        if self.server.fileno() < 0:
            return
        self.server.shutdown(socket.SHUT_RDWR)
        self.server.close()
        for client in self.held:
            client.shutdown(socket.SHUT_RDWR)
            client.close()


@pytest.fixture
def silent_hop(settings: Settings) -> Iterator[SilentHop]:
    hop = SilentHop()
    settings.SIEGEL_NEXT_HOP = f"smtp://127.0.0.1:{hop.port}"
    settings.SIEGEL_LOCAL_DOMAINS = ["versicherer.example"]
    yield hop
    hop.close()


def test_a_deposit_does_not_wait_for_its_notification(silent_hop: SilentHop) -> None:
    """The deposit commits and the sender gets its answer; the notification waits in the outbox."""
    started = time.monotonic()
    result = pipeline.process(
        Envelope("leistung@versicherer.example", ("kunde@example.org",), HEALTH)
    )
    assert result.accepted, result
    assert time.monotonic() - started < 30, "well below the next hop's 60 s timeout"
    assert silent_hop.connections == 0, "nothing left during the SMTP transaction"
    assert PortalMessage.objects.get().account.address == "kunde@example.org"
    kinds = sorted(OwnMail.objects.values_list("kind", flat=True))
    assert kinds == [
        "accounts-one-time-password",
        "accounts-registration-link",
        "report-portal-deposit",
    ], "a first message: the two registration mails instead of the notification"
    assert not OwnMail.objects.filter(sent_at__isnull=False).exists()


def test_a_retried_transaction_reports_once(settings: Settings, tmp_path: Path) -> None:
    """Reactive permission missing: the author is told once, however often the MTA retries."""
    settings.SIEGEL_NEXT_HOP = f"sink:{tmp_path}"
    settings.SIEGEL_LOCAL_DOMAINS = ["versicherer.example"]
    settings.SIEGEL_POLICY = "portal-for-personal-lines"  # reactive: nobody wrote to us first
    mail = Envelope("leistung@versicherer.example", ("fremd@example.org",), HEALTH)
    for _ in range(3):
        assert pipeline.process(mail).accepted
    (report,) = queued("report-not-sent")
    assert "fremd@example.org" in report.get_body(("plain",)).get_content()
    assert send_queued() == 1 and send_queued() == 0
    assert len(arrived(tmp_path)) == 1


def test_expired_messages_are_deleted_by_the_hourly_task(settings: Settings) -> None:
    settings.SIEGEL_LOCAL_DOMAINS = ["versicherer.example"]
    (old,) = portal_services.deposit(
        recipients=["kunde@example.org"],
        sender="a@versicherer.example",
        message_id="<o>",
        content=b"x",
    )
    (fresh,) = portal_services.deposit(
        recipients=["kunde@example.org"],
        sender="a@versicherer.example",
        message_id="<f>",
        content=b"y",
    )
    PortalMessage.objects.filter(pk=old.message.pk).update(
        expires=timezone.now() - dt.timedelta(minutes=1)
    )
    assert "siegel.portal.tasks.delete_expired_messages" in SCHEDULE
    from siegel.portal.tasks import delete_expired_messages

    assert delete_expired_messages.call() == 1
    assert list(PortalMessage.objects.values_list("pk", flat=True)) == [fresh.message.pk]
    event = AuditEvent.objects.get(action="portal.message.delete")
    assert event.target == f"portal-message:{old.message.pk}"
    assert event.details == {"recipient": "kunde@example.org", "reason": "retention"}


@pytest.mark.django_db(transaction=True)
def test_a_notification_stuck_at_the_hop_holds_no_lock_on_other_mail(
    silent_hop: SilentHop, settings: Settings
) -> None:
    """Fault D: a deposit's notification on its way held the database; other mail got 451."""
    settings.SIEGEL_NEXT_HOP_TIMEOUT = 8.0
    first = Envelope("leistung@versicherer.example", ("kunde@example.org",), HEALTH)
    assert pipeline.process(first).accepted

    def send_then_close() -> None:
        try:
            send_queued()
        finally:
            connection.close()  # the thread's own connection, or the test database stays in use

    sending = threading.Thread(target=send_then_close)  # the notification hangs at the silent hop
    sending.start()
    try:
        deadline = time.monotonic() + 10
        while not silent_hop.connections and time.monotonic() < deadline:
            time.sleep(0.05)
        assert silent_hop.connections, "the notification is on its way"
        started = time.monotonic()
        other = HEALTH.replace(b"side-1", b"side-2").replace(b"kunde@", b"zweite@")
        result = pipeline.process(
            Envelope("leistung@versicherer.example", ("zweite@example.org",), other)
        )
        assert result.accepted, result
        assert time.monotonic() - started < 4, "not waiting for the stuck notification"
    finally:
        silent_hop.close()
        sending.join()
    assert PortalMessage.objects.count() == 2


def test_a_disabled_account_takes_no_deposit_and_the_author_is_told(
    settings: Settings, tmp_path: Path
) -> None:
    from siegel.accounts import selectors as account_selectors
    from siegel.accounts import services as account_services

    settings.SIEGEL_NEXT_HOP = f"sink:{tmp_path}"
    settings.SIEGEL_LOCAL_DOMAINS = ["versicherer.example"]
    account_services.invite("kunde@example.org", actor="test")
    account = account_selectors.account_for_address("kunde@example.org")
    assert account is not None
    account_services.disable(account, actor="user:1")
    result = pipeline.process(
        Envelope("leistung@versicherer.example", ("kunde@example.org",), HEALTH)
    )
    assert result.accepted and [o.fate.value for o in result.recipients] == ["reported"]
    assert not PortalMessage.objects.exists()
    (report,) = queued("report-not-sent")
    assert "kunde@example.org" in report.get_body(("plain",)).get_content()


@pytest.mark.parametrize("subject", [b"Schaden\x0cNr. 4711", "Schaden\u2028Nr. 4711".encode()])
def test_a_subject_with_control_characters_does_not_block_the_deposit(
    settings: Settings, tmp_path: Path, subject: bytes
) -> None:
    """Review finding: the author's note could not be composed and the mail was retried for ever."""
    settings.SIEGEL_NEXT_HOP = f"sink:{tmp_path}"
    settings.SIEGEL_LOCAL_DOMAINS = ["versicherer.example"]
    mail = HEALTH.replace(b"Subject: Ihr Leistungsfall", b"Subject: " + subject)
    result = pipeline.process(
        Envelope("leistung@versicherer.example", ("kunde@example.org",), mail)
    )
    assert result.accepted, result
    (note,) = queued("report-portal-deposit")
    assert "Schaden Nr. 4711" in str(note["Subject"])
