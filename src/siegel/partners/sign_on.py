"""A firm's single sign-on: staff set it up, and a checked ID token is matched to a firm user.

Staff configure each firm's provider in the admin (:func:`configure`); the client
secret is sealed under the master key and never shown again. Changing the issuer
drops the firm's links: a subject means something only at the issuer that made it.

:func:`member_for` decides whom a checked identity (:class:`siegel.core.id_token.Identity`)
is (ADR 0024): the firm user already linked to the provider's subject, or — at the
first sign-in — the firm's user whose address is the provider's e-mail address, in
one of the firm's domains and confirmed by the provider (``email_verified: true``;
a provider that does not say, as Entra ID, lets its administrators set any address).
Nobody is ever created
from claims, and a user who is locked or removed, or whose firm is locked, is
refused. :func:`link` then fixes the subject to that user.

The protocol itself (state, nonce, PKCE, token and signature) is in
:mod:`siegel.partners.sign_on_flow`; the pages in :mod:`siegel.partners.sign_on_views`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from django.db import IntegrityError, transaction
from django.utils import timezone

from siegel.audit.services import record
from siegel.core.id_token import Identity, in_domains
from siegel.keys.masterkey import keyring
from siegel.partners import selectors
from siegel.partners.models import Firm, FirmState, Membership, MembershipState
from siegel.partners.sign_on_models import FirmSignOn, SignOnLink


class Refusal(StrEnum):
    """Why a single sign-on admits nobody, as far as the person may be told (the page says which)."""

    OFF = "off"  # no sign-on with this name, or switched off
    FIRM_LOCKED = "firm_locked"
    FAILED = "failed"  # the exchange with the provider failed or its token was not acceptable
    UNKNOWN = "unknown"  # the provider's identity is no user of the firm
    UNVERIFIED = "unverified"  # first sign-in, and the provider does not vouch for the address
    INACTIVE = "inactive"  # the user is locked or removed


class SignOnRefused(Exception):
    """A refused single sign-on: ``reason`` for the audit log, ``kind`` for the person.

    ``address`` is the address the audit event names (the provider's, or the linked
    user's), ``firm`` the firm whose sign-on it was; empty or None when not known.
    """

    def __init__(
        self, reason: str, kind: Refusal, *, address: str = "", firm: int | None = None
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.kind = kind
        self.address = address
        self.firm = firm


# --- set-up by staff ------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    """What staff enter for a firm's sign-on; ``secret`` None keeps the sealed one."""

    slug: str
    issuer: str
    client_id: str
    allowed_domains: str
    enabled: bool = True
    secret: str | None = None
    authorization_endpoint: str = ""
    token_endpoint: str = ""
    jwks_uri: str = ""


def configure(firm: Firm, wanted: Settings, *, actor: str) -> FirmSignOn:
    """Create or change ``firm``'s sign-on (staff); audited, the secret never in the log.

    A new sign-on needs a secret. A changed issuer drops every link of the firm: the
    same ``sub`` at another issuer may be somebody else.
    """
    with transaction.atomic():
        sign_on = FirmSignOn.objects.select_for_update().filter(firm=firm).first()
        created = sign_on is None
        if sign_on is None:
            if not wanted.secret:
                raise ValueError("a new sign-on needs the client secret")
            sign_on = FirmSignOn(firm=firm)
        issuer_changed = not created and sign_on.issuer != wanted.issuer
        for name in (
            "slug",
            "issuer",
            "client_id",
            "allowed_domains",
            "enabled",
            "authorization_endpoint",
            "token_endpoint",
            "jwks_uri",
        ):
            setattr(sign_on, name, getattr(wanted, name))
        if wanted.secret:
            sign_on.sealed_secret = keyring().seal(wanted.secret.encode(), sign_on.seal_context)
        sign_on.changed_by = actor
        sign_on.save()
        dropped = SignOnLink.objects.filter(sign_on=sign_on).delete()[0] if issuer_changed else 0
        record(
            actor,
            "partners.sign_on.create" if created else "partners.sign_on.change",
            f"firm:{firm.pk}",
            {
                "slug": sign_on.slug,
                "issuer": sign_on.issuer,
                "client_id": sign_on.client_id,
                "domains": sign_on.domains,
                "enabled": sign_on.enabled,
                "new_secret": bool(wanted.secret),
                "links_dropped": dropped,
            },
        )
    return sign_on


def secret_of(sign_on: FirmSignOn) -> str:
    """The client secret in clear, to redeem a code (raises ``KeyringError`` if it does not open)."""
    return keyring().open(bytes(sign_on.sealed_secret), sign_on.seal_context).decode()


# --- reading --------------------------------------------------------------------------------


def usable(slug: str) -> FirmSignOn:
    """The sign-on named ``slug`` if it may start now, else :class:`SignOnRefused`."""
    sign_on = FirmSignOn.objects.select_related("firm").filter(slug=slug.strip().lower()).first()
    if sign_on is None:
        raise SignOnRefused("no single sign-on of this name", Refusal.OFF)
    if not sign_on.enabled:
        raise SignOnRefused("single sign-on off", Refusal.OFF, firm=sign_on.firm_id)
    if sign_on.firm.state != FirmState.ACTIVE:
        raise SignOnRefused("firm locked", Refusal.FIRM_LOCKED, firm=sign_on.firm_id)
    return sign_on


def usable_by_id(pk: int) -> FirmSignOn:
    """The same check for the sign-on a flow began with, read afresh when the provider answers."""
    sign_on = FirmSignOn.objects.select_related("firm").filter(pk=pk).first()
    if sign_on is None:
        raise SignOnRefused("single sign-on removed", Refusal.OFF)
    return usable(sign_on.slug)


@dataclass(frozen=True)
class FirmSignOnState:
    """What the firm administrator sees of the firm's sign-on: its name, switch and links."""

    slug: str
    enabled: bool
    linked_users: int


def state_of(firm: Firm) -> FirmSignOnState | None:
    """The firm's single sign-on as its administrator sees it; None when there is none."""
    found = FirmSignOn.objects.filter(firm=firm).first()
    if found is None:
        return None
    linked = (
        SignOnLink.objects.filter(sign_on=found)
        .exclude(membership__state=MembershipState.REMOVED)
        .count()
    )
    return FirmSignOnState(found.slug, found.enabled, linked)


# --- matching -------------------------------------------------------------------------------


def member_for(sign_on: FirmSignOn, identity: Identity) -> Membership:
    """The firm user ``identity`` stands for, or :class:`SignOnRefused`. Writes nothing."""
    linked = (
        SignOnLink.objects.select_related("membership__account__user")
        .filter(sign_on=sign_on, subject=identity.subject)
        .exclude(membership__state=MembershipState.REMOVED)
        .first()
    )
    member = linked.membership if linked is not None else _first_use(sign_on, identity)
    address = member.account.address
    if selectors.live_membership(member.pk) is None or not member.account.is_active:
        raise SignOnRefused("user locked", Refusal.INACTIVE, address=address)
    return member


def _first_use(sign_on: FirmSignOn, identity: Identity) -> Membership:
    """No link yet: the firm's user at the provider's address, if the address may be believed."""
    address = identity.email
    if not address:
        raise SignOnRefused("no e-mail address in the token", Refusal.UNKNOWN)
    if identity.email_verified is not True:
        # Only a confirmed address may pick the user (nOAuth): a claim left out is no "yes".
        reason = (
            "e-mail address not verified"
            if identity.email_verified is False
            else ("e-mail address not said to be verified")
        )
        raise SignOnRefused(reason, Refusal.UNVERIFIED, address=address)
    if not in_domains(address, sign_on.domains):
        raise SignOnRefused(
            "e-mail address outside the firm's domains", Refusal.UNKNOWN, address=address
        )
    at_address = Membership.objects.select_related("account__user").filter(
        firm_id=sign_on.firm_id, account__address=address
    )
    member = at_address.exclude(state=MembershipState.REMOVED).first()
    if member is None:
        if at_address.exists():
            raise SignOnRefused("user removed", Refusal.INACTIVE, address=address)
        raise SignOnRefused("no user of the firm at this address", Refusal.UNKNOWN, address=address)
    if SignOnLink.objects.filter(membership=member).exists():
        # Linked to another subject already: a second provider account must not take it over.
        raise SignOnRefused("user linked to another subject", Refusal.UNKNOWN, address=address)
    return member


def link(sign_on: FirmSignOn, member: Membership, subject: str) -> bool:
    """Fix ``subject`` to ``member`` (first use) or note the sign-in; True when newly linked.

    A link of the same subject to a removed membership is dropped first: the user was
    removed and added again, and the new membership is linked anew. Two first sign-ins
    at once may both pass :func:`member_for`; the database lets one link stand, and the
    other is refused (:class:`SignOnRefused`) rather than linking twice.
    """
    now = timezone.now()
    try:
        with transaction.atomic():
            SignOnLink.objects.filter(
                sign_on=sign_on, subject=subject, membership__state=MembershipState.REMOVED
            ).delete()
            updated = SignOnLink.objects.filter(
                sign_on=sign_on, subject=subject, membership=member
            ).update(last_used=now)
            if updated:
                return False
            SignOnLink.objects.create(
                sign_on=sign_on, membership=member, subject=subject, last_used=now
            )
    except IntegrityError as raced:
        raise SignOnRefused(
            "linked meanwhile by another sign-in", Refusal.FAILED, address=member.account.address
        ) from raced
    return True
