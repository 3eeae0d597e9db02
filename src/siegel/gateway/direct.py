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
3. TLS required (``require_tls``) — STARTTLS with a certificate valid for the MX name.
4. Otherwise opportunistic STARTTLS (RFC 7435: encrypt when offered, unauthenticated).

A retried hand-over does not deliver twice: every recipient a server accepted is
recorded under the delivery key (:class:`~siegel.gateway.models.DirectDelivery`)
and skipped on the sender's retry.
"""

from __future__ import annotations

import datetime as dt
import http.client
import ipaddress
import logging
import random
import smtplib
import socket
import ssl
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import dns.exception
import dns.flags
import dns.name
import dns.rdatatype
import dns.resolver
from django.conf import settings
from django.utils import timezone

from siegel.audit.services import record
from siegel.core import dane, mtasts
from siegel.gateway.delivery import DeliveryError, Envelope, PermanentDeliveryError
from siegel.gateway.models import DirectDelivery, MtaStsPolicy

log = logging.getLogger(__name__)

STS_MAX_BODY = 64 * 1024  # RFC 8461 3.3 lets senders refuse larger policies
STS_TIMEOUT = 10.0  # the whole policy fetch, not just one socket operation


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
    allow_local: bool = False  # loopback, link-local... as MX addresses (tests, lab setups)

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
    """One MX host did not take the mail; ``final`` when its 5xx speaks for the whole domain."""

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
        except dns.exception.DNSException as exc:
            raise DeliveryError(f"no DNS resolver configured: {exc}") from exc

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
        """MX hosts by preference; the domain itself when it has none (RFC 5321 5.1)."""
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
        hosts = tuple(
            r.exchange.to_text(omit_final_dot=True).lower()
            for r in records
            if r.exchange != dns.name.root
        )
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


def nameserver(value: str) -> tuple[str, int]:
    """``ip``, ``ip:port``, ``[ipv6]:port`` or a bare IPv6 address; port 53 by default."""
    if value.startswith("["):
        host, _, port = value[1:].partition("]")
        return host, int(port.lstrip(":") or 53)
    if value.count(":") == 1:
        host, port = value.split(":")
        return host, int(port)
    return value, 53


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
        """GET the well-known policy: no redirects (http.client follows none), size and time capped."""
        addresses = self.dns.addresses(host)
        if not addresses:
            raise OSError(f"{host} has no address")
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
            response = connection.getresponse()
            body = b""
            while chunk := response.read(8192):
                body += chunk
                if len(body) > STS_MAX_BODY:
                    raise OSError(f"policy larger than {STS_MAX_BODY} bytes")
                if time.monotonic() > deadline:
                    raise OSError("policy fetch took too long")
            return response.getheader("Content-Type", ""), response.status, body.decode()
        finally:
            connection.close()


# --- SMTP --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Security:
    """How one MX host must be talked to, and why (the reason ends up in errors)."""

    starttls_required: bool
    verify_name: bool
    why: str
    tlsa: tuple[dane.Tlsa, ...] = field(default=())


class _PinnedSMTP(smtplib.SMTP):
    """SMTP to an MX name at an address we resolved (STARTTLS checks the certificate against the name)."""

    def __init__(self, address: str, host: str, port: int, timeout: float, helo: str) -> None:
        self.address = address
        super().__init__(host, port, local_hostname=helo, timeout=timeout)

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


class Session:
    """One SMTP conversation with one address of one MX host."""

    def __init__(self, config: DirectConfig, host: str, address: str, security: Security) -> None:
        self.config, self.host, self.address, self.security = config, host, address, security
        self.where = f"{host} ({address}:{config.smtp_port})"

    def send(self, envelope: Envelope, recipients: Sequence[str]) -> dict[str, tuple[int, bytes]]:
        """Deliver; return the refused recipients. HostFailure when nothing was accepted."""
        try:
            with _PinnedSMTP(
                self.address,
                self.host,
                self.config.smtp_port,
                self.config.timeout,
                self.config.helo or socket.getfqdn(),
            ) as client:
                client.ehlo()
                self._secure(client)
                return client.sendmail(envelope.sender, list(recipients), envelope.content)
        except smtplib.SMTPRecipientsRefused as exc:
            codes = ", ".join(f"{a} ({c} {m!r})" for a, (c, m) in exc.recipients.items())
            final = all(c >= 500 for c, _ in exc.recipients.values())
            raise HostFailure(f"{self.where} refused all recipients: {codes}", final=final) from exc
        except smtplib.SMTPResponseException as exc:
            raise HostFailure(
                f"{self.where} answered {exc.smtp_code} {exc.smtp_error!r}",
                final=exc.smtp_code >= 500,
            ) from exc
        except ssl.SSLCertVerificationError as exc:
            raise HostFailure(
                f"{self.where}: certificate not verified ({exc.verify_message}); {self.security.why}"
            ) from exc
        except ssl.SSLError as exc:
            raise HostFailure(f"{self.where}: TLS handshake failed ({exc.reason})") from exc
        except TimeoutError as exc:
            raise HostFailure(f"{self.where}: timeout") from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise HostFailure(f"{self.where}: unreachable ({exc})") from exc

    def _secure(self, client: smtplib.SMTP) -> None:
        """STARTTLS as the security level demands; nothing is sent before this passed."""
        if not client.has_extn("starttls"):
            if self.security.starttls_required:
                raise HostFailure(f"{self.where} offers no STARTTLS; {self.security.why}")
            return
        if self.security.verify_name and not self.security.tlsa:
            context = self.config.verifying_context()
        else:
            context = ssl.create_default_context()
            context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
        client.starttls(context=context)
        if self.security.tlsa:
            if not isinstance(client.sock, ssl.SSLSocket):
                raise HostFailure(f"{self.where}: no TLS session after STARTTLS")
            result = dane.authenticate(
                self.security.tlsa, _peer_chain(client.sock), self.host, timezone.now()
            )
            if not result.authenticated:
                raise HostFailure(f"{self.where}: TLSA mismatch ({result.reason})")
        client.ehlo()


# --- the next hop ------------------------------------------------------------------------


class DirectNextHop:
    """Deliver to the recipients' MX hosts; see the module docstring for the security levels."""

    def __init__(self, *, require_tls: bool = False, config: DirectConfig | None = None) -> None:
        self.require_tls = require_tls
        self.config = config or DirectConfig.from_settings()

    def deliver(self, envelope: Envelope, key: str | None = None) -> str:
        """Every domain is tried; one that fails does not stop the others, and the error names all."""
        key = key or envelope.delivery_key()
        resolver = Dns(self.config)
        ids: list[str] = []
        failures: list[DeliveryError] = []
        for domain, recipients in by_domain(pending(key, envelope.recipients)).items():
            try:
                ids.append(self._deliver_domain(resolver, domain, recipients, envelope, key))
            except DeliveryError as exc:
                failures.append(exc)
                self._audit_failure(domain, recipients, exc, key)
        if failures:
            text = "; ".join(str(f) for f in failures)
            if all(isinstance(f, PermanentDeliveryError) for f in failures):
                raise PermanentDeliveryError(text)
            raise DeliveryError(text)
        return ",".join(ids) or "direct:already-delivered"

    def _deliver_domain(
        self, resolver: Dns, domain: str, recipients: list[str], envelope: Envelope, key: str
    ) -> str:
        if not domain:
            raise PermanentDeliveryError(f"no domain in {', '.join(recipients)}")
        mx = resolver.mx(domain)
        sts = MtaSts(self.config, resolver).decision(domain)
        problems: list[str] = []
        for host in mx.hosts:
            try:
                return self._deliver_host(resolver, host, mx, sts, envelope, recipients, key)
            except HostFailure as exc:
                problems.append(str(exc))
                if exc.final:
                    raise PermanentDeliveryError(f"{domain}: {exc}") from exc
        raise DeliveryError(f"{domain}: no MX host took the mail: {'; '.join(problems)}")

    def _deliver_host(
        self,
        resolver: Dns,
        host: str,
        mx: MxHosts,
        sts: mtasts.StsDecision,
        envelope: Envelope,
        recipients: list[str],
        key: str,
    ) -> str:
        security = self._security(resolver, host, mx, sts)
        addresses = resolver.addresses(host)
        if not addresses:
            raise HostFailure(f"{host}: no address (A/AAAA)")
        if not self.config.allow_local:
            addresses = [a for a in addresses if not is_local(a)]
            if not addresses:
                raise HostFailure(f"{host}: only loopback or link-local addresses (refused)")
        problems: list[str] = []
        for address in addresses:
            session = Session(self.config, host, address, security)
            try:
                refused = session.send(envelope, recipients)
            except HostFailure as exc:
                if exc.final:
                    raise
                problems.append(str(exc))
                continue
            accepted = [r for r in recipients if r not in refused]
            remember(key, accepted, host)
            if refused:
                # Not a HostFailure: another MX would get the accepted recipients a second time.
                codes = ", ".join(f"{a} ({c})" for a, (c, _) in refused.items())
                error = f"{session.where} refused {codes}"
                if all(c >= 500 for c, _ in refused.values()):
                    raise PermanentDeliveryError(error)
                raise DeliveryError(error)
            return f"direct:{host}"
        raise HostFailure("; ".join(problems))

    def _security(self, resolver: Dns, host: str, mx: MxHosts, sts: mtasts.StsDecision) -> Security:
        """DANE first (RFC 8461 2), then MTA-STS enforce, then TLS-required, else opportunistic."""
        tlsa = resolver.tlsa(host, self.config.smtp_port) if mx.secure else None
        if tlsa is not None:
            usable = dane.usable(tlsa)
            if usable:
                return Security(True, True, "DANE TLSA records require authenticated TLS", usable)
            if not self.require_tls:  # RFC 7672 2.2: unusable records still mean "encrypt"
                return Security(True, False, "TLSA records published: TLS is mandatory")
        if sts.enforce:
            if not sts.allows(host):
                raise HostFailure(f"{host}: MTA-STS mismatch (not an mx of the enforced policy)")
            return Security(True, True, "MTA-STS policy is enforce")
        if self.require_tls:
            return Security(True, True, "the mail requires TLS")
        return Security(False, False, "opportunistic TLS")

    def _audit_failure(
        self, domain: str, recipients: list[str], error: DeliveryError, key: str
    ) -> None:
        """TLS-required mail that could not leave securely is an event an auditor must see."""
        if not self.require_tls:
            return
        record(
            "system:gateway",
            "gateway.delivery.failed",
            f"domain:{domain}",
            {"recipients": recipients, "reason": str(error), "key": key, "tls_required": True},
        )


def is_local(address: str) -> bool:
    """An address no MX on the internet has: mail sent there would loop or reach inside.

    A hostile recipient domain could point its MX at 127.0.0.1 (the insurer's own
    MTA: a mail loop) or at link-local services; those are refused.
    """
    ip = ipaddress.ip_address(address)
    return ip.is_loopback or ip.is_link_local or ip.is_unspecified or ip.is_multicast


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
    DirectDelivery.objects.bulk_create(
        [DirectDelivery(key=key, recipient=r, host=host) for r in recipients],
        ignore_conflicts=True,
    )
