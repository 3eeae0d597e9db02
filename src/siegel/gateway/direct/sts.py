"""Fetching and caching MTA-STS policies; what a policy means is :mod:`siegel.core.mtasts`."""

from __future__ import annotations

import datetime as dt
import http.client
import logging
import socket
import ssl
import time

from siegel.core import mtasts
from siegel.gateway.direct.config import DirectConfig
from siegel.gateway.direct.dns import Dns, is_local
from siegel.gateway.models import MtaStsPolicy

log = logging.getLogger(__name__)

STS_MAX_BODY = 64 * 1024  # RFC 8461 3.3 lets senders refuse larger policies
STS_TIMEOUT = 10.0  # the whole policy fetch, not just one socket operation


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
