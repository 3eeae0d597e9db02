"""The public certificate directory: exact address, downloads, API, limits."""

from __future__ import annotations

import base64
import re
import subprocess
import time
from pathlib import Path

import pytest
from django.test import Client
from pytest_django.fixtures import Settings

from siegel.audit.models import AuditEvent
from siegel.keys import services
from siegel.keys.models import OwnKey
from tests.support.keystore import p12
from tests.support.pki import Identity, issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(ca: Identity) -> OwnKey:
    return services.import_p12(
        p12(issue(ca, "anna.schmidt@versicherer.example")), b"geheim", actor="user:1"
    )


@pytest.fixture(autouse=True)
def fast_and_generous(settings: Settings) -> None:
    settings.SIEGEL_DIRECTORY_MIN_ANSWER_SECONDS = 0
    settings.SIEGEL_DIRECTORY_LOOKUPS_PER_MINUTE = 1000


def test_search_finds_the_certificate(client: Client, published: OwnKey) -> None:
    response = client.get("/zertifikate/", {"address": "Anna.Schmidt@versicherer.example"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Zertifikat für anna.schmidt@versicherer.example" in body
    assert published.fingerprint in body
    assert f"/zertifikate/{published.fingerprint}.vcf" in body
    event = AuditEvent.objects.get(action="directory.lookup")
    assert event.details == {"found": True}


def test_unknown_address_gets_a_neutral_answer(client: Client, published: OwnKey) -> None:
    response = client.get("/zertifikate/", {"address": "niemand@versicherer.example"})
    assert response.status_code == 200
    assert "ist kein Zertifikat veröffentlicht" in response.content.decode()


@pytest.mark.parametrize(
    "query", ["*@versicherer.example", "anna%", "a@b.example, c@d.example", "kein-at-zeichen", ""]
)
def test_wildcards_lists_and_malformed_addresses_are_refused(
    client: Client, published: OwnKey, query: str
) -> None:
    response = client.get("/zertifikate/", {"address": query})
    assert response.status_code == 400
    body = response.content.decode()
    assert "genau eine vollständige E-Mail-Adresse" in body
    assert published.fingerprint not in body


def test_downloads_open_with_openssl(client: Client, published: OwnKey, tmp_path: Path) -> None:
    pem = client.get(f"/zertifikate/{published.fingerprint}.pem")
    assert pem["Content-Type"] == "application/x-pem-file"
    der = client.get(f"/zertifikate/{published.fingerprint}.der")
    vcf = client.get(f"/zertifikate/{published.fingerprint}.vcf")
    assert vcf["Content-Type"].startswith("text/vcard")
    card = vcf.content.decode()
    assert card.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert "EMAIL:anna.schmidt@versicherer.example" in card
    unfolded = card.replace("\r\n ", "")
    key_b64 = re.search(
        r"KEY;MEDIATYPE=application/pkix-cert:data:application/pkix-cert;base64,(\S+)", unfolded
    )
    assert key_b64 is not None
    assert all(len(line.encode()) <= 75 for line in card.split("\r\n"))
    (tmp_path / "c.pem").write_bytes(pem.content)
    (tmp_path / "c.der").write_bytes(der.content)
    (tmp_path / "v.der").write_bytes(base64.b64decode(key_b64.group(1)))
    fingerprints = {
        subprocess.run(
            [
                "openssl",
                "x509",
                "-in",
                tmp_path / name,
                "-inform",
                form,
                "-noout",
                "-fingerprint",
                "-sha256",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.split("=")[1]
        .strip()
        .replace(":", "")
        .lower()
        for name, form in [("c.pem", "PEM"), ("c.der", "DER"), ("v.der", "DER")]
    }
    assert fingerprints == {published.fingerprint}


def test_unknown_fingerprint_or_format_is_404(client: Client, published: OwnKey) -> None:
    assert client.get("/zertifikate/" + "0" * 64 + ".pem").status_code == 404
    assert client.get(f"/zertifikate/{published.fingerprint}.exe").status_code == 404


def test_json_api(client: Client, published: OwnKey) -> None:
    ok = client.get("/api/v1/zertifikate/", {"address": "anna.schmidt@versicherer.example"})
    assert ok.status_code == 200
    data = ok.json()
    assert data["fingerprint"] == published.fingerprint
    assert data["pem"].startswith("-----BEGIN CERTIFICATE-----")
    assert (
        client.get("/api/v1/zertifikate/", {"address": "x@versicherer.example"}).status_code == 404
    )
    bad = client.get("/api/v1/zertifikate/", {"address": "*@versicherer.example"})
    assert bad.status_code == 400 and "E-Mail-Adresse" in bad.json()["error"]


def test_flood_is_rate_limited(client: Client, published: OwnKey, settings: Settings) -> None:
    settings.SIEGEL_DIRECTORY_LOOKUPS_PER_MINUTE = 5
    statuses = [
        client.get("/zertifikate/", {"address": f"u{n}@versicherer.example"}).status_code
        for n in range(8)
    ]
    assert statuses[:5] == [200] * 5
    assert statuses[5:] == [429] * 3
    assert (
        client.get(
            "/api/v1/zertifikate/", {"address": "anna.schmidt@versicherer.example"}
        ).status_code
        == 429
    )
    assert client.get(f"/zertifikate/{published.fingerprint}.pem").status_code == 429
    assert AuditEvent.objects.filter(action="directory.lookup").count() == 5


def test_answer_time_floor(client: Client, published: OwnKey, settings: Settings) -> None:
    settings.SIEGEL_DIRECTORY_MIN_ANSWER_SECONDS = 0.2
    for address in ["anna.schmidt@versicherer.example", "niemand@versicherer.example"]:
        started = time.monotonic()
        client.get("/zertifikate/", {"address": address})
        assert time.monotonic() - started >= 0.2
