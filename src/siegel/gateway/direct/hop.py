"""The direct next hop: every recipient domain's mail to that domain's MX hosts."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db import DatabaseError, transaction

from siegel.audit.services import record
from siegel.core import dane, mtasts
from siegel.gateway import records
from siegel.gateway.delivery import (
    DeliveryError,
    Envelope,
    PartlyDelivered,
    PermanentDeliveryError,
)
from siegel.gateway.direct.config import (
    DEADLINE_FACTOR,
    MAX_ADDRESSES,
    MAX_MX_HOSTS,
    DirectConfig,
    HostFailure,
)
from siegel.gateway.direct.dns import Dns, MxHosts, is_local
from siegel.gateway.direct.session import Security, Session
from siegel.gateway.direct.sts import MtaSts

log = logging.getLogger(__name__)


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

    keeps_keys = False  # it records per domain itself, but a concurrent retry needs the lease

    @property
    def longest_hand_over(self) -> float:
        """Seconds one deliver() call may take: domains left then fail for now, retried later."""
        return self.config.timeout * DEADLINE_FACTOR

    def deliver(self, envelope: Envelope, key: str | None = None) -> str:
        """Every domain is tried; one that fails does not stop the others, and the error names all.

        Any temporary failure makes it a DeliveryError: the sender retries, and the
        recipients already delivered are skipped. Refused for good, the recipients
        raise :class:`PartlyDelivered` if any recipient got the mail (now or on an
        earlier attempt under the same key), else PermanentDeliveryError.
        """
        key = key or envelope.delivery_key()
        run = _Run(Dns(self.config), envelope, key, time.monotonic() + self.longest_hand_over)
        return self._deliver_pending(run)

    def _deliver_pending(self, run: _Run) -> str:
        outcome = _Outcome()
        for domain, recipients in by_domain(
            records.pending(run.key, run.envelope.recipients)
        ).items():
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
            # Recorded at once: a later domain may fail, and its retry must not resend this one.
            records.remember(run.key, accepted, host)
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
