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
    found = selectors.recipient_keys(["weg@partner.example", "da@partner.example"])
    assert found["weg@partner.example"].usable == ()
    assert "revoked" in " ".join(found["weg@partner.example"].rejected)
    assert [k.fingerprint for k in found["da@partner.example"].usable] == [fine_key.fingerprint]
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
    assert selectors.recipient_keys(["x@partner.example"])["x@partner.example"].usable == ()


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


def test_ocsp_answer_is_fetched_cached_and_used() -> None:
    import datetime as dt

    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.x509 import ocsp

    ca = make_ca()
    services.import_ca_bundle(ca.cert_pem, actor="test")
    server = CrlServer()
    revoked_serials: set[int] = set()

    class Responder(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            request = ocsp.load_der_ocsp_request(
                self.rfile.read(int(self.headers["Content-Length"]))
            )
            status = (
                ocsp.OCSPCertStatus.REVOKED
                if request.serial_number in revoked_serials
                else ocsp.OCSPCertStatus.GOOD
            )
            now = dt.datetime.now(dt.UTC)
            cert = next(c for c in issued if c.serial_number == request.serial_number)
            answer = (
                ocsp.OCSPResponseBuilder()
                .add_response(
                    cert=cert,
                    issuer=ca.cert,
                    algorithm=hashes.SHA1(),  # noqa: S303 - CertID hash per RFC 6960
                    cert_status=status,
                    this_update=now - dt.timedelta(minutes=5),
                    next_update=now + dt.timedelta(hours=1),
                    revocation_time=now - dt.timedelta(minutes=10)
                    if status is ocsp.OCSPCertStatus.REVOKED
                    else None,
                    revocation_reason=None,
                )
                .responder_id(ocsp.OCSPResponderEncoding.HASH, ca.cert)
                .sign(ca.key, hashes.SHA256())  # type: ignore[arg-type]
            )
            body = answer.public_bytes(serialization.Encoding.DER)
            self.send_response(200)
            self.send_header("Content-Type", "application/ocsp-response")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    responder = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Responder)
    threading.Thread(target=responder.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{responder.server_address[1]}/ocsp"
    try:
        bad = issue(ca, "ocsp-weg@partner.example", crl_url=None, ocsp_url=url)
        good = issue(ca, "ocsp-da@partner.example", crl_url=None, ocsp_url=url)
        issued = [bad.cert, good.cert]
        revoked_serials.add(bad.cert.serial_number)
        for identity, address in (
            (bad, "ocsp-weg@partner.example"),
            (good, "ocsp-da@partner.example"),
        ):
            services.harvest(
                identity.cert, address=address, capabilities=[], trusted=True, status_reason="ok"
            )

        counts = services.refresh_and_revalidate()
    finally:
        responder.shutdown()
        server.server.shutdown()
    assert counts == {KeyStatus.REVOKED: 1, KeyStatus.VALID: 1}
    assert RevocationData.objects.filter(url__startswith="ocsp:").count() == 2
    assert (
        selectors.recipient_keys(["ocsp-weg@partner.example"])["ocsp-weg@partner.example"].usable
        == ()
    )
