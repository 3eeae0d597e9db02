"""Direct delivery: the gateway itself hands each recipient domain's mail to that domain's MX.

Selected with ``SIEGEL_NEXT_HOP=direct`` (opportunistic STARTTLS) or
``SIEGEL_TLS_NEXT_HOP=direct`` (TLS-required mail: never without STARTTLS and an
authenticated server). Per domain, in this order of strength:

1. DANE (RFC 7672) — only when ``SIEGEL_DNS_TRUST_AD`` says the resolver validates
   DNSSEC: the MX RRset and the host's TLSA RRset must carry the AD bit; the
   server's certificate must then match a usable TLSA record (it takes precedence
   over MTA-STS, RFC 8461 2).
2. MTA-STS (RFC 8461) ``enforce`` — only MX hosts named by the policy, over TLS with
   a certificate valid for the MX host name.
3. TLS required (``require_tls``) — STARTTLS with a certificate chain the trust store
   verifies, valid for the recipient domain or a name below it (Postfix's ``secure``
   level with ``nexthop, dot-nexthop``); valid for the MX host name only when the MX
   RRset was DNSSEC-validated, since otherwise whoever forges the MX also picks the
   name the certificate is checked against.
4. Otherwise opportunistic STARTTLS (RFC 7435: encrypt when offered, unauthenticated).

A retried hand-over does not deliver twice: every recipient a server accepted is
recorded under the delivery key (:class:`~siegel.gateway.models.DirectDelivery`)
and skipped on the sender's retry. A retry that arrives while the first attempt
still runs (the sender timed out) finds the key leased
(:class:`~siegel.gateway.models.DeliveryLease`) and is answered 4xx.

Recipients refused for good (5xx, no such domain) fail the whole hand-over only
when no recipient got the mail (:class:`PermanentDeliveryError`, the sender
bounces); otherwise :class:`PartlyDelivered` lets the caller report them and accept.

The work of one hand-over is bounded, as recipient domains (and so their DNS) may
be hostile: at most :data:`MAX_MX_HOSTS` hosts per domain, :data:`MAX_ADDRESSES`
addresses per host, and :data:`DEADLINE_FACTOR` times ``SIEGEL_DIRECT_TIMEOUT`` for
the whole call; what is left then fails for now and is retried later.
"""

from __future__ import annotations

import datetime as dt
import http.client
import ipaddress
import logging
import os
import random
import re
import smtplib
import socket
import ssl
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import dns.exception
import dns.flags
import dns.name
import dns.rdatatype
import dns.resolver
from cryptography import x509
from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.utils import timezone

from siegel.audit.services import record
from siegel.core import dane, mtasts
from siegel.gateway.delivery import (
    DeliveryError,
    DeliveryInProgress,
    Envelope,
    PartlyDelivered,
    PermanentDeliveryError,
)
from siegel.gateway.models import DeliveryLease, DirectDelivery, MtaStsPolicy

log = logging.getLogger(__name__)

STS_MAX_BODY = 64 * 1024  # RFC 8461 3.3 lets senders refuse larger policies
STS_TIMEOUT = 10.0  # the whole policy fetch, not just one socket operation
MAX_MX_HOSTS = 10  # per domain; more only makes a hostile domain keep a worker busy
MAX_ADDRESSES = 4  # per MX host (A and AAAA together)
DEADLINE_FACTOR = 3  # one deliver() call may take this many SIEGEL_DIRECT_TIMEOUTs
LEASE_MARGIN = 300.0  # seconds a delivery lease outlives the deadline (see take_lease)


@dataclass(frozen=True)
class DirectConfig:
    """What direct delivery needs from the settings (ports are settings so tests use loopback)."""

    smtp_port: int = 25
    sts_port: int = 443
    ca_file: str = ""  # empty: the system's trust store
    resolver: str = ""  # "ip" or "ip:port"; empty: /etc/resolv.conf
    trust_ad: bool = False
    timeout: float = 60.0
    helo: str = ""
    allow_local: bool = False  # loopback, private... MX and policy addresses (tests, labs)

    @classmethod
    def from_settings(cls) -> DirectConfig:
        return cls(
            smtp_port=settings.SIEGEL_DIRECT_SMTP_PORT,
            sts_port=settings.SIEGEL_MTA_STS_PORT,
            ca_file=settings.SIEGEL_TLS_CA_FILE,
            resolver=settings.SIEGEL_DNS_RESOLVER,
            trust_ad=settings.SIEGEL_DNS_TRUST_AD,
            timeout=settings.SIEGEL_DIRECT_TIMEOUT,
            helo=settings.SIEGEL_DIRECT_HELO,
            allow_local=settings.SIEGEL_DIRECT_ALLOW_LOCAL,
        )

    def verifying_context(self) -> ssl.SSLContext:
        """Certificate chain and host name verified (PKIX)."""
        return ssl.create_default_context(cafile=self.ca_file or None)


class HostFailure(Exception):
    """One MX host did not take the mail; ``final`` when its 5xx speaks for the whole domain.

    Only a 5xx to the mail transaction itself (MAIL FROM, RCPT TO, DATA) is final: a
    5xx greeting or a refused EHLO/STARTTLS is about that host, and the next MX may
    well take the mail.
    """

    def __init__(self, message: str, *, final: bool = False) -> None:
        super().__init__(message)
        self.final = final


# --- DNS ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class MxHosts:
    hosts: tuple[str, ...]
    secure: bool  # DNSSEC-validated (AD bit from a trusted resolver)


class Dns:
    """The look-ups direct delivery makes, through the configured resolver."""

    def __init__(self, config: DirectConfig) -> None:
        self.trust_ad = config.trust_ad
        try:
            self.resolver = self._resolver(config)
        except ValueError as exc:
            raise DeliveryError(
                f"SIEGEL_DNS_RESOLVER={config.resolver!r} is not an IP address with an "
                f"optional port (ip, ip:port, [ipv6]:port): {exc}"
            ) from exc
        except dns.exception.DNSException as exc:
            raise DeliveryError(f"no DNS resolver configured: {exc}") from exc
        if self.trust_ad and not on_loopback(self.resolver.nameservers):
            # RFC 6698 4.1 / RFC 7672 2.1: the AD bit proves nothing when it travels
            # unprotected over a network. Without DANE the stricter rules below apply.
            log.warning(
                "SIEGEL_DNS_TRUST_AD ignored: resolver %s is not on loopback",
                self.resolver.nameservers,
            )
            self.trust_ad = False

    @staticmethod
    def _resolver(config: DirectConfig) -> dns.resolver.Resolver:
        if config.resolver:
            resolver = dns.resolver.Resolver(configure=False)
            host, port = nameserver(config.resolver)
            resolver.nameservers, resolver.port = [host], port
        else:
            resolver = dns.resolver.Resolver()
        resolver.lifetime = min(config.timeout, 30.0)
        if config.trust_ad:
            # RFC 6840 5.7: ask for the AD bit; DO so a validating resolver does the work.
            resolver.use_edns(0, dns.flags.DO, 1232)
            resolver.flags = dns.flags.RD | dns.flags.AD
        return resolver

    def _query(self, name: str, rdtype: str) -> dns.resolver.Answer:
        return self.resolver.resolve(name, rdtype, raise_on_no_answer=False, search=False)

    def _secure(self, answer: dns.resolver.Answer) -> bool:
        return self.trust_ad and bool(answer.response.flags & dns.flags.AD)

    def mx(self, domain: str) -> MxHosts:
        """MX hosts by preference; the domain itself when it has none (RFC 5321 5.1).

        The names come from the recipient domain's DNS and may be anything: only LDH
        host names are used (others break SNI and IDNA, and no real MX has them).
        """
        try:
            answer = self._query(domain, "MX")
        except dns.resolver.NXDOMAIN as exc:
            raise PermanentDeliveryError(f"{domain}: the domain does not exist") from exc
        except dns.exception.DNSException as exc:
            raise DeliveryError(f"{domain}: MX look-up failed: {exc}") from exc
        records = list(answer.rrset or [])
        if not records:
            return MxHosts((domain,), self._secure(answer))
        if len(records) == 1 and records[0].exchange == dns.name.root:
            raise PermanentDeliveryError(
                f"{domain}: the domain accepts no mail (null MX, RFC 7505)"
            )
        random.shuffle(records)  # RFC 5321 5.1: spread load among equal preferences
        records.sort(key=lambda r: r.preference)
        names = [
            r.exchange.to_text(omit_final_dot=True).lower()
            for r in records
            if r.exchange != dns.name.root
        ]
        hosts = tuple(n for n in names if is_host_name(n))
        if len(hosts) < len(names):
            invalid = [n for n in names if not is_host_name(n)]
            log.warning("%s: MX names that are no host names skipped: %r", domain, invalid)
        if not hosts:
            raise DeliveryError(f"{domain}: no MX record names a valid host name")
        return MxHosts(hosts, self._secure(answer))

    def addresses(self, host: str) -> list[str]:
        found: list[str] = []
        for rdtype in ("A", "AAAA"):
            try:
                found += [r.address for r in self._query(host, rdtype).rrset or []]
            except dns.resolver.NXDOMAIN:
                break
            except dns.exception.DNSException as exc:
                log.info("address look-up of %s (%s) failed: %s", host, rdtype, exc)
        return found

    def txt(self, name: str) -> list[str]:
        try:
            answer = self._query(name, "TXT")
        except dns.exception.DNSException:
            return []
        return [b"".join(r.strings).decode("utf-8", "replace") for r in answer.rrset or []]

    def tlsa(self, host: str, port: int) -> tuple[dane.Tlsa, ...] | None:
        """The host's DNSSEC-secure TLSA records; None when DANE does not apply.

        A failed look-up (not "no such record") is a failure of the host: it may be
        an attacker hiding records that would have made TLS mandatory (RFC 7672 2.2).
        """
        try:
            answer = self._query(f"_{port}._tcp.{host}", "TLSA")
        except dns.resolver.NXDOMAIN:
            return None
        except dns.exception.DNSException as exc:
            raise HostFailure(f"{host}: TLSA look-up failed: {exc}") from exc
        if not self._secure(answer) or not answer.rrset:
            return None
        return tuple(dane.Tlsa(r.usage, r.selector, r.mtype, bytes(r.cert)) for r in answer.rrset)


def on_loopback(nameservers: Sequence[object]) -> bool:
    """Every resolver is on this machine (the only place an AD bit can be trusted from)."""
    try:
        return bool(nameservers) and all(
            ipaddress.ip_address(str(n)).is_loopback for n in nameservers
        )
    except ValueError:  # a DoH/DoT URL or a name: not a local resolver we know
        return False


def nameserver(value: str) -> tuple[str, int]:
    """``ip``, ``ip:port``, ``[ipv6]:port`` or a bare IPv6 address; port 53 by default.

    ValueError for anything else: a host name would need a resolver to find the resolver.
    """
    if value.startswith("["):
        host, _, rest = value[1:].partition("]")
        port_text = rest.removeprefix(":") if rest else "53"
    elif value.count(":") == 1:
        host, port_text = value.split(":")
    else:
        host, port_text = value, "53"
    ipaddress.ip_address(host)
    port = int(port_text)
    if not 0 < port < 65536:
        raise ValueError(f"port {port} out of range")
    return host, port


_LDH_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


def is_host_name(name: str) -> bool:
    """LDH ASCII labels of at most 63 characters, 253 in all (RFC 1123 2.1).

    ``dns.name.Name.to_text`` escapes what is not printable (``\\032``): such a
    name fails here, as do internationalized names not in their ``xn--`` form.
    """
    return len(name) <= 253 and all(_LDH_LABEL.fullmatch(label) for label in name.split("."))


# --- MTA-STS -----------------------------------------------------------------------------


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to a host name at an address we resolved ourselves (SNI and checks use the name)."""

    def __init__(
        self, host: str, address: str, port: int, timeout: float, context: ssl.SSLContext
    ) -> None:
        super().__init__(host, port, timeout=timeout, context=context)
        self.address, self.tls_context = address, context

    def connect(self) -> None:
        raw = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self.tls_context.wrap_socket(raw, server_hostname=self.host)


class MtaSts:
    """Fetches and caches MTA-STS policies; what they mean is :mod:`siegel.core.mtasts`."""

    def __init__(self, config: DirectConfig, resolver: Dns) -> None:
        self.config, self.dns = config, resolver

    def decision(self, domain: str) -> mtasts.StsDecision:
        now = time.time()
        record = mtasts.select_record(self.dns.txt(f"_mta-sts.{domain}"))
        cached = self._cached(domain)
        fetched = None
        if record is not None and mtasts.needs_fetch(record, cached, now):
            fetched = self._fetch(domain, record, now)
        return mtasts.decide(record, fetched, cached, now)

    def _cached(self, domain: str) -> mtasts.CachedPolicy | None:
        row = MtaStsPolicy.objects.filter(domain=domain).first()
        if row is None:
            return None
        try:
            policy = mtasts.parse_policy(row.body)
        except mtasts.StsError:
            return None
        return mtasts.CachedPolicy(row.record_id, policy, row.fetched_at.timestamp())

    def _fetch(self, domain: str, record: mtasts.StsRecord, now: float) -> mtasts.StsPolicy | None:
        """The policy over verified HTTPS, or None (the caller falls back to the cache)."""
        try:
            content_type, status, body = self._get(f"mta-sts.{domain}")
            policy = mtasts.parse_policy(body, content_type=content_type, status=status)
        except (OSError, http.client.HTTPException, mtasts.StsError, UnicodeDecodeError) as exc:
            log.warning("MTA-STS policy of %s not fetched: %s", domain, exc)
            return None
        MtaStsPolicy.objects.update_or_create(
            domain=domain,
            defaults={
                "record_id": record.id,
                "body": body,
                "fetched_at": dt.datetime.fromtimestamp(now, dt.UTC),
            },
        )
        return policy

    def _get(self, host: str) -> tuple[str, int, str]:
        """GET the well-known policy: no redirects (http.client follows none), size and time capped.

        The policy host's address comes from the recipient domain's DNS: like an MX
        address, it must not be one of ours (that would be a request into the
        insurer's network on a stranger's behalf).
        """
        addresses = self.dns.addresses(host)
        if not self.config.allow_local:
            addresses = [a for a in addresses if not is_local(a)]
        if not addresses:
            raise OSError(f"{host} has no usable address (none, or only local ones)")
        deadline = time.monotonic() + STS_TIMEOUT
        connection = _PinnedHTTPSConnection(
            host,
            addresses[0],
            self.config.sts_port,
            timeout=STS_TIMEOUT,
            context=self.config.verifying_context(),
        )
        try:
            connection.request("GET", "/.well-known/mta-sts.txt")
            sock = connection.sock  # kept: the connection drops it when the response ends it
            if sock is None:
                raise OSError(f"{host}: no connection")
            _time_left(sock, deadline)
            response = connection.getresponse()
            body = b""
            while True:
                _time_left(sock, deadline)
                chunk = response.read1(8192)  # what has arrived: read() would wait for all
                if not chunk:
                    break
                body += chunk
                if len(body) > STS_MAX_BODY:
                    raise OSError(f"policy larger than {STS_MAX_BODY} bytes")
            return response.getheader("Content-Type", ""), response.status, body.decode()
        finally:
            connection.close()


def _time_left(sock: socket.socket, deadline: float) -> None:
    """Give the next read only the time left, so a server trickling bytes cannot stretch it."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise OSError("policy fetch took too long")
    sock.settimeout(max(0.1, left))


# --- SMTP --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Security:
    """How one MX host must be talked to, and why (the reason ends up in errors).

    ``names`` are the reference identifiers the certificate must be valid for when
    the name check is ours rather than OpenSSL's (TLS required): a leading dot
    stands for any name below (Postfix's ``dot-nexthop``). Empty: the MX host name.
    """

    starttls_required: bool
    verify_name: bool
    why: str
    tlsa: tuple[dane.Tlsa, ...] = ()
    names: tuple[str, ...] = ()


class _PinnedSMTP(smtplib.SMTP):
    """SMTP to an MX name at an address we resolved (STARTTLS sends the name as SNI).

    Not connected on creation, so the caller owns the socket from the first byte on.
    """

    def __init__(self, address: str, host: str, timeout: float, helo: str) -> None:
        super().__init__(local_hostname=helo, timeout=timeout)
        self.address = address
        self._host = host  # smtplib keeps it for STARTTLS only when it connects itself

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        return socket.create_connection((self.address, port), timeout, self.source_address)


def _peer_chain(sock: ssl.SSLSocket) -> list[bytes]:
    """The chain the server sent, leaf first (DANE-TA needs the anchor from it)."""
    ssl_object = getattr(sock, "_sslobj", None)
    chain = getattr(ssl_object, "get_unverified_chain", None)
    if chain is not None:  # public as SSLSocket.get_unverified_chain from Python 3.13
        return [c.public_bytes(ssl._ssl.ENCODING_DER) for c in chain() or []]  # type: ignore[attr-defined]
    leaf = sock.getpeercert(binary_form=True)
    return [leaf] if leaf else []


def certificate_dns_names(certificate_der: bytes) -> list[str]:
    """The DNS names of the certificate's subjectAltName (no CN fallback, RFC 6125 6.4.4)."""
    try:
        extension = x509.load_der_x509_certificate(
            certificate_der
        ).extensions.get_extension_for_class(x509.SubjectAlternativeName)
    except (ValueError, x509.ExtensionNotFound, x509.DuplicateExtension):
        return []
    return [name.lower().rstrip(".") for name in extension.value.get_values_for_type(x509.DNSName)]


def name_matches(presented: str, reference: str) -> bool:
    """Whether a certificate's DNS name covers a reference identifier.

    A reference with a leading dot means any name below it, wildcard or not. A
    wildcard elsewhere stands for exactly the leftmost label (RFC 6125 6.4.3), and
    never for one of only two labels (``*.com``).
    """
    if reference.startswith("."):
        return presented.endswith(reference) and len(presented) > len(reference)
    if presented.startswith("*."):
        rest = presented[2:]
        label, dot, parent = reference.partition(".")
        return bool(label) and bool(dot) and parent == rest and "." in rest
    return presented == reference


class Session:
    """One SMTP conversation with one address of one MX host.

    ``phase`` says what the server is answering: only answers to the mail
    transaction can be final (see :class:`HostFailure`).
    """

    def __init__(
        self, config: DirectConfig, domain: str, host: str, address: str, security: Security
    ) -> None:
        self.config, self.domain, self.host = config, domain, host
        self.address, self.security = address, security
        self.where = f"{host} ({address}:{config.smtp_port})"
        self.phase = "connect"

    def send(self, envelope: Envelope, recipients: Sequence[str]) -> dict[str, tuple[int, bytes]]:
        """Deliver; return the refused recipients. HostFailure when nothing was accepted."""
        client = _PinnedSMTP(
            self.address, self.host, self.config.timeout, self.config.helo or socket.getfqdn()
        )
        try:
            refused = self._transfer(client, envelope, recipients)
        except BaseException:
            client.close()
            raise
        # The mail is out. A QUIT that fails or is not answered 221 must not turn into
        # an error: the sender would retry and the recipients get a second copy.
        try:
            client.quit()
        except (smtplib.SMTPException, OSError):
            pass
        finally:
            client.close()
        return refused

    def _transfer(
        self, client: _PinnedSMTP, envelope: Envelope, recipients: Sequence[str]
    ) -> dict[str, tuple[int, bytes]]:
        try:
            self._open(client)
            self.phase = "transaction"
            return client.sendmail(envelope.sender, list(recipients), envelope.content)
        except (OSError, smtplib.SMTPException, ValueError) as exc:
            raise self._failure(exc) from exc

    def _open(self, client: _PinnedSMTP) -> None:
        """Connect, greet and secure the session; nothing of the mail is sent yet."""
        self.phase = "greeting"
        code, message = client.connect(self.host, self.config.smtp_port)
        if code != 220:
            raise smtplib.SMTPConnectError(code, message)
        self.phase = "EHLO"
        client.ehlo_or_helo_if_needed()
        self._secure(client)

    def _failure(self, exc: Exception) -> HostFailure:
        """The exception as this host's failure; UnicodeError is a hostile host name (SNI)."""
        if isinstance(exc, smtplib.SMTPRecipientsRefused):
            codes = ", ".join(f"{a} ({c} {m!r})" for a, (c, m) in exc.recipients.items())
            final = all(c >= 500 for c, _ in exc.recipients.values())
            return HostFailure(f"{self.where} refused all recipients: {codes}", final=final)
        if isinstance(exc, smtplib.SMTPResponseException):
            return HostFailure(
                f"{self.where} answered {exc.smtp_code} {exc.smtp_error!r} ({self.phase})",
                final=self.phase == "transaction" and exc.smtp_code >= 500,
            )
        if isinstance(exc, ssl.SSLCertVerificationError):
            return HostFailure(
                f"{self.where}: certificate not verified ({exc.verify_message}); {self.security.why}"
            )
        if isinstance(exc, ssl.SSLError):
            return HostFailure(f"{self.where}: TLS handshake failed ({exc.reason})")
        if isinstance(exc, TimeoutError):
            return HostFailure(f"{self.where}: timeout")
        if isinstance(exc, (ValueError, UnicodeError)):
            return HostFailure(f"{self.where}: unusable host name or reply ({exc})")
        return HostFailure(f"{self.where}: unreachable ({exc})")

    def _secure(self, client: smtplib.SMTP) -> None:
        """STARTTLS as the security level demands; nothing is sent before this passed."""
        if not client.has_extn("starttls"):
            if self.security.starttls_required:
                raise HostFailure(f"{self.where} offers no STARTTLS; {self.security.why}")
            return
        self.phase = "STARTTLS"
        client.starttls(context=self._context())
        if self.security.tlsa:
            self._check_tlsa(client)
        elif self.security.names:
            self._check_names(client)
        self.phase = "EHLO"
        client.ehlo_or_helo_if_needed()

    def _context(self) -> ssl.SSLContext:
        if self.security.verify_name and not self.security.tlsa:
            context = self.config.verifying_context()
            if self.security.names:
                # The chain is still verified; the name is checked by _check_names.
                context.check_hostname, context.verify_mode = False, ssl.CERT_REQUIRED
            return context
        context = ssl.create_default_context()
        context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
        return context

    def _tls_socket(self, client: smtplib.SMTP) -> ssl.SSLSocket:
        if not isinstance(client.sock, ssl.SSLSocket):
            raise HostFailure(f"{self.where}: no TLS session after STARTTLS")
        return client.sock

    def _check_tlsa(self, client: smtplib.SMTP) -> None:
        chain = _peer_chain(self._tls_socket(client))
        result = dane.authenticate(
            self.security.tlsa, chain, self.host, timezone.now(), self.domain
        )
        if not result.authenticated:
            raise HostFailure(f"{self.where}: TLSA mismatch ({result.reason})")

    def _check_names(self, client: smtplib.SMTP) -> None:
        leaf = self._tls_socket(client).getpeercert(binary_form=True) or b""
        presented = certificate_dns_names(leaf)
        if not any(name_matches(p, r) for p in presented for r in self.security.names):
            raise HostFailure(
                f"{self.where}: certificate not valid for {self.domain} "
                f"(names: {', '.join(presented) or 'none'}); {self.security.why}"
            )


# --- the next hop ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Run:
    """What the domains and hosts of one deliver() call share."""

    resolver: Dns
    envelope: Envelope
    key: str
    deadline: float  # time.monotonic()

    def overdue(self) -> bool:
        return time.monotonic() > self.deadline


@dataclass
class _Outcome:
    """What one deliver() call achieved, domain by domain."""

    ids: list[str] = field(default_factory=list)
    failures: list[DeliveryError] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # for good: (recipient, reason)

    def failed(self, recipients: list[str], error: DeliveryError) -> None:
        self.failures.append(error)
        if isinstance(error, PartlyDelivered):
            self.ids.append(error.delivered)
            self.refused += error.refused
        elif isinstance(error, PermanentDeliveryError):
            self.refused += [(r, str(error)) for r in recipients]

    def result(self, recipients: Sequence[str]) -> str:
        """The id for the log, or the error to raise (see :meth:`DirectNextHop.deliver`)."""
        delivered = ",".join(self.ids) or "direct:already-delivered"
        if not self.failures:
            return delivered
        final = (PermanentDeliveryError, PartlyDelivered)
        if not all(isinstance(f, final) for f in self.failures):
            raise DeliveryError("; ".join(str(f) for f in self.failures))
        if {r for r, _ in self.refused} == set(recipients):
            raise PermanentDeliveryError("; ".join(str(f) for f in self.failures))
        raise PartlyDelivered(delivered, self.refused)


class DirectNextHop:
    """Deliver to the recipients' MX hosts; see the module docstring for the security levels."""

    def __init__(self, *, require_tls: bool = False, config: DirectConfig | None = None) -> None:
        self.require_tls = require_tls
        self.config = config or DirectConfig.from_settings()

    def deliver(self, envelope: Envelope, key: str | None = None) -> str:
        """Every domain is tried; one that fails does not stop the others, and the error names all.

        Any temporary failure makes it a DeliveryError: the sender retries, and the
        recipients already delivered are skipped. Refused for good, the recipients
        raise :class:`PartlyDelivered` if any recipient got the mail (now or on an
        earlier attempt under the same key), else PermanentDeliveryError.
        """
        key = key or envelope.delivery_key()
        seconds = self.config.timeout * DEADLINE_FACTOR
        holder = take_lease(key, seconds + LEASE_MARGIN)
        try:
            run = _Run(Dns(self.config), envelope, key, time.monotonic() + seconds)
            return self._deliver_pending(run)
        finally:
            release_lease(key, holder)

    def _deliver_pending(self, run: _Run) -> str:
        outcome = _Outcome()
        for domain, recipients in by_domain(pending(run.key, run.envelope.recipients)).items():
            try:
                if run.overdue():
                    raise DeliveryError(f"{domain}: delivery took too long; retried later")
                outcome.ids.append(self._deliver_domain(run, domain, recipients))
            except DeliveryError as exc:
                outcome.failed(recipients, exc)
                self._audit_failure(domain, recipients, exc, run.key)
        return outcome.result(run.envelope.recipients)

    def _deliver_domain(self, run: _Run, domain: str, recipients: list[str]) -> str:
        if not domain:
            raise PermanentDeliveryError(f"no domain in {', '.join(recipients)}")
        mx = run.resolver.mx(domain)
        sts = MtaSts(self.config, run.resolver).decision(domain)
        problems: list[str] = []
        for host in mx.hosts[:MAX_MX_HOSTS]:
            if run.overdue():
                problems.append("delivery took too long; retried later")
                break
            try:
                return self._deliver_host(run, domain, host, mx, sts, recipients)
            except HostFailure as exc:
                problems.append(str(exc))
                if exc.final:
                    raise PermanentDeliveryError(f"{domain}: {exc}") from exc
        raise DeliveryError(f"{domain}: no MX host took the mail: {'; '.join(problems)}")

    def _deliver_host(
        self,
        run: _Run,
        domain: str,
        host: str,
        mx: MxHosts,
        sts: mtasts.StsDecision,
        recipients: list[str],
    ) -> str:
        security = self._security(run.resolver, domain, host, mx, sts)
        addresses = run.resolver.addresses(host)
        if not addresses:
            raise HostFailure(f"{host}: no address (A/AAAA)")
        if not self.config.allow_local:
            addresses = [a for a in addresses if not is_local(a)]
            if not addresses:
                raise HostFailure(f"{host}: only local, private or reserved addresses (refused)")
        problems: list[str] = []
        for address in addresses[:MAX_ADDRESSES]:
            if run.overdue():
                problems.append(f"{host}: delivery took too long")
                break
            session = Session(self.config, domain, host, address, security)
            try:
                refused = session.send(run.envelope, recipients)
            except HostFailure as exc:
                if exc.final:
                    raise
                problems.append(str(exc))
                continue
            accepted = [r for r in recipients if r not in refused]
            remember(run.key, accepted, host)
            if refused:
                # Not a HostFailure: another MX would get the accepted recipients a second time.
                raise partly_refused(session.where, f"direct:{host}", refused)
            return f"direct:{host}"
        raise HostFailure("; ".join(problems))

    def _security(
        self, resolver: Dns, domain: str, host: str, mx: MxHosts, sts: mtasts.StsDecision
    ) -> Security:
        """DANE first (RFC 8461 2), then MTA-STS enforce, then TLS-required, else opportunistic."""
        tlsa = resolver.tlsa(host, self.config.smtp_port) if mx.secure else None
        if tlsa is not None:
            usable = dane.usable(tlsa)
            if usable:
                return Security(True, True, "DANE TLSA records require authenticated TLS", usable)
            if not self.require_tls and not sts.enforce:
                # RFC 7672 2.2: unusable records still mean "encrypt"; an enforced
                # MTA-STS policy (or the mail itself) asks for more, below.
                return Security(True, False, "TLSA records published: TLS is mandatory")
        if sts.enforce:
            if not sts.allows(host):
                raise HostFailure(f"{host}: MTA-STS mismatch (not an mx of the enforced policy)")
            return Security(True, True, "MTA-STS policy is enforce")
        if self.require_tls:
            # A forged MX would bring its own name: the MX name counts only when DNSSEC
            # vouches for the MX RRset; the recipient domain (and below) always does.
            names = (domain, f".{domain}", *((host,) if mx.secure else ()))
            return Security(True, True, "the mail requires TLS", names=names)
        return Security(False, False, "opportunistic TLS")

    def _audit_failure(
        self, domain: str, recipients: list[str], error: DeliveryError, key: str
    ) -> None:
        """TLS-required mail that could not leave securely is an event an auditor must see.

        A database failure here is logged (ERROR) and does not replace the delivery
        error: the sender must still learn to retry.
        """
        if not self.require_tls:
            return
        try:
            with transaction.atomic():
                record(
                    "system:gateway",
                    "gateway.delivery.failed",
                    f"domain:{domain}",
                    {
                        "recipients": recipients,
                        "reason": str(error),
                        "key": key,
                        "tls_required": True,
                    },
                )
        except DatabaseError:
            log.exception("audit of the failed TLS delivery to %s not recorded", domain)


def is_local(address: str) -> bool:
    """An address no MX (or MTA-STS policy host) on the internet has: refused.

    A hostile recipient domain could point its MX at 127.0.0.1 (the insurer's own
    MTA: a mail loop), at private or link-local services inside the network, or at
    reserved ranges. Anything not globally routable is refused, also when wrapped in
    IPv6 (IPv4-mapped ``::ffff:127.0.0.1``, 6to4, Teredo).
    """
    ip = ipaddress.ip_address(address)
    candidates: list[ipaddress.IPv4Address | ipaddress.IPv6Address] = [ip]
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            candidates.append(embedded)
    return any(not c.is_global or c.is_multicast for c in candidates)


def partly_refused(
    where: str, delivered: str, refused: dict[str, tuple[int, bytes]]
) -> DeliveryError:
    """A server took some recipients and refused the others: final only if all with a 5xx."""
    if all(code >= 500 for code, _ in refused.values()):
        return PartlyDelivered(
            delivered,
            [
                (address, f"{where} refused {code} {text.decode('utf-8', 'replace')}")
                for address, (code, text) in refused.items()
            ],
        )
    codes = ", ".join(f"{a} ({c})" for a, (c, _) in refused.items())
    return DeliveryError(f"{where} refused {codes}")


def by_domain(recipients: Iterable[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for address in recipients:
        _, at, domain = address.rpartition("@")
        groups.setdefault(domain.lower() if at else "", []).append(address)
    return groups


def pending(key: str, recipients: Sequence[str]) -> list[str]:
    """The recipients of this hand-over that no server has accepted yet."""
    done = set(
        DirectDelivery.objects.filter(key=key, recipient__in=recipients).values_list(
            "recipient", flat=True
        )
    )
    return [r for r in recipients if r not in done]


def remember(key: str, recipients: Sequence[str], host: str) -> None:
    """Record the recipients a server accepted, so a retry of the hand-over skips them.

    The mail is already out when this runs, so a database failure is logged (ERROR)
    and not raised: reporting a failure would make the sender retry everything at
    once. The price: if this hand-over is retried anyway (another domain failed),
    these recipients get a second copy.
    """
    try:
        with transaction.atomic():
            DirectDelivery.objects.bulk_create(
                [DirectDelivery(key=key, recipient=r, host=host) for r in recipients],
                ignore_conflicts=True,
            )
    except DatabaseError:
        log.exception(
            "delivery to %s via %s not recorded: a retry may deliver again", recipients, host
        )


def take_lease(key: str, seconds: float) -> str:
    """Hold the hand-over of ``key`` for ``seconds``; DeliveryInProgress while another one does.

    A sender whose first attempt timed out retries while that attempt still runs,
    maybe on another node: both would deliver before either recorded its recipients
    (:func:`remember`). A lease that has expired is taken over, as its holder died.
    It outlives deliver()'s deadline by :data:`LEASE_MARGIN` because a session begun
    just before the deadline still runs to its end; a dead holder delays the mail by
    no more than that, and senders wait longer between retries anyway.
    """
    holder = f"{socket.gethostname()[:60]}:{os.getpid()}:{uuid.uuid4().hex[:12]}"
    now = timezone.now()
    expires_at = now + dt.timedelta(seconds=seconds)
    # Each statement is atomic: of two callers only one takes over an expired lease
    # (PostgreSQL checks the condition again once it has the row lock; SQLite writes
    # one at a time), and the unique key lets only one insert a new one.
    stale = DeliveryLease.objects.filter(key=key, expires_at__lte=now)
    if stale.update(holder=holder, expires_at=expires_at):
        return holder
    try:
        with transaction.atomic():
            DeliveryLease.objects.create(key=key, holder=holder, expires_at=expires_at)
    except IntegrityError as exc:
        raise DeliveryInProgress("the same mail is being delivered right now; retry later") from exc
    return holder


def release_lease(key: str, holder: str) -> None:
    """Let the next attempt in. A database failure is logged: the lease then just expires."""
    try:
        DeliveryLease.objects.filter(key=key, holder=holder).delete()
    except DatabaseError:
        log.exception("delivery lease of %s not released: it expires by itself", key)
