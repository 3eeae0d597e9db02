"""A small internet on loopback for direct delivery: DNS, MX servers, MTA-STS web servers.

A DNS server answers from a dict, SMTP servers listen on 127.0.0.2… (one address
per MX host, all on the configured port), and an HTTPS server serves the MTA-STS
policy. Certificates come from a test CA that ``SIEGEL_TLS_CA_FILE`` points at.
The ``world`` fixture in ``tests/gateway/conftest.py`` sets the settings up.
"""

from __future__ import annotations

import hashlib
import http.server
import socket
import ssl
import threading
from pathlib import Path
from typing import Any

import dns.flags
import dns.message
import dns.rcode
import dns.rdatatype
import dns.rrset
from aiosmtpd.controller import Controller

from siegel.gateway.delivery import (
    Envelope,
)
from tests.conftest import free_port
from tests.support.pki import Identity, make_ca
from tests.support.tls import server_identity

MAIL = Envelope(
    "anna@versicherer.example",
    ("bob@partner.test",),
    b"Message-ID: <1@versicherer.example>\r\nSubject: Vertrag\r\n\r\nHallo Bob\r\n",
)

ENFORCE = "version: STSv1\nmode: enforce\nmx: mx.partner.test\nmax_age: 86400\n"
"""An enforced MTA-STS policy naming the MX host the tests use."""


class FakeDns:
    """A UDP DNS server answering from ``records``; unknown names get NXDOMAIN."""

    def __init__(self) -> None:
        self.records: dict[tuple[str, str], list[str]] = {}
        self.ad = False
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def add(self, name: str, rdtype: str, *values: str) -> None:
        self.records[(name.lower(), rdtype)] = list(values)

    def _serve(self) -> None:
        while self.running:
            try:
                wire, peer = self.sock.recvfrom(4096)
            except TimeoutError:
                continue
            self.sock.sendto(self.answer(dns.message.from_wire(wire)).to_wire(), peer)

    def answer(self, query: dns.message.Message) -> dns.message.Message:
        response = dns.message.make_response(query)
        question = query.question[0]
        name = question.name.to_text(omit_final_dot=True).lower()
        rdtype = dns.rdatatype.to_text(question.rdtype)
        values = self.records.get((name, rdtype))
        if values:
            response.answer.append(dns.rrset.from_text(question.name, 300, "IN", rdtype, *values))
        elif not any(known == name for known, _ in self.records):
            response.set_rcode(dns.rcode.NXDOMAIN)
        if self.ad:
            response.flags |= dns.flags.AD
        return response

    def stop(self) -> None:
        self.running = False
        self.thread.join()
        self.sock.close()


class Recorder:
    def __init__(self) -> None:
        self.received: list[tuple[list[str], bytes, bool]] = []
        self.busy: set[str] = set()  # recipients answered with 450 for now

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # type: ignore[no-untyped-def]
        if address in self.busy:
            return "450 4.2.1 Mailbox busy"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.received.append(
            (list(envelope.rcpt_tos), envelope.original_content, session.ssl is not None)
        )
        return "250 2.0.0 Ok"


class World:
    """DNS, MX servers and MTA-STS web servers for one test."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.ca = make_ca()
        self.ca_file = directory / "ca.pem"
        self.ca_file.write_bytes(self.ca.cert_pem)
        self.dns = FakeDns()
        self.smtp_port, self.sts_port = free_port(), free_port()
        self.controllers: dict[str, Controller] = {}
        self.web: list[http.server.ThreadingHTTPServer] = []

    def tls_context(self, identity: Identity, *, with_chain: bool = False) -> ssl.SSLContext:
        stem = hashlib.sha256(identity.cert_pem).hexdigest()[:12]
        crt, key = identity.write(self.directory, stem)
        if with_chain:
            crt.write_bytes(identity.cert_pem + self.ca.cert_pem)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(crt, key)
        return context

    def mx_server(
        self, address: str, *, tls: Identity | None = None, with_chain: bool = False
    ) -> Recorder:
        """An SMTP server on ``address``; with ``tls`` it offers STARTTLS with that certificate."""
        recorder = Recorder()
        extra: dict[str, Any] = {}
        if tls is not None:
            extra["tls_context"] = self.tls_context(tls, with_chain=with_chain)
        controller = Controller(recorder, hostname=address, port=self.smtp_port, **extra)
        controller.start()
        self.controllers[address] = controller
        return recorder

    def domain(self, domain: str, mx: str, address: str) -> None:
        self.dns.add(domain, "MX", f"10 {mx}.")
        self.dns.add(mx, "A", address)

    def sts(self, domain: str, record_id: str, policy: str, address: str) -> None:
        """Publish an MTA-STS TXT record and serve the policy over HTTPS on ``address``."""
        self.dns.add(f"_mta-sts.{domain}", "TXT", f'"v=STSv1; id={record_id};"')
        self.dns.add(f"mta-sts.{domain}", "A", address)
        body = policy.encode()

        class Policy(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                ok = self.path == "/.well-known/mta-sts.txt"
                self.send_response(200 if ok else 404)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        server = http.server.ThreadingHTTPServer((address, self.sts_port), Policy)
        context = self.tls_context(server_identity(self.ca, f"mta-sts.{domain}"))
        server.socket = context.wrap_socket(server.socket, server_side=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        self.web.append(server)

    def stop_web(self) -> None:
        for server in self.web:
            server.shutdown()
            server.server_close()
        self.web = []

    def close(self) -> None:
        for controller in self.controllers.values():
            controller.stop()
        self.stop_web()
        self.dns.stop()
