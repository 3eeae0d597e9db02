"""The look-ups direct delivery makes (MX, A/AAAA, TXT, TLSA), and which answers it uses."""

from __future__ import annotations

import ipaddress
import logging
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

import dns.exception
import dns.flags
import dns.name
import dns.rdatatype
import dns.resolver

from siegel.core import dane
from siegel.gateway.delivery import DeliveryError, PermanentDeliveryError
from siegel.gateway.direct.config import DirectConfig, HostFailure

log = logging.getLogger(__name__)


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
