"""Whether Siegel may send a request to a host: its addresses, and which networks it may reach.

Shared by every place where an administrator or a partner names a URL that Siegel's
server then calls (webhooks, firms' OpenID Connect providers): without this, such a
URL could reach the cloud metadata service, the database or anything else on the
internal network (server-side request forgery). By default only public addresses
are allowed; an installation can allow further networks by setting.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class Unresolvable(ValueError):
    """The host name has no address (or is no valid name)."""


def networks(entries: Iterable[str], setting: str) -> list[Network]:
    """The networks a setting lists; entries that are none are logged and left out."""
    found = []
    for entry in entries:
        try:
            found.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            log.error("%s: %r is no network", setting, entry)
    return found


def address_allowed(address: IPAddress, allowed: Iterable[Network]) -> bool:
    """Public addresses, and those inside the ``allowed`` networks."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if any(address in network for network in allowed):
        return True
    return address.is_global and not address.is_multicast


def addresses_of(host: str, port: int) -> list[IPAddress]:
    """Every address of ``host`` (itself if it is one), each once; :class:`Unresolvable` if none."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as unknown:
        raise Unresolvable(host) from unknown
    found: list[IPAddress] = []
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if address not in found:
            found.append(address)
    if not found:
        raise Unresolvable(host)
    return found


@dataclass(frozen=True)
class Place:
    """Where a URL leads: scheme (lower case), host (without brackets or final dot), port."""

    scheme: str
    host: str
    port: int


def place_of(url: str) -> Place:
    """The parts of a web address, parsed (never compared as text); ValueError when it is none.

    Only ``https`` and ``http``, with a host and without user name or password.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in {"https", "http"}:
        raise ValueError("not a web address")
    if parts.username is not None or parts.password is not None:
        raise ValueError("user name or password in the address")
    host = (parts.hostname or "").rstrip(".")
    if not host or any(c.isspace() or not c.isprintable() for c in url.strip()):
        raise ValueError("no host, or blanks in the address")
    port = parts.port or (443 if scheme == "https" else 80)  # ValueError for a bad port
    return Place(scheme, host, port)
