"""The plan: the key that protects a route is the key the decision was made on."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pytest_django.fixtures import Settings

from siegel.gateway import pipeline
from siegel.gateway.delivery import Envelope
from siegel.keys import services as key_services
from tests.support.gnupg import make_user
from tests.support.pki import issue, make_ca

pytestmark = pytest.mark.django_db

HEALTH = (
    b"From: leistung@versicherer.example\r\nTo: {to}\r\nSubject: Leistungsfall\r\n"
    b"Message-ID: <plan-1@versicherer.example>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\nDer Arztbericht liegt vor, Diagnose F32.1.\r\n"
)


def test_pgp_refused_uses_the_domain_certificate_of_a_recipient_with_both(
    settings: Settings, tmp_path: Path
) -> None:
    """Fault: with ``pgp-refused`` the decider chose domain S/MIME, the key finder the PGP key.

    The mail was answered 451 on every retry until the sender's MTA bounced it.
    """
    settings.SIEGEL_NEXT_HOP = f"sink:{tmp_path / 'outbox'}"
    settings.SIEGEL_LOCAL_DOMAINS = ["versicherer.example"]
    settings.SIEGEL_POLICY = "pgp-refused"
    kunde = make_user(tmp_path, "kunde", "default")  # kunde@example.org
    key_services.import_pgp(kunde.public, actor="test")
    ca = make_ca()
    key_services.import_ca_bundle(ca.cert_pem, actor="test")
    gateway = issue(ca, "gateway@example.org", crl_url=None)
    key_services.import_partner_certificate(gateway.cert_pem, actor="test", domain="example.org")

    result = pipeline.process(
        Envelope(
            "leistung@versicherer.example",
            (kunde.address,),
            HEALTH.replace(b"{to}", kunde.address.encode()),
        )
    )

    assert result.accepted, result
    (mail,) = [p.read_bytes() for p in (tmp_path / "outbox").glob("*.eml")]
    assert b"application/pkcs7-mime" in mail and b"Arztbericht" not in mail
    key_file = tmp_path / "gateway.key"
    key_file.write_bytes(gateway.key_pem)
    cert_file = tmp_path / "gateway.crt"
    cert_file.write_bytes(gateway.cert_pem)
    opened = subprocess.run(
        ["openssl", "cms", "-decrypt", "-recip", str(cert_file), "-inkey", str(key_file)],
        input=mail.split(b"\r\n", 2)[2],
        capture_output=True,
        check=False,
    )
    assert opened.returncode == 0, opened.stderr.decode()
    assert b"Arztbericht" in opened.stdout
