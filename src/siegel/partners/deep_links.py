"""Deep links: a signed, short-lived URL that opens one shipment or portal message for one user.

Broker software (through the API) or a staff tool asks for a link for a user and
a target; the user clicks it, signs in if needed (the sign-in page keeps the link
as a safe ``next=``) and lands on the target page, which checks access as it
always does. The link needs no database row: it is Django signing over
``(kind, id, user id, issued at)``, under its own salt. It is refused when

- its age exceeds ``SIEGEL_PARTNERS_DEEP_LINK_SECONDS`` (default 900, 15 minutes:
  long enough to click what the software just showed, short enough that a link
  copied into a ticket or a browser history is dead by the time anyone else sees it),
- a single character of it was changed (the signature breaks), or
- the signed-in user is not the one it was made for (a link passed on or replayed
  by somebody else opens nothing, even for a colleague of the same firm).

Within its lifetime the same user may open it again (a double click, a reload):
the target page decides what they see, so a second jump grants nothing new.
Time comes through :func:`_now` only, so tests can move it.
"""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.urls import reverse

SALT = "siegel.partners.deep-link"


class Kind(enum.StrEnum):
    SHIPMENT = "shipment"
    MESSAGE = "message"


class LinkState(enum.StrEnum):
    VALID = "valid"
    EXPIRED = "expired"
    TAMPERED = "tampered"
    FOREIGN = "foreign"  # made for another user


@dataclass(frozen=True)
class OpenedLink:
    """What a deep link says, checked for the user who opens it."""

    state: LinkState
    kind: Kind | None = None
    object_id: int | None = None
    user_id: int | None = None  # whom it was made for (None when unreadable)

    @property
    def valid(self) -> bool:
        return self.state is LinkState.VALID

    @property
    def destination(self) -> str:
        """The page the link opens; only for a valid link."""
        if not self.valid or self.object_id is None:
            raise ValueError(f"a {self.state} deep link opens nothing")
        if self.kind is Kind.SHIPMENT:
            return reverse("partners:shipment", args=[self.object_id])
        return reverse("portal:read", args=[self.object_id])


def _now() -> float:
    """The one clock of deep links (a seam, so tests can age a link)."""
    return time.time()


def _signer() -> signing.Signer:
    return signing.Signer(salt=SALT)


def make(user_id: int, kind: Kind, object_id: int) -> str:
    """The path of a deep link for ``user_id`` to a shipment or portal message."""
    token = _signer().sign_object({"k": kind.value, "i": object_id, "u": user_id, "t": int(_now())})
    return reverse("partners:jump", args=[token])


def open_link(token: str, user_id: int) -> OpenedLink:
    """Check a link's signature, age and user; never raises for a bad link.

    The signature is checked first: an old link that was also altered counts as altered.
    """
    try:
        value = _signer().unsign_object(token)
    except (signing.BadSignature, ValueError, TypeError):
        return OpenedLink(LinkState.TAMPERED)
    opened = _read(value)
    if opened.state is not LinkState.VALID:
        return opened
    issued = value["t"] if isinstance(value["t"], int) else None
    if issued is None or not 0 <= _now() - issued <= settings.SIEGEL_PARTNERS_DEEP_LINK_SECONDS:
        return OpenedLink(LinkState.EXPIRED, opened.kind, opened.object_id, opened.user_id)
    if opened.user_id != user_id:
        return OpenedLink(LinkState.FOREIGN, opened.kind, opened.object_id, opened.user_id)
    return opened


def _read(value: object) -> OpenedLink:
    if not isinstance(value, dict) or "t" not in value:
        return OpenedLink(LinkState.TAMPERED)
    try:
        return OpenedLink(LinkState.VALID, Kind(value["k"]), int(value["i"]), int(value["u"]))
    except (KeyError, ValueError, TypeError):
        return OpenedLink(LinkState.TAMPERED)
