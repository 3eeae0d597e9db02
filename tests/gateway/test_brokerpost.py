"""Broker post by mail: a colleague's mail to maklerpost+<Vermittlernummer>@ becomes a shipment."""

from __future__ import annotations

import datetime as dt
import smtplib
from email.message import EmailMessage
from pathlib import Path

import pytest
from pytest_django.fixtures import Settings

from siegel.audit.models import AuditEvent
from siegel.gateway import pipeline
from siegel.gateway.delivery import Envelope
from siegel.gateway.results import Fate
from siegel.gateway.smtp import make_controller
from siegel.partners import selectors
from siegel.partners.deposit_mail import firm_number, read
from siegel.partners.models import Shipment
from tests.conftest import free_port
from tests.partners.conftest import make_firm
from tests.support.outbox import body, queued

pytestmark = pytest.mark.django_db

NUMBER = "D-A1B2-C3D4E-56"
ADDRESS = f"maklerpost+{NUMBER}@versicherer.example"
COLLEAGUE = "sachbearbeitung@versicherer.example"


def deposit_mail(
    *,
    subject: str = "[120] Nachtrag zum Vertrag",
    text: str = "Kunde: Erika Mustermann\nVertrag: KV-4711\nDatum: 01.03.2026\n\nGruß\n",
    attachments: tuple[tuple[str, bytes], ...] = (("nachtrag.pdf", b"%PDF-1.4 Nachtrag"),),
    extra: dict[str, str] | None = None,
    to: str = ADDRESS,
) -> bytes:
    mail = EmailMessage()
    mail["From"] = COLLEAGUE
    mail["To"] = to
    mail["Subject"] = subject
    mail["Message-ID"] = "<deposit-1@versicherer.example>"
    for name, value in (extra or {}).items():
        mail[name] = value
    mail.set_content(text)
    for name, data in attachments:
        mail.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return mail.as_bytes()


def send(content: bytes, sender: str = COLLEAGUE, to: str = ADDRESS) -> pipeline.Result:
    return pipeline.process(Envelope(sender, (to,), content))


@pytest.fixture
def firm(outbox: Path) -> int:
    return make_firm().firm.pk


def test_address_names_the_firm(settings: Settings) -> None:
    settings.SIEGEL_PARTNERS_DEPOSIT_ADDRESS = "maklerpost@versicherer.example"
    assert firm_number(ADDRESS) == NUMBER
    assert firm_number(f"Maklerpost+{NUMBER}@Versicherer.Example") == NUMBER
    assert firm_number("maklerpost@versicherer.example") is None
    assert firm_number(f"maklerpost+{NUMBER}@andere.example") is None
    assert firm_number(f"anna+{NUMBER}@versicherer.example") is None
    settings.SIEGEL_PARTNERS_DEPOSIT_ADDRESS = ""
    assert firm_number(ADDRESS) is None


def test_metadata_from_lines_subject_tag_and_headers() -> None:
    request = read(deposit_mail())
    assert request.acceptable and request.metadata is not None
    assert request.metadata.category == "120"
    assert request.metadata.customer_name == "Erika Mustermann"
    assert request.metadata.policy_number == "KV-4711"
    assert request.metadata.document_date == dt.date(2026, 3, 1)
    assert request.metadata.subject == "Nachtrag zum Vertrag"
    assert [d.name for d in request.documents] == ["nachtrag.pdf"]
    by_header = read(
        deposit_mail(
            subject="Schadenmeldung",
            text="Anbei.\nKategorie: 100\n",  # not at the start: an ordinary line
            extra={"X-Maklerpost-Kategorie": "Schaden", "X-Maklerpost-Datum": "2026-02-28"},
        )
    )
    assert by_header.metadata is not None and by_header.metadata.category == "150"
    assert by_header.metadata.document_date == dt.date(2026, 2, 28)


def test_mail_from_inside_becomes_a_shipment_for_the_firm(firm: int) -> None:
    result = send(deposit_mail())
    assert result.accepted and result.count(Fate.DEPOSITED) == 1
    shipment = Shipment.objects.get()
    assert shipment.firm_id == firm and shipment.category == "120"
    assert (shipment.customer_name, shipment.policy_number) == ("Erika Mustermann", "KV-4711")
    (document,) = selectors.documents(shipment)
    assert b"".join(selectors.document_stream(shipment, document)) == b"%PDF-1.4 Nachtrag"
    event = AuditEvent.objects.get(action="partners.shipment.deposit")
    assert event.actor == f"mail:{COLLEAGUE}"
    assert queued("partners-new-shipment")  # the firm's portfolio users are told, without content


def test_retried_transaction_deposits_once(firm: int) -> None:
    content = deposit_mail()
    first, again = send(content), send(content)
    assert first.accepted and again.accepted
    assert Shipment.objects.count() == 1
    assert again.recipients[0].detail == first.recipients[0].detail


def test_unknown_firm_is_reported_to_the_author(firm: int) -> None:
    other = "maklerpost+D-XXXX@versicherer.example"
    content = deposit_mail(to=other)
    result = send(content, to=other)
    send(content, to=other)  # retried: one report
    assert result.accepted and result.count(Fate.REPORTED) == 1
    assert not Shipment.objects.exists()
    (report,) = queued("partners-deposit-refused")
    assert report["To"] == COLLEAGUE
    assert "keine Partnerfirma" in body(report) and "D-XXXX" in body(report)
    assert AuditEvent.objects.filter(action="partners.shipment.deposit_refused").count() == 1


def test_missing_category_and_attachment_are_reported(firm: int) -> None:
    result = send(deposit_mail(subject="Nachtrag", text="Hallo\n", attachments=()))
    assert result.count(Fate.REPORTED) == 1 and not Shipment.objects.exists()
    (report,) = queued("partners-deposit-refused")
    assert "Kategorie fehlt" in body(report) and "keinen Anhang" in body(report)


def test_mail_from_outside_never_deposits(firm: int, outbox: Path) -> None:
    result = send(deposit_mail(), sender="boese@example.org")
    assert result.count(Fate.DEPOSITED) == 0
    assert not Shipment.objects.exists() and not queued("partners-deposit-refused")
    assert result.count(Fate.DELIVERED) == 1  # an ordinary recipient for the next hop


def test_automatic_mail_is_neither_deposited_nor_answered(firm: int) -> None:
    result = send(deposit_mail(extra={"Auto-Submitted": "auto-replied"}))
    assert result.count(Fate.IGNORED) == 1
    assert not Shipment.objects.exists() and not queued("partners-deposit-refused")


def test_other_recipients_still_get_the_mail(firm: int, outbox: Path) -> None:
    result = pipeline.process(
        Envelope(COLLEAGUE, (ADDRESS, "anna@versicherer.example"), deposit_mail())
    )
    assert result.count(Fate.DEPOSITED) == 1 and result.count(Fate.DELIVERED) == 1
    (delivered,) = outbox.glob("*.eml")
    assert b"X-Original-To: anna@versicherer.example" in delivered.read_bytes()
    assert ADDRESS.encode() not in delivered.read_bytes().split(b"\r\n\r\n", 1)[0].split(b"To:")[0]


@pytest.mark.django_db(transaction=True)
def test_over_a_real_smtp_socket(settings: Settings, tmp_path: Path) -> None:
    settings.SIEGEL_NEXT_HOP = f"sink:{tmp_path / 'outbox'}"
    settings.SIEGEL_LOCAL_DOMAINS = ["versicherer.example"]
    make_firm()
    content = deposit_mail()  # one mail: its MIME boundary is random
    port = free_port()
    controller = make_controller(pipeline.process, "127.0.0.1", port, data_size_limit=1 << 20)
    controller.start()
    try:
        with smtplib.SMTP("127.0.0.1", port) as client:
            client.sendmail(COLLEAGUE, [ADDRESS], content)
            client.sendmail(COLLEAGUE, [ADDRESS], content)  # the MTA retries
    finally:
        controller.stop()
    assert Shipment.objects.count() == 1
