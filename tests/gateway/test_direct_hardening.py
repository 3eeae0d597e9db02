"""Direct delivery against hostile or broken peers: DNS, SMTP servers and policy hosts.

Reuses the loopback world of ``test_direct`` (fake DNS, aiosmtpd MX servers, test
CA); adds scripted SMTP servers that answer what a test needs, a listener that
never speaks, and an HTTPS server that trickles its policy.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from cryptography.hazmat.primitives import serialization
from django.db import DatabaseError
from pytest_django.fixtures import Settings

from siegel.core.certificate_names import name_matches
from siegel.gateway.delivery import DeliveryError, Envelope, PermanentDeliveryError
from siegel.gateway.direct import DirectConfig, DirectNextHop, hop, sts
from siegel.gateway.direct.config import MAX_ADDRESSES, MAX_MX_HOSTS, HostFailure
from siegel.gateway.direct.dns import Dns, is_local, nameserver
from siegel.gateway.direct.session import Security, Session
from siegel.gateway.direct.sts import MtaSts
from siegel.gateway.models import DeliveryRecord, MtaStsPolicy
from tests.support.direct_world import ENFORCE, MAIL, World
from tests.support.pki import make_ca
from tests.support.tls import server_identity

pytestmark = pytest.mark.django_db


@pytest.fixture
def dnssec(world: World, settings: Settings) -> World:
    """A resolver that validates: every answer carries the AD bit and is trusted."""
    settings.SIEGEL_DNS_TRUST_AD = True
    world.dns.ad = True
    return world


class LoopbackServer:
    """A server thread on ``address``: each connection is handed to ``handle``, one at a time."""

    def __init__(self, address: str, port: int) -> None:
        self.server = socket.create_server((address, port))
        self.server.settimeout(0.1)
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while self.running:
            try:
                connection, _ = self.server.accept()
            except TimeoutError:
                continue
            connection.settimeout(5)
            with connection, contextlib.suppress(OSError):
                self.handle(connection)

    def handle(self, connection: socket.socket) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        self.running = False
        self.thread.join()
        self.server.close()


class ScriptedSmtp(LoopbackServer):
    """A plain SMTP server on ``address`` answering each verb from a script."""

    DEFAULTS = {
        "greeting": "220 mx.test ESMTP",
        "EHLO": "250 mx.test",
        "HELO": "250 mx.test",
        "MAIL": "250 ok",
        "RCPT": "250 ok",
        "DATA": "354 go on",
        "END": "250 queued",  # the answer to the final "."
        "RSET": "250 ok",
        "STARTTLS": "454 not now",
        "QUIT": "221 bye",
    }

    def __init__(self, address: str, port: int, **replies: str) -> None:
        self.replies = self.DEFAULTS | replies
        self.mails = 0
        super().__init__(address, port)

    def handle(self, connection: socket.socket) -> None:
        reader = connection.makefile("rb")

        def say(what: str) -> None:
            connection.sendall(self.replies.get(what, "500 unknown").encode() + b"\r\n")

        say("greeting")
        for line in reader:
            verb = line.split(b" ")[0].strip().upper().decode()
            say(verb)
            if verb == "DATA" and self.replies["DATA"].startswith("354"):
                for data in reader:
                    if data == b".\r\n":
                        break
                self.mails += 1
                say("END")
            if verb == "QUIT":
                return


@pytest.fixture
def scripted(world: World) -> Iterator[Callable[..., ScriptedSmtp]]:
    servers: list[ScriptedSmtp] = []

    def start(address: str, **replies: str) -> ScriptedSmtp:
        servers.append(ScriptedSmtp(address, world.smtp_port, **replies))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


def ca_digest(world: World) -> str:
    return hashlib.sha256(world.ca.cert.public_bytes(serialization.Encoding.DER)).hexdigest()


# --- 1: unusable TLSA records do not switch an enforced MTA-STS policy off -----------------


def test_unusable_tlsa_records_do_not_skip_an_enforced_mta_sts_policy(dnssec: World) -> None:
    recorder = dnssec.mx_server("127.0.0.2", tls=server_identity(dnssec.ca, "evil.test"))
    dnssec.domain("partner.test", "evil.test", "127.0.0.2")
    dnssec.dns.add(f"_{dnssec.smtp_port}._tcp.evil.test", "TLSA", f"1 0 1 {'00' * 32}")
    dnssec.sts("partner.test", "1", ENFORCE, "127.0.0.9")
    with pytest.raises(DeliveryError, match=r"evil\.test: MTA-STS mismatch"):
        DirectNextHop().deliver(MAIL)
    assert recorder.received == []


# --- 3: QUIT after the mail is out -------------------------------------------------------


@pytest.mark.parametrize("answer", ["500 what", "421 closing"])
def test_a_bad_answer_to_quit_does_not_fail_a_delivered_mail(
    world: World, scripted: Callable[..., ScriptedSmtp], answer: str
) -> None:
    """The server has the mail: reporting a failure would make the sender deliver it again."""
    first = scripted("127.0.0.2", QUIT=answer)
    second = world.mx_server("127.0.0.3")
    world.dns.add("partner.test", "MX", "10 mx.partner.test.", "20 mx2.partner.test.")
    world.dns.add("mx.partner.test", "A", "127.0.0.2")
    world.dns.add("mx2.partner.test", "A", "127.0.0.3")
    assert DirectNextHop().deliver(MAIL) == "direct:mx.partner.test"
    assert first.mails == 1 and second.received == []
    assert DeliveryRecord.objects.filter(recipient="bob@partner.test").exists()


# --- 4: hostile MX names -----------------------------------------------------------------

HOSTILE_LABEL = "\\200" * 40  # 40 bytes on the wire, 160 characters as text: no IDNA label


def test_mx_names_that_are_no_host_names_are_skipped(world: World) -> None:
    world.dns.add(
        "partner.test",
        "MX",
        "10 mx_1.partner.test.",
        "20 bad\\032name.partner.test.",
        f"30 {HOSTILE_LABEL}.partner.test.",
        "40 mx.partner.test.",
    )
    assert Dns(DirectConfig.from_settings()).mx("partner.test").hosts == ("mx.partner.test",)


def test_a_domain_without_a_valid_mx_name_fails_for_now(world: World) -> None:
    world.dns.add("partner.test", "MX", "10 bad\\032name.partner.test.")
    with pytest.raises(DeliveryError, match=r"partner\.test: no MX record names a valid host") as e:
        DirectNextHop().deliver(MAIL)
    assert not isinstance(e.value, PermanentDeliveryError)


def test_a_hostile_mx_name_does_not_break_starttls(world: World) -> None:
    """Such a name used as SNI raised UnicodeError (label too long) out of the gateway."""
    world.mx_server("127.0.0.2", tls=server_identity(world.ca, "mx.partner.test"))
    recorder = world.mx_server("127.0.0.3")
    world.dns.add("partner.test", "MX", f"10 {HOSTILE_LABEL}.partner.test.", "20 mx.partner.test.")
    world.dns.add(f"{HOSTILE_LABEL}.partner.test", "A", "127.0.0.2")
    world.dns.add("mx.partner.test", "A", "127.0.0.3")
    assert DirectNextHop().deliver(MAIL) == "direct:mx.partner.test"
    assert len(recorder.received) == 1


def test_a_host_name_tls_cannot_use_is_a_host_failure(world: World) -> None:
    world.mx_server("127.0.0.2", tls=server_identity(world.ca, "mx.partner.test"))
    session = Session(
        DirectConfig.from_settings(),
        "partner.test",
        "a" * 64 + ".partner.test",
        "127.0.0.2",
        Security(True, False, "test"),
    )
    with pytest.raises(HostFailure, match="unusable host name") as e:
        session.send(MAIL, ["bob@partner.test"])
    assert not e.value.final


# --- 5: the resolver setting -------------------------------------------------------------


@pytest.mark.parametrize("value", ["not-an-ip", "1.2.3.4:x", "[::1]:99999", "resolver:53"])
def test_a_bad_resolver_setting_is_a_delivery_error(value: str) -> None:
    with pytest.raises(DeliveryError, match="SIEGEL_DNS_RESOLVER"):
        Dns(DirectConfig(resolver=value))


@pytest.mark.parametrize(
    ("resolver", "trusted"),
    [("127.0.0.1", True), ("[::1]:5353", True), ("192.0.2.53", False), ("10.0.0.53:53", False)],
)
def test_the_ad_bit_is_trusted_only_from_a_resolver_on_loopback(
    resolver: str, trusted: bool
) -> None:
    """RFC 7672 2.1: the AD bit is unprotected on the wire; from afar it proves nothing."""
    assert Dns(DirectConfig(resolver=resolver, trust_ad=True)).trust_ad is trusted
    assert not Dns(DirectConfig(resolver=resolver, trust_ad=False)).trust_ad


def test_nameserver_takes_ip_addresses_only() -> None:
    assert nameserver("192.0.2.1") == ("192.0.2.1", 53)
    assert nameserver("192.0.2.1:5353") == ("192.0.2.1", 5353)
    assert nameserver("[2001:db8::1]:5353") == ("2001:db8::1", 5353)
    assert nameserver("[2001:db8::1]") == ("2001:db8::1", 53)
    assert nameserver("2001:db8::1") == ("2001:db8::1", 53)
    for bad in ("not-an-ip", "dns.example:53", "1.2.3.4:0", "[::1]x"):
        with pytest.raises(ValueError):
            nameserver(bad)


# --- 6: TLS required: which names the certificate may have -------------------------------


def hoster(world: World, certificate_name: str) -> list[tuple[list[str], bytes, bool]]:
    """partner.test's MX is at a mail hoster: mx.hoster.test, with a certificate for the name."""
    recorder = world.mx_server("127.0.0.2", tls=server_identity(world.ca, certificate_name))
    world.domain("partner.test", "mx.hoster.test", "127.0.0.2")
    return recorder.received


def test_tls_required_refuses_a_certificate_for_an_unvalidated_mx_name(world: World) -> None:
    """Whoever forges the MX answer picks the MX name: a certificate for it proves nothing."""
    received = hoster(world, "mx.hoster.test")
    with pytest.raises(DeliveryError, match=r"certificate not valid for partner\.test") as e:
        DirectNextHop(require_tls=True).deliver(MAIL)
    assert not isinstance(e.value, PermanentDeliveryError)
    assert received == []


@pytest.mark.parametrize("name", ["partner.test", "*.partner.test", "mail.eu.partner.test"])
def test_tls_required_accepts_a_certificate_for_the_domain_or_below(
    world: World, name: str
) -> None:
    received = hoster(world, name)
    DirectNextHop(require_tls=True).deliver(MAIL)
    assert received == [(["bob@partner.test"], MAIL.content, True)]


def test_tls_required_accepts_the_name_of_a_dnssec_validated_mx(dnssec: World) -> None:
    received = hoster(dnssec, "mx.hoster.test")
    DirectNextHop(require_tls=True).deliver(MAIL)
    assert len(received) == 1


def test_tls_required_still_verifies_the_chain(world: World) -> None:
    stranger = server_identity(make_ca("Unknown CA"), "partner.test")
    recorder = world.mx_server("127.0.0.2", tls=stranger)
    world.domain("partner.test", "mx.hoster.test", "127.0.0.2")
    with pytest.raises(DeliveryError, match="certificate not verified"):
        DirectNextHop(require_tls=True).deliver(MAIL)
    assert recorder.received == []


@pytest.mark.parametrize(
    ("presented", "reference", "matches"),
    [
        ("partner.test", "partner.test", True),
        ("mx.partner.test", ".partner.test", True),
        ("*.partner.test", ".partner.test", True),
        ("partner.test", ".partner.test", False),
        ("evilpartner.test", ".partner.test", False),
        ("mx.partner.test.evil.test", ".partner.test", False),
        ("*.hoster.test", "mx.hoster.test", True),
        ("*.hoster.test", "a.mx.hoster.test", False),
        ("*.hoster.test", "hoster.test", False),
        ("*.test", "hoster.test", False),
        ("mx*.hoster.test", "mx1.hoster.test", False),
        ("mx.*.test", "mx.hoster.test", False),
    ],
)
def test_certificate_name_matching(presented: str, reference: str, matches: bool) -> None:
    assert name_matches(presented, reference) is matches


# --- 7: local addresses ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "local"),
    [
        ("127.0.0.1", True),
        ("::ffff:127.0.0.1", True),  # IPv4-mapped
        ("2002:7f00:1::", True),  # 6to4 around 127.0.0.1
        ("2001:0:4136:e378:8000:63bf:3fff:fdd2", True),  # Teredo
        ("10.1.2.3", True),
        ("192.168.0.1", True),
        ("172.16.0.1", True),
        ("100.64.0.1", True),  # carrier-grade NAT
        ("169.254.1.1", True),
        ("240.0.0.1", True),  # reserved
        ("0.0.0.0", True),  # noqa: S104 (an address to judge, not to bind)
        ("224.0.0.1", True),
        ("::1", True),
        ("fe80::1", True),
        ("fd00::1", True),
        ("8.8.8.8", False),
        ("2001:4860:4860::8888", False),
        ("2002:808:808::", False),  # 6to4 around 8.8.8.8
    ],
)
def test_only_global_addresses_are_mx_addresses(address: str, local: bool) -> None:
    assert is_local(address) is local


def test_the_mta_sts_policy_host_must_not_be_local_either(
    world: World, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    settings.SIEGEL_DIRECT_ALLOW_LOCAL = False
    world.sts("partner.test", "1", ENFORCE, "127.0.0.9")
    config = DirectConfig.from_settings()
    decision = MtaSts(config, Dns(config)).decision("partner.test")
    assert not decision.enforce and not MtaStsPolicy.objects.exists()
    assert "only local ones" in caplog.text


# --- 8: the policy fetch deadline --------------------------------------------------------


class TricklingPolicyServer(LoopbackServer):
    """HTTPS that sends its headers at once, then one byte every 50 ms for three seconds."""

    def __init__(self, address: str, port: int, context: ssl.SSLContext) -> None:
        self.context = context
        super().__init__(address, port)

    def handle(self, connection: socket.socket) -> None:
        with self.context.wrap_socket(connection, server_side=True) as tls:
            self._trickle(tls)

    def _trickle(self, connection: ssl.SSLSocket) -> None:
        request = b""
        while b"\r\n\r\n" not in request:
            request += connection.recv(1024)
        connection.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n"
        )
        for _ in range(60):
            if not self.running:
                return
            connection.sendall(b"x")
            time.sleep(0.05)


def test_a_trickling_policy_server_cannot_stretch_the_fetch(
    world: World, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(sts, "STS_TIMEOUT", 0.5)
    world.dns.add("_mta-sts.partner.test", "TXT", '"v=STSv1; id=1;"')
    world.dns.add("mta-sts.partner.test", "A", "127.0.0.9")
    identity = server_identity(world.ca, "mta-sts.partner.test")
    server = TricklingPolicyServer("127.0.0.9", world.sts_port, world.tls_context(identity))
    try:
        config = DirectConfig.from_settings()
        started = time.monotonic()
        decision = MtaSts(config, Dns(config)).decision("partner.test")
        elapsed = time.monotonic() - started
    finally:
        server.stop()
    assert elapsed < 2.0
    assert not decision.enforce and not MtaStsPolicy.objects.exists()
    assert "took too long" in caplog.text


# --- 9: which 5xx answers speak for the whole domain -------------------------------------


@pytest.mark.parametrize(
    "script",
    [
        {"greeting": "554 no service here"},
        {"EHLO": "550 go away", "HELO": "550 go away"},
        {"EHLO": "250-mx.test\r\n250 STARTTLS", "STARTTLS": "554 no TLS for you"},
    ],
    ids=["greeting", "ehlo", "starttls"],
)
def test_a_5xx_before_the_mail_transaction_tries_the_next_host(
    world: World, scripted: Callable[..., ScriptedSmtp], script: dict[str, str]
) -> None:
    scripted("127.0.0.2", **script)
    recorder = world.mx_server("127.0.0.3")
    world.dns.add("partner.test", "MX", "10 mx.partner.test.", "20 mx2.partner.test.")
    world.dns.add("mx.partner.test", "A", "127.0.0.2")
    world.dns.add("mx2.partner.test", "A", "127.0.0.3")
    assert DirectNextHop().deliver(MAIL) == "direct:mx2.partner.test"
    assert len(recorder.received) == 1


@pytest.mark.parametrize(
    "script", [{"MAIL": "550 sender refused"}, {"RCPT": "550 no such user"}, {"DATA": "554 no"}]
)
def test_a_5xx_in_the_mail_transaction_fails_the_domain(
    world: World, scripted: Callable[..., ScriptedSmtp], script: dict[str, str]
) -> None:
    scripted("127.0.0.2", **script)
    recorder = world.mx_server("127.0.0.3")
    world.dns.add("partner.test", "MX", "10 mx.partner.test.", "20 mx2.partner.test.")
    world.dns.add("mx.partner.test", "A", "127.0.0.2")
    world.dns.add("mx2.partner.test", "A", "127.0.0.3")
    with pytest.raises(PermanentDeliveryError, match=r"partner\.test: mx\.partner\.test"):
        DirectNextHop().deliver(MAIL)
    assert recorder.received == []


# --- 10: bounded work --------------------------------------------------------------------


def test_at_most_ten_mx_hosts_are_tried(world: World) -> None:
    recorder = world.mx_server("127.0.0.3")  # only the eleventh host would take the mail
    world.dns.add("partner.test", "MX", *(f"{n} mx{n}.partner.test." for n in range(1, 12)))
    for n in range(1, 11):
        world.dns.add(f"mx{n}.partner.test", "A", "127.0.0.2")  # nothing listens there
    world.dns.add("mx11.partner.test", "A", "127.0.0.3")
    with pytest.raises(DeliveryError) as e:
        DirectNextHop().deliver(MAIL)
    assert str(e.value).count("(127.0.0.2:") == MAX_MX_HOSTS == 10
    assert recorder.received == []


def test_at_most_four_addresses_per_host_are_tried(world: World) -> None:
    world.dns.add("partner.test", "MX", "10 mx.partner.test.")
    # Five addresses where nothing listens (the DNS answer does not keep their order).
    world.dns.add("mx.partner.test", "A", *(f"127.0.0.{n}" for n in range(2, 7)))
    with pytest.raises(DeliveryError) as e:
        DirectNextHop().deliver(MAIL)
    assert str(e.value).count("mx.partner.test (127.0.0.") == MAX_ADDRESSES == 4


def test_one_delivery_ends_after_three_timeouts(world: World, settings: Settings) -> None:
    """A domain whose MX hosts accept connections and never speak cannot hold the others up."""
    settings.SIEGEL_DIRECT_TIMEOUT = 0.3
    silent = socket.create_server(("127.0.0.2", world.smtp_port), backlog=16)
    try:
        world.dns.add("slow.test", "MX", *(f"{n} mx{n}.slow.test." for n in range(1, 6)))
        for n in range(1, 6):
            world.dns.add(f"mx{n}.slow.test", "A", "127.0.0.2")
        recorder = world.mx_server("127.0.0.3")
        world.domain("partner.test", "mx.partner.test", "127.0.0.3")
        mail = Envelope(MAIL.sender, ("carl@slow.test", "bob@partner.test"), MAIL.content)
        started = time.monotonic()
        with pytest.raises(DeliveryError) as e:
            DirectNextHop().deliver(mail)
        elapsed = time.monotonic() - started
    finally:
        silent.close()
    assert "partner.test: delivery took too long; retried later" in str(e.value)
    assert not isinstance(e.value, PermanentDeliveryError)
    assert recorder.received == []
    assert elapsed < 1.5


# --- 11: database errors after the fact --------------------------------------------------


def _broken(*args: object, **kwargs: object) -> None:
    raise DatabaseError("the database is gone")


def test_a_database_error_after_delivery_does_not_fail_the_delivery(
    world: World, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    recorder = world.mx_server("127.0.0.2")
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    monkeypatch.setattr(DeliveryRecord.objects, "bulk_create", _broken)
    assert DirectNextHop().deliver(MAIL) == "direct:mx.partner.test"
    assert len(recorder.received) == 1
    assert any(
        r.levelno == logging.ERROR and "not recorded" in r.getMessage() for r in caplog.records
    )


def test_a_database_error_while_auditing_keeps_the_delivery_error(
    world: World, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    world.mx_server("127.0.0.2")  # no STARTTLS: TLS-required mail fails and is audited
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    monkeypatch.setattr(hop, "record", _broken)
    with pytest.raises(DeliveryError, match="offers no STARTTLS"):
        DirectNextHop(require_tls=True).deliver(MAIL)
    assert any(r.levelno == logging.ERROR and "audit" in r.getMessage() for r in caplog.records)


# --- 12: DANE-TA reference identifiers ---------------------------------------------------


def test_dane_ta_accepts_a_certificate_for_the_recipient_domain(dnssec: World) -> None:
    identity = server_identity(dnssec.ca, "partner.test")
    recorder = dnssec.mx_server("127.0.0.2", tls=identity, with_chain=True)
    dnssec.domain("partner.test", "mx.partner.test", "127.0.0.2")
    dnssec.dns.add(
        f"_{dnssec.smtp_port}._tcp.mx.partner.test", "TLSA", f"2 0 1 {ca_digest(dnssec)}"
    )
    DirectNextHop(require_tls=True).deliver(MAIL)
    assert len(recorder.received) == 1
