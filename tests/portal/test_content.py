"""Portal content: sealed part by part under a per-message key, in files or in the database."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

import pytest
from django.utils import timezone
from pytest_django.fixtures import Settings

from siegel.core import sealed
from siegel.core.keyring import KeyringError
from siegel.core.sealed import TamperedContent
from siegel.portal import content, services
from siegel.portal.models import PortalMessage, StoredContent
from siegel.portal.storage import content_storage

pytestmark = pytest.mark.django_db

DATABASE = {"BACKEND": "siegel.portal.storage.DatabaseStorage"}


def mail_with_attachments() -> bytes:
    message = EmailMessage()
    message["From"] = "Leistungsabteilung <leistung@versicherer.example>"
    message["To"] = "kunde@example.org"
    message["Subject"] = "Ihre Abrechnung"
    message["Date"] = "Fri, 04 Dec 2026 10:00:00 +0100"
    message.set_content("Anbei die Abrechnung.")
    message.add_alternative("<p>Anbei die <b>Abrechnung</b>.</p>", subtype="html")
    message.add_attachment(
        b"%PDF-1.4 " + bytes(range(256)) * 40,
        maintype="application",
        subtype="pdf",
        filename="../../abrechnung.pdf",
    )
    message.add_attachment(b"a;b\r\n1;2\r\n", maintype="text", subtype="csv", filename="liste.csv")
    return message.as_bytes()


def deposit(data: bytes) -> PortalMessage:
    (done,) = services.deposit(
        recipients=["kunde@example.org"],
        sender="leistung@versicherer.example",
        message_id="<c-1@versicherer.example>",
        content=data,
    )
    return done.message


@pytest.mark.parametrize("backend", ["files", "database"])
def test_every_part_is_sealed_and_opens(
    backend: str, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    if backend == "database":
        settings.STORAGES = {**settings.STORAGES, "portal": DATABASE}
    monkeypatch.setattr(sealed, "CHUNK", 1000)  # several pieces per attachment
    data = mail_with_attachments()
    message = deposit(data)
    summary = content.summary(message)
    assert summary.subject == "Ihre Abrechnung" and summary.has_html
    assert [(a.number, a.filename, a.content_type) for a in summary.attachments] == [
        (1, "abrechnung.pdf", "application/pdf"),
        (2, "liste.csv", "text/csv"),
    ]
    assert content.part_bytes(message, "original") == data
    assert content.part_bytes(message, "a2") == b"a;b\r\n1;2\r\n"
    assert len(list(content.part_pieces(message, "a1"))) > 5
    assert message.attachments == 2 and message.message_id == "<c-1@versicherer.example>"
    if backend == "database":
        assert StoredContent.objects.filter(name__startswith=message.store).count() == 5
        assert not any(b"Abrechnung" in bytes(r.data) for r in StoredContent.objects.all())


def test_altered_content_never_opens(settings: Settings) -> None:
    settings.STORAGES = {**settings.STORAGES, "portal": DATABASE}
    message = deposit(mail_with_attachments())
    row = StoredContent.objects.get(name=f"{message.store}/text")
    altered = bytearray(row.data)
    altered[-3] ^= 1
    StoredContent.objects.filter(pk=row.pk).update(data=bytes(altered))
    with pytest.raises(TamperedContent):
        content.part_bytes(message, "text")
    other = PortalMessage.objects.get(pk=message.pk)
    other.idempotency_key = "0" * 64  # the parts of one message do not open as another's
    with pytest.raises(KeyringError):  # the wrapped key itself refuses
        content.summary(other)


def test_retention_deletes_the_parts_with_the_key() -> None:
    message = deposit(mail_with_attachments())
    storage = content_storage()
    assert storage.exists(f"{message.store}/a1")
    PortalMessage.objects.filter(pk=message.pk).update(
        expires=timezone.now() - dt.timedelta(seconds=1)
    )
    assert services.delete_expired() == 1
    assert not PortalMessage.objects.exists()
    assert not any(
        storage.exists(f"{message.store}/{p}") for p in ("original", "text", "html", "a1", "a2")
    )


def test_a_failed_deposit_leaves_no_parts(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.STORAGES = {**settings.STORAGES, "portal": DATABASE}

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(services.outbox, "queue", broken)
    with pytest.raises(OSError):
        deposit(mail_with_attachments())
    assert not StoredContent.objects.exists() and not PortalMessage.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_parts_are_written_outside_any_transaction(
    monkeypatch: pytest.MonkeyPatch, settings: Settings, tmp_path: object
) -> None:
    """Review finding: the gateway sealed inside its own transaction (SQLite writers waited)."""
    from django.db import connection

    from siegel.gateway import pipeline
    from siegel.gateway.delivery import Envelope

    settings.SIEGEL_NEXT_HOP = f"sink:{tmp_path}"
    settings.SIEGEL_LOCAL_DOMAINS = ["versicherer.example"]
    inside: list[bool] = []
    real = content.seal_message

    def watched(*args: object, **kwargs: object) -> object:
        inside.append(connection.in_atomic_block)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(services, "seal_message", watched)
    assert pipeline.process(
        Envelope("leistung@versicherer.example", ("kunde@example.org",), mail_with_attachments())
    ).accepted
    assert inside == [False]
