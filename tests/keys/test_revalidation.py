"""Revalidation: CRLs fetched over HTTP (loopback), status stored, revoked keys never chosen."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest
from cryptography import x509

from siegel.audit.models import AuditEvent
from siegel.keys import revocation, selectors, services
from siegel.keys.models import KeyStatus, PartnerKey, RevocationData
from tests.conftest import free_port
from tests.support.pki import Identity, issue, make_ca, make_crl

pytestmark = pytest.mark.django_db


class CrlServer:
    def __init__(self) -> None:
        self.port = free_port()
        self.files: dict[str, bytes] = {}
        files = self.files

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = files.get(self.path)
                self.send_response(200 if body is not None else 404)
                self.end_headers()
                self.wfile.write(body or b"")

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@pytest.fixture
def crl_server() -> Iterator[CrlServer]:
    server = CrlServer()
    yield server
    server.server.shutdown()


def harvested(ca: Identity, address: str, crl_url: str) -> tuple[Identity, PartnerKey]:
    identity = issue(ca, address, crl_url=crl_url)
    outcome = services.harvest(
        identity.cert, address=address, capabilities=[], trusted=True, status_reason="ok"
    )
    assert outcome.stored is not None
    return identity, outcome.stored


def test_revocation_is_found_and_the_key_no_longer_chosen(crl_server: CrlServer) -> None:
    ca = make_ca()
    services.import_ca_bundle(ca.cert_pem, actor="test")
    url = crl_server.url("/ca.crl")
    revoked, revoked_key = harvested(ca, "weg@partner.example", url)
    _, fine_key = harvested(ca, "da@partner.example", url)
    crl_server.files["/ca.crl"] = make_crl(ca, [revoked.cert])

    counts = services.refresh_and_revalidate()

    assert counts == {KeyStatus.REVOKED: 1, KeyStatus.VALID: 1}
    revoked_key.refresh_from_db()
    assert revoked_key.status == KeyStatus.REVOKED
    assert selectors.encryption_target("weg@partner.example").key is None
    assert "revoked" in selectors.encryption_target("weg@partner.example").reason
    assert selectors.encryption_target("da@partner.example").key == fine_key
    assert AuditEvent.objects.filter(
        action="keys.partner.status", target=f"partner-key:{revoked_key.pk}"
    ).exists()


def test_disabled_anchor_makes_keys_untrusted(crl_server: CrlServer) -> None:
    ca = make_ca()
    (anchor,) = services.import_ca_bundle(ca.cert_pem, actor="test")
    _, key = harvested(ca, "x@partner.example", crl_server.url("/none.crl"))
    services.set_anchor_enabled(anchor, False, actor="test")
    services.refresh_and_revalidate()
    key.refresh_from_db()
    assert key.status == KeyStatus.UNTRUSTED
    assert selectors.encryption_target("x@partner.example").key is None


def test_broken_download_keeps_the_cached_crl(crl_server: CrlServer) -> None:
    ca = make_ca()
    url = crl_server.url("/ca.crl")
    crl_server.files["/ca.crl"] = make_crl(ca, [])
    assert "refreshed" in revocation.refresh([url])[url]
    crl_server.files["/ca.crl"] = b"<html>maintenance</html>"
    assert "kept cached copy" in revocation.refresh([url])[url]
    del crl_server.files["/ca.crl"]
    assert "kept cached copy" in revocation.refresh([url])[url]
    cached = x509.load_der_x509_crl(bytes(RevocationData.objects.get(url=url).data))
    assert cached.issuer == ca.cert.subject
