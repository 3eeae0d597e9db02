"""One SMTP conversation with one address of one MX host, secured as the domain demands."""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils import timezone

from siegel.core import dane
from siegel.core.certificate_names import certificate_dns_names, name_matches
from siegel.gateway.delivery import Envelope
from siegel.gateway.direct.config import DirectConfig, HostFailure


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
