"""The test OpenID Connect provider as a process: started on a free loopback port, then ended.

:func:`running_provider` migrates its database, starts it (Django's development
server, one process, ``tests.support.oidc_provider``) and waits until its
discovery document answers. :class:`Provider` registers clients and users through
the provider's own management command, and plays a person at its login page.
"""

from __future__ import annotations

import os
import re
import secrets
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html import unescape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urljoin

import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.conftest import free_port

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Verzeichnis-Passwort-1"


@dataclass(frozen=True)
class Provider:
    url: str  # http://127.0.0.1:<port>
    environment: dict[str, str]

    @property
    def issuer(self) -> str:
        return f"{self.url}/o"

    def manage(self, *arguments: str) -> None:
        subprocess.run(
            [sys.executable, "-m", "django", *arguments],
            env=self.environment,
            cwd=ROOT,
            check=True,
            capture_output=True,
            timeout=120,
        )

    def client(self, client_id: str, secret: str, *redirect_uris: str) -> None:
        """Register (or change) a confidential client for the code flow, consent skipped."""
        self.manage("provider", "client", client_id, secret, *redirect_uris)

    def users(self, **addresses: str) -> None:
        """People in the firm's directory, by name: their address (``!`` after it: unverified,
        ``?``: the provider does not say whether it is).

        All get :data:`PASSWORD`.
        """
        entries = [f"{name}={address}" for name, address in addresses.items()]
        self.manage("provider", "users", PASSWORD, *entries)

    def sign_in(self, authorize_url: str, username: str, back_to: str) -> str:
        """What a browser does at the provider: log in, and come back; the URL it comes back to.

        Follows the provider's redirects by hand until one leads to ``back_to`` (Siegel).
        """
        browser = requests.Session()
        url = authorize_url
        for _ in range(10):
            if url.startswith(back_to):
                return url
            answer = browser.get(url, allow_redirects=False, timeout=30)
            if answer.status_code == 200 and "csrfmiddlewaretoken" in answer.text:
                answer = browser.post(
                    answer.url,
                    data={
                        "csrfmiddlewaretoken": _field(answer.text, "csrfmiddlewaretoken"),
                        "next": _field(answer.text, "next"),
                        "username": username,
                        "password": PASSWORD,
                    },
                    allow_redirects=False,
                    timeout=30,
                )
            if answer.status_code not in {301, 302, 303}:
                raise AssertionError(f"provider answered {answer.status_code}: {answer.text[:300]}")
            url = urljoin(answer.url, answer.headers["Location"])
        raise AssertionError("the provider never sent the browser back")


@dataclass
class StandIn:
    """An HTTP endpoint on loopback that records the bodies it gets and answers as told.

    It plays a provider's endpoint that misbehaves (or a malicious firm's): ``answer``
    is sent with ``status``, in pieces of ``piece`` bytes ``pause`` seconds apart.
    """

    url: str
    received: list[bytes] = field(default_factory=list)
    answer: bytes = b"{}"
    status: int = 200
    piece: int = 1 << 16
    pause: float = 0.0


@contextmanager
def stand_in() -> Iterator[StandIn]:
    endpoint = StandIn(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._answer(b"")

        def do_POST(self) -> None:
            self._answer(self.rfile.read(int(self.headers.get("Content-Length", 0))))

        def _answer(self, body: bytes) -> None:
            endpoint.received.append(body)
            self.send_response(endpoint.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(endpoint.answer)))
            self.end_headers()
            for start in range(0, len(endpoint.answer), endpoint.piece):
                self.wfile.write(endpoint.answer[start : start + endpoint.piece])
                self.wfile.flush()
                time.sleep(endpoint.pause)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    endpoint.url = f"http://127.0.0.1:{server.server_address[1]}/token"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield endpoint
    finally:
        server.shutdown()
        server.server_close()


def _field(page: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', page)
    assert found is not None, f"no {name} on the provider's page"
    return unescape(found.group(1))


@contextmanager
def running_provider(directory: Path, *, sends_iss: bool = True) -> Iterator[Provider]:
    """The provider, answering with ``iss`` (RFC 9207) unless ``sends_iss`` is False."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    key_file = directory / "provider-key.pem"
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("SIEGEL_") and name != "DATABASE_URL"
    } | {
        "DJANGO_SETTINGS_MODULE": "tests.support.oidc_provider.settings",
        "PYTHONPATH": str(ROOT),
        "OIDC_PROVIDER_SECRET_KEY": secrets.token_urlsafe(32),
        "OIDC_PROVIDER_DATABASE": str(directory / "provider.sqlite3"),
        "OIDC_PROVIDER_KEY_FILE": str(key_file),
        "OIDC_PROVIDER_SENDS_ISS": "1" if sends_iss else "0",
    }
    port = free_port()
    provider = Provider(f"http://127.0.0.1:{port}", environment)
    provider.manage("migrate", "--noinput")
    server = subprocess.Popen(
        [sys.executable, "-m", "django", "runserver", f"127.0.0.1:{port}", "--noreload"],
        env=environment,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        _wait_for_discovery(provider, server)
        yield provider
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def _wait_for_discovery(provider: Provider, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("the test OIDC provider ended at start")
        try:
            answer = requests.get(f"{provider.issuer}/.well-known/openid-configuration", timeout=2)
            if answer.status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.2)
    raise RuntimeError("the test OIDC provider did not answer within 60 s")
