"""What an ID token must say before Siegel believes whom it names (OpenID Connect Core 3.1.3.7).

The signature is checked before this (through mozilla-django-oidc and PyJWT against
the provider's published keys, with no time checked there); a signed token can still
be meant for another client, come from another issuer, be stale, or answer another
sign-in. Each of those is refused here with the reason, so the audit log says which
rule failed. The times are checked here only, so that the one leeway for clocks that
differ (:attr:`Expected.leeway`) applies to ``exp``, ``iat`` and ``nbf`` alike. These
rules are Siegel's own and pure: claims and expectations in, an :class:`Identity` or
an :class:`IdTokenRejected` out.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

MAX_SUBJECT = 255  # the spec's limit for ``sub``


class IdTokenRejected(ValueError):
    """The token's claims fail a rule; the message names the rule (for the audit log)."""


@dataclass(frozen=True)
class Expected:
    """What this sign-in's token must say: our issuer and client, this flow's nonce, now.

    ``leeway`` seconds of clock difference are forgiven on ``exp``, ``iat`` and ``nbf``.
    """

    issuer: str
    client_id: str
    nonce: str
    now: float
    leeway: int = 60


@dataclass(frozen=True)
class Identity:
    """Whom a checked token names: the provider's subject and the address it claims."""

    subject: str
    email: str
    # None when the provider does not say; False when it says the address is unconfirmed.
    email_verified: bool | None


def check_claims(claims: Mapping[str, object], expected: Expected) -> Identity:
    """The identity in ``claims`` if every rule holds, else :class:`IdTokenRejected`."""
    if claims.get("iss") != expected.issuer:
        raise IdTokenRejected("wrong issuer")
    _check_audience(claims, expected.client_id)
    _check_times(claims, expected.now, expected.leeway)
    nonce = claims.get("nonce")
    if not isinstance(nonce, str) or not expected.nonce:
        raise IdTokenRejected("nonce missing")
    if not hmac.compare_digest(nonce.encode(), expected.nonce.encode()):
        raise IdTokenRejected("wrong nonce")
    subject = claims.get("sub")
    if not isinstance(subject, str) or not subject or len(subject) > MAX_SUBJECT:
        raise IdTokenRejected("subject missing or too long")
    email = claims.get("email")
    verified = claims.get("email_verified")
    return Identity(
        subject=subject,
        email=email.strip().lower() if isinstance(email, str) else "",
        email_verified=verified if isinstance(verified, bool) else None,
    )


def _check_audience(claims: Mapping[str, object], client_id: str) -> None:
    """Our client id must be the audience, and no other party may be one (we trust none)."""
    audience = claims.get("aud")
    audiences = [audience] if isinstance(audience, str) else audience
    if not isinstance(audiences, list) or client_id not in audiences:
        raise IdTokenRejected("wrong audience")
    if any(other != client_id for other in audiences):
        raise IdTokenRejected("further audiences")
    party = claims.get("azp")
    if party is not None and party != client_id:
        raise IdTokenRejected("wrong authorised party")


def _check_times(claims: Mapping[str, object], now: float, leeway: int) -> None:
    expires, issued = _number(claims.get("exp")), _number(claims.get("iat"))
    if expires is None or issued is None:
        raise IdTokenRejected("exp or iat missing")
    if expires + leeway <= now:
        raise IdTokenRejected("expired")
    if issued - leeway > now:
        raise IdTokenRejected("issued in the future")
    not_before = _number(claims.get("nbf"))
    if claims.get("nbf") is not None and (not_before is None or not_before - leeway > now):
        raise IdTokenRejected("not valid yet")


def _number(value: object) -> float | None:
    """A JSON number as a float; None for anything else (``True`` is no time)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def in_domains(address: str, domains: Iterable[str]) -> bool:
    """Whether ``address`` is at one of ``domains`` exactly (no subdomains, case-insensitive)."""
    local, at, domain = address.strip().lower().rpartition("@")
    if not at or not local:
        return False
    return domain in {entry.strip().lower() for entry in domains if entry.strip()}
