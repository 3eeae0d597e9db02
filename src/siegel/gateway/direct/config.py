"""What direct delivery needs from the settings, and the bounds of one hand-over."""

from __future__ import annotations

import ssl
from dataclasses import dataclass

from django.conf import settings

MAX_MX_HOSTS = 10  # per domain; more only makes a hostile domain keep a worker busy
MAX_ADDRESSES = 4  # per MX host (A and AAAA together)
DEADLINE_FACTOR = 3  # one deliver() call may take this many SIEGEL_DIRECT_TIMEOUTs


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
