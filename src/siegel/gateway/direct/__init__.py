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

from siegel.gateway.direct.config import DirectConfig
from siegel.gateway.direct.hop import DirectNextHop

__all__ = ["DirectConfig", "DirectNextHop"]
