"""OpenPGP through the gateway: outbound PGP/MIME that gpg opens, inbound PGP/MIME from gpg."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_django.fixtures import Settings

from siegel.gateway import pipeline
from siegel.gateway.delivery import Envelope
from siegel.keys import services as key_services
from tests.support.gnupg import GpgUser, make_user

pytestmark = pytest.mark.django_db

SENSITIVE = (
    b"From: leistung@versicherer.example\r\nTo: makler@example.org\r\nSubject: Leistungsfall\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\nDer Arztbericht liegt vor.\r\n"
)


@pytest.fixture
def gpg_world(settings: Settings, tmp_path: Path) -> dict[str, object]:
    settings.SIEGEL_NEXT_HOP = f"sink:{tmp_path / 'outbox'}"
    settings.SIEGEL_LOCAL_DOMAINS = ["versicherer.example"]
    makler = make_user(tmp_path, "makler", "future-default")
    own = make_user(tmp_path, "leistung", "default")
    return {"makler": makler, "own": own, "outbox": tmp_path / "outbox"}


def stored(gpg_world: dict[str, object]) -> list[bytes]:
    return [p.read_bytes() for p in Path(str(gpg_world["outbox"])).glob("*.eml")]


def test_outbound_pgp_opens_with_gpg(gpg_world: dict[str, object]) -> None:
    makler, own = gpg_world["makler"], gpg_world["own"]
    assert isinstance(makler, GpgUser) and isinstance(own, GpgUser)
    key_services.import_pgp(makler.public, actor="test")
    pipeline.process(
        Envelope(
            "leistung@versicherer.example",
            ("makler@example.org",),
            SENSITIVE.replace(b"makler@example.org", makler.address.encode()),
        )
    )
    (mail,) = stored(gpg_world)
    assert b'protocol="application/pgp-encrypted"' in mail and b"Arztbericht" not in mail
    armored = mail[mail.index(b"-----BEGIN PGP MESSAGE-----") :]
    opened = makler.gpg("--status-fd", "1", "--decrypt", data=armored)
    assert opened.returncode == 0, opened.stderr.decode()
    assert b"Der Arztbericht liegt vor." in opened.stdout


def test_inbound_pgp_from_gpg_is_decrypted(
    gpg_world: dict[str, object], settings: Settings
) -> None:
    makler, own = gpg_world["makler"], gpg_world["own"]
    assert isinstance(makler, GpgUser) and isinstance(own, GpgUser)
    settings.SIEGEL_LOCAL_DOMAINS = ["example.org"]
    key_services.import_pgp(own.secret, actor="test")
    makler.gpg("--import", data=own.public)
    armored = makler.gpg(
        "--armor",
        "-z",
        "0",
        "--encrypt",
        "--sign",
        "-r",
        own.address,
        "-u",
        makler.address,
        data=b"Content-Type: text/plain\r\n\r\nAntrag anbei.\r\n",
    ).stdout
    boundary = "b1"
    message = (
        (
            f"From: {makler.address}\r\nTo: {own.address}\r\nSubject: Antrag\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="{boundary}"\r\n\r\n'
            f"--{boundary}\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n\r\n"
            f"--{boundary}\r\nContent-Type: application/octet-stream\r\n\r\n"
        ).encode()
        + armored
        + f"\r\n--{boundary}--\r\n".encode()
    )
    key_services.import_pgp(makler.public, actor="test")
    pipeline.process(Envelope("makler@partner.example", (own.address,), message))
    (mail,) = stored(gpg_world)
    assert b"X-Siegel-Decrypted: yes (OpenPGP)" in mail
    assert b"X-Siegel-Signature: valid" in mail
    assert b"Antrag anbei." in mail


def test_a_mail_that_only_claims_to_be_pgp_mime_is_classified(gpg_world: dict[str, object]) -> None:
    """Review finding: a marker string in a text part let a mail pass unplanned."""
    from siegel.audit.models import AuditEvent

    fake = (
        b"From: leistung@versicherer.example\r\nTo: kunde@example.org\r\nSubject: x\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: multipart/encrypted; protocol="application/pgp-encrypted";'
        b' boundary="b"\r\n\r\n--b\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n'
        b"--b\r\nContent-Type: application/octet-stream\r\n\r\nDiagnose F32.1\r\n"
        b"-----BEGIN PGP MESSAGE-----\r\nkeine Daten\r\n-----END PGP MESSAGE-----\r\n--b--\r\n"
    )
    result = pipeline.process(
        Envelope("leistung@versicherer.example", ("kunde@example.org",), fake)
    )
    assert result.accepted
    assert AuditEvent.objects.filter(action="gateway.decision").exists(), "planned like any mail"
    assert not stored(gpg_world), "deposited in the portal, not passed on"


def test_real_pgp_mime_passes_through(gpg_world: dict[str, object]) -> None:
    makler = gpg_world["makler"]
    assert isinstance(makler, GpgUser)
    encrypted = makler.gpg("--armor", "--encrypt", "-r", makler.address, data=b"Geheim").stdout
    mail = (
        b"From: leistung@versicherer.example\r\nTo: "
        + makler.address.encode()
        + b"\r\nSubject: x\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: multipart/encrypted; protocol="application/pgp-encrypted";'
        b' boundary="b"\r\n\r\n--b\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n'
        b"--b\r\nContent-Type: application/octet-stream\r\n\r\n" + encrypted + b"\r\n--b--\r\n"
    )
    assert pipeline.process(
        Envelope("leistung@versicherer.example", (makler.address,), mail)
    ).accepted
    (passed,) = stored(gpg_world)
    assert passed.endswith(mail)
