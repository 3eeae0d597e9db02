"""Outbound end to end over SMTP: one mail, recipients with S/MIME, portal and plain delivery."""

from __future__ import annotations

import email
import email.policy
import smtplib
import subprocess
from pathlib import Path

import pytest
from pytest_django.fixtures import Settings

from siegel.audit.models import AuditEvent
from siegel.core.smime import encrypt
from siegel.gateway import pipeline
from siegel.gateway.smtp import make_controller
from siegel.keys import services as key_services
from siegel.portal.models import PortalMessage
from tests.conftest import free_port
from tests.support.keystore import import_own
from tests.support.outbox import arrived, without_portal
from tests.support.pki import issue, make_ca

pytestmark = pytest.mark.django_db(transaction=True)

SENSITIVE = (
    b"From: leistung@versicherer.example\r\nTo: makler@partner.example, kunde@example.org\r\n"
    b"Message-ID: <e2e-1@versicherer.example>\r\nSubject: Ihr Leistungsfall\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    b"Der Arztbericht liegt vor, Diagnose F32.1 (ICD-10).\r\n"
)


@pytest.fixture
def gateway(settings: Settings, tmp_path: Path):  # type: ignore[no-untyped-def]
    settings.SIEGEL_NEXT_HOP = f"sink:{tmp_path / 'outbox'}"
    settings.EMAIL_BACKEND = "siegel.outbox.backend.OutboxEmailBackend"
    settings.SIEGEL_LOCAL_DOMAINS = ["versicherer.example"]
    port = free_port()
    controller = make_controller(pipeline.process, "127.0.0.1", port, data_size_limit=10 << 20)
    controller.start()
    yield port, tmp_path / "outbox"
    controller.stop()


def test_one_mail_three_ways(gateway: tuple[int, Path], tmp_path: Path) -> None:
    port, outbox = gateway
    ca = make_ca()
    key_services.import_ca_bundle(ca.cert_pem, actor="test")
    makler = issue(ca, "makler@partner.example", crl_url=None)
    key_services.harvest(
        makler.cert,
        address="makler@partner.example",
        capabilities=["aes256_gcm", "aes256_cbc"],
        trusted=True,
        status_reason="ok",
    )
    sender = issue(ca, "leistung@versicherer.example", crl_url=None)
    import_own(sender)
    with smtplib.SMTP("127.0.0.1", port) as client:
        client.sendmail(
            "leistung@versicherer.example",
            ["makler@partner.example", "kunde@example.org"],
            SENSITIVE,
        )

    mails = {path: path.read_bytes() for path in arrived(outbox)}
    encrypted = [m for m in mails.values() if b"X-Original-To: makler@partner.example" in m]
    assert len(encrypted) == 1 and b"application/pkcs7-mime" in encrypted[0]
    assert b"smime-type=authEnveloped-data" in encrypted[0], "the partner advertised AES-256-GCM"
    assert b"Arztbericht" not in encrypted[0] and b"F32.1" not in encrypted[0]
    assert b"Subject: [...]\r\n" in encrypted[0] and b"Leistungsfall" not in encrypted[0], (
        "header protection"
    )
    crt, key = makler.write(tmp_path, "makler")
    (tmp_path / "enc.eml").write_bytes(
        encrypted[0].split(b"\r\n", 2)[2]
        if encrypted[0].startswith(b"Return-Path")
        else encrypted[0]
    )
    opened = subprocess.run(
        ["openssl", "cms", "-decrypt", "-in", tmp_path / "enc.eml", "-recip", crt, "-inkey", key],
        capture_output=True,
        check=True,
    ).stdout
    (tmp_path / "inner.eml").write_bytes(opened)
    (tmp_path / "ca.pem").write_bytes(ca.cert_pem)
    verified = subprocess.run(
        [
            "openssl",
            "cms",
            "-verify",
            "-in",
            tmp_path / "inner.eml",
            "-CAfile",
            tmp_path / "ca.pem",
        ],
        capture_output=True,
    )
    assert verified.returncode == 0, verified.stderr.decode()
    assert b"Arztbericht" in verified.stdout

    deposit = PortalMessage.objects.get()
    assert deposit.account.address == "kunde@example.org"
    notification = [m for m in mails.values() if b"X-Original-To: kunde@example.org" in m]
    assert (
        len(notification) == 2  # the two registration mails of a first message
        and not any(b"Arztbericht" in m or b"F32" in m for m in notification)
    )
    methods = dict(
        AuditEvent.objects.filter(
            action="gateway.decision", details__message_id="<e2e-1@versicherer.example>"
        ).values_list("target", "details__method")
    )
    assert methods == {
        "address:makler@partner.example": "smime",
        "address:kunde@example.org": "portal",
    }


def test_retry_does_not_deposit_twice(gateway: tuple[int, Path]) -> None:
    port, outbox = gateway
    for _ in range(2):
        with smtplib.SMTP("127.0.0.1", port) as client:
            client.sendmail("leistung@versicherer.example", ["kunde@example.org"], SENSITIVE)
    assert PortalMessage.objects.count() == 1
    mails = [path.read_bytes() for path in arrived(outbox)]
    assert len(mails) == 3, "two registration mails and one report to the sender, not repeated"
    (report,) = [m for m in mails if b"X-Original-To: leistung@versicherer.example" in m]
    assert (
        "im Portal hinterlegt"
        in email.message_from_bytes(report, policy=email.policy.default).get_content()
    )  # type: ignore[attr-defined]
    assert b"Arztbericht" not in report and b"kunde@example.org" in report


def test_only_really_encrypted_mail_passes_through(gateway: tuple[int, Path]) -> None:
    port, outbox = gateway
    fake = (
        b"From: leistung@versicherer.example\r\nTo: y@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: application/pkcs7-mime; smime-type=enveloped-data\r\n\r\nDiagnose F32.1, Arztbericht\r\n"
    )
    with smtplib.SMTP("127.0.0.1", port) as client:
        client.sendmail("leistung@versicherer.example", ["y@example.org"], fake)
    assert PortalMessage.objects.get().account.address == "y@example.org", (
        "a label does not make a mail encrypted"
    )
    for stale in arrived(outbox):
        stale.unlink()
    ca = make_ca()
    recipient = issue(ca, "x@example.org", crl_url=None)
    encrypted = (
        b"From: leistung@versicherer.example\r\nTo: x@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        + encrypt(b"Content-Type: text/plain\r\n\r\nGeheim\r\n", [recipient.cert])
    )
    with smtplib.SMTP("127.0.0.1", port) as client:
        client.sendmail("leistung@versicherer.example", ["x@example.org"], encrypted)
    (stored,) = arrived(outbox)
    assert stored.read_bytes().endswith(encrypted)
    assert PortalMessage.objects.count() == 1


PSEUDONYMISE = (
    b"From: vertrieb@versicherer.example\r\nTo: firma@partner.example\r\n"
    b"Message-ID: <p-1@versicherer.example>\r\nSubject: Bankverbindung\r\n"
)
DATA = "Herr Max Mustermann, geb. 01.02.1975, zahlt auf DE89 3704 0044 0532 0130 00."


def send_pseudonymised(gateway: tuple[int, Path], settings: Settings, mail: bytes) -> None:
    """Confidential mail, no portal possible, policy "pseudonymise-instead-of-tls"."""

    from siegel.policy import installation
    from siegel.policy import services as policy_services
    from siegel.policy.models import TlsLevel

    settings.SIEGEL_POLICY = "pseudonymise-instead-of-tls"
    installation.current_policy.cache_clear()
    policy_services.set_partner_domain("partner.example", TlsLevel.VERIFIED, actor="test")
    try:
        with without_portal(), smtplib.SMTP("127.0.0.1", gateway[0]) as client:
            client.sendmail("vertrieb@versicherer.example", ["firma@partner.example"], mail)
    finally:
        installation.current_policy.cache_clear()


def test_pseudonymised_delivery_when_the_policy_says_so(
    gateway: tuple[int, Path], settings: Settings
) -> None:
    mail = PSEUDONYMISE + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + DATA.encode()
    send_pseudonymised(gateway, settings, mail)
    (stored,) = arrived(gateway[1])
    content = stored.read_bytes()
    assert b"DE89" not in content and b"01.02.1975" not in content and b"Mustermann" not in content
    assert b"[IBAN-1]" in content and b"[GEBURTSDATUM-1]" in content
    decision = AuditEvent.objects.get(action="gateway.decision").details
    assert (decision["method"], decision["pseudonymise"]) == ("tls-verified", True)


def test_pseudonymised_html_mail_with_attachment(
    gateway: tuple[int, Path], settings: Settings
) -> None:
    from email.message import EmailMessage

    message = EmailMessage()
    for name, value in (("From", "vertrieb@versicherer.example"), ("To", "firma@partner.example")):
        message[name] = value
    message["Subject"] = "Angebot"
    message.set_content(f"<html><body><p>{DATA}</p></body></html>", subtype="html")
    message.add_attachment(
        f"Antrag von {DATA}".encode(), maintype="text", subtype="plain", filename="antrag.txt"
    )
    send_pseudonymised(gateway, settings, message.as_bytes())
    (stored,) = arrived(gateway[1])
    content = stored.read_bytes()
    assert b"DE89" not in content and b"<p>" not in content and b"[IBAN-1]" in content
    assert b"- antrag.txt" in content, "the attachment is left out and named"
    assert b"Content-Disposition: attachment" not in content


def test_mail_that_cannot_be_pseudonymised_goes_back_to_the_sender(
    gateway: tuple[int, Path], settings: Settings
) -> None:
    from unittest import mock

    from siegel.core.policy import PseudonymisationError

    mail = PSEUDONYMISE + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + DATA.encode()
    refuse = mock.Mock(side_effect=PseudonymisationError("IBAN still found"))
    with mock.patch("siegel.core.protect.pseudonymise_mail", refuse):
        send_pseudonymised(gateway, settings, mail)
    (report,) = [path.read_bytes() for path in arrived(gateway[1])]
    assert b"X-Original-To: vertrieb@versicherer.example" in report
    assert b"DE89" not in report and b"firma@partner.example" in report
    event = AuditEvent.objects.get(action="gateway.pseudonymisation_failed")
    assert event.details["reason"] == "IBAN still found"


def test_marking_header_counts_only_from_internal_relays(
    gateway: tuple[int, Path], settings: Settings
) -> None:
    port, outbox = gateway
    marked = (
        b"From: vertrieb@versicherer.example\r\nTo: m@example.org\r\nSubject: Termin\r\n"
        b"X-Siegel-Classification: streng vertraulich\r\n\r\nUnser Termin am Montag.\r\n"
    )
    with smtplib.SMTP("127.0.0.1", port) as client:  # 127.0.0.1 is not configured as internal
        client.sendmail("vertrieb@versicherer.example", ["m@example.org"], marked)
    (plain,) = arrived(outbox)
    assert b"X-Siegel-Classification" not in plain.read_bytes(), "internal markings never leave"
    assert not PortalMessage.objects.exists()
    settings.SIEGEL_INTERNAL_RELAYS = ["127.0.0.1"]
    with smtplib.SMTP("127.0.0.1", port) as client:
        client.sendmail("vertrieb@versicherer.example", ["n@example.org"], marked)
    assert PortalMessage.objects.get().account.address == "n@example.org"


def test_tls_required_mail_is_retried_then_decided_again_never_sent_plain(
    gateway: tuple[int, Path], settings: Settings
) -> None:
    """The TLS hop is down: 4xx while it may recover, then the policy's next way (a report)."""

    from siegel.gateway.models import TlsDeliveryFailure
    from siegel.policy import services as policy_services
    from siegel.policy.models import TlsLevel

    port, outbox = gateway
    settings.SIEGEL_TLS_NEXT_HOP = f"smtp+tls://127.0.0.1:{free_port()}"  # nobody listens
    policy_services.set_partner_domain("partner.example", TlsLevel.VERIFIED, actor="test")
    mail = PSEUDONYMISE + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + DATA.encode()
    with without_portal():
        with (
            smtplib.SMTP("127.0.0.1", port) as client,
            pytest.raises(smtplib.SMTPDataError) as held,
        ):
            client.sendmail("vertrieb@versicherer.example", ["firma@partner.example"], mail)
        assert held.value.smtp_code == 451 and b"unreachable" in held.value.smtp_error
        assert not list(arrived(outbox))
        settings.SIEGEL_TLS_FALLBACK_AFTER = 0
        with smtplib.SMTP("127.0.0.1", port) as client:
            client.sendmail("vertrieb@versicherer.example", ["firma@partner.example"], mail)
    (report,) = [path.read_bytes() for path in arrived(outbox)]
    assert b"X-Original-To: vertrieb@versicherer.example" in report, "only the author hears of it"
    assert b"DE89" not in report and b"firma@partner.example" in report
    assert TlsDeliveryFailure.objects.get().attempts == 2
    event = AuditEvent.objects.get(action="gateway.tls_fallback")
    assert event.details["recipients"] == ["firma@partner.example"]


def test_one_mail_six_ways(gateway: tuple[int, Path], tmp_path: Path) -> None:
    """S/MIME, OpenPGP, domain S/MIME, portal, verified TLS and plain recipients in one mail.

    A normal mail (nothing sensitive), so every method is allowed and each recipient
    gets the strongest one available to it; the encrypted ones open with openssl/gpg.
    """
    from siegel.policy import services as policy_services
    from siegel.policy.models import TlsLevel
    from siegel.portal.models import PortalAccount
    from tests.support.gnupg import make_user

    port, outbox = gateway
    ca = make_ca()
    key_services.import_ca_bundle(ca.cert_pem, actor="test")
    import_own(issue(ca, "leistung@versicherer.example", crl_url=None))
    makler = issue(ca, "makler@partner.example", crl_url=None)
    key_services.harvest(
        makler.cert,
        address="makler@partner.example",
        capabilities=[],
        trusted=True,
        status_reason="ok",
    )
    pgp = make_user(tmp_path, "pgpkunde", "default")
    key_services.import_pgp(pgp.public, actor="test")
    partner_gateway = issue(ca, "gateway@gateway-partner.example", crl_url=None)
    key_services.import_partner_certificate(
        partner_gateway.cert_pem, actor="test", domain="gateway-partner.example"
    )
    PortalAccount.objects.create(address="kunde@example.net")
    policy_services.set_partner_domain("tls-partner.example", TlsLevel.VERIFIED, actor="test")
    recipients = {
        "makler@partner.example": "smime",
        pgp.address: "pgp",
        "sachbearbeitung@gateway-partner.example": "domain-smime",
        "kunde@example.net": "portal",
        "info@tls-partner.example": "tls-verified",
        "info@unbekannt.example": "plain",
    }
    text = b"Unser Termin am Montag um 10 Uhr steht."
    mail = (
        b"From: leistung@versicherer.example\r\nTo: "
        + ", ".join(recipients).encode()
        + b"\r\nSubject: Termin\r\nMessage-ID: <six@versicherer.example>\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + text + b"\r\n"
    )
    with smtplib.SMTP("127.0.0.1", port) as client:
        client.sendmail("leistung@versicherer.example", list(recipients), mail)

    decided = dict(
        AuditEvent.objects.filter(
            action="gateway.decision", details__message_id="<six@versicherer.example>"
        ).values_list("target", "details__method")
    )
    assert decided == {f"address:{a}": method for a, method in recipients.items()}
    by_recipient: dict[str, bytes] = {}
    for path in arrived(outbox):
        content = path.read_bytes()
        if b"X-Original-To: leistung@versicherer.example\r\n" in content:
            report = email.message_from_bytes(content, policy=email.policy.default)
            assert str(report["Subject"]) == "Über das Portal zugestellt: Termin"
            continue
        addressed = [a for a in recipients if f"X-Original-To: {a}\r\n".encode() in content]
        assert len(addressed) == 1, "one mail per recipient here, nobody else in its envelope"
        by_recipient[addressed[0]] = content
    assert set(by_recipient) == set(recipients)
    for address in ("makler@partner.example", "sachbearbeitung@gateway-partner.example"):
        assert text not in by_recipient[address]
        holder = makler if address.startswith("makler") else partner_gateway
        crt, key = holder.write(tmp_path, address.split("@")[0])
        (tmp_path / "in.eml").write_bytes(by_recipient[address].split(b"\r\n", 2)[2])
        opened = subprocess.run(
            [
                "openssl",
                "cms",
                "-decrypt",
                "-in",
                tmp_path / "in.eml",
                "-recip",
                crt,
                "-inkey",
                key,
            ],
            capture_output=True,
            check=True,
        ).stdout
        assert text in opened
    armored = by_recipient[pgp.address]
    assert text not in armored
    decrypted = pgp.gpg("--decrypt", data=armored[armored.index(b"-----BEGIN PGP MESSAGE") :])
    assert decrypted.returncode == 0 and text in decrypted.stdout
    assert text not in by_recipient["kunde@example.net"], "the notification carries no content"
    assert PortalMessage.objects.get().account.address == "kunde@example.net"
    for address in ("info@tls-partner.example", "info@unbekannt.example"):
        assert text in by_recipient[address] and b"multipart/signed" in by_recipient[address]
