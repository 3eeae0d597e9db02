"""Which recipients are inside the insurer and which outside; what kind of mail this is."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from siegel.core.mime import headers


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].strip().lower().rstrip(".")


def is_local(address: str, local_domains: Iterable[str]) -> bool:
    domain = domain_of(address)
    return any(domain == d or domain.endswith("." + d) for d in (x.lower() for x in local_domains))


@dataclass(frozen=True)
class Routing:
    """An SMTP transaction split by direction: outbound mail leaves, inbound mail comes in."""

    sender_is_local: bool
    inbound: tuple[str, ...]
    outbound: tuple[str, ...]


def route(sender: str, recipients: Sequence[str], local_domains: Sequence[str]) -> Routing:
    """Local recipients get inbound processing; outside recipients of a local sender, outbound.

    Outside recipients of an outside sender (relaying) are never outbound: they
    land in ``outbound`` only when the sender is local, so the gateway cannot be
    abused as an open relay; the caller refuses the rest.
    """
    local = tuple(r for r in recipients if is_local(r, local_domains))
    outside = tuple(r for r in recipients if not is_local(r, local_domains))
    return Routing(is_local(sender, local_domains), local, outside)


AUTOMATIC_SENDERS = ("mailer-daemon@", "postmaster@", "noreply@", "no-reply@")


def is_automatic(sender: str, message: bytes) -> bool:
    """Bounces and auto-replies, which must never be answered (RFC 3834)."""
    if not sender or sender.lower().startswith(AUTOMATIC_SENDERS):
        return True
    submitted = (headers.get(message, "Auto-Submitted") or "no").lower()
    if submitted != "no":
        return True
    precedence = (headers.get(message, "Precedence") or "").lower()
    return (
        precedence in {"bulk", "junk", "list", "auto_reply"}
        or headers.get(message, "List-Id") is not None
    )
