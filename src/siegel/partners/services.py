"""Writing partner firms, their users and broker post: the only write path of the app.

Every call is audited through :func:`siegel.audit.services.record` in the same
transaction as its change (never with content), and every mail is queued
through :mod:`siegel.outbox` there too: it leaves after the commit or never.

Who may do what is checked here, not in the views, so the portal pages and the
API cannot differ: a firm administrator acts only within their own, active firm;
staff act through the functions without an ``admin`` (``create_firm``,
``set_firm_state``, ``set_second_factor_required``) and name themselves as
``actor``. Locking or removing a user suspends the sign-in of their account
(:func:`siegel.accounts.services.suspend_sign_in`), which ends every session of
it with its next request.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone

from siegel.accounts import services as accounts
from siegel.accounts.errors import AccountError
from siegel.accounts.models import Account
from siegel.audit.services import record
from siegel.core.mime.display import safe_filename
from siegel.outbox import services as outbox
from siegel.outbox.models import OwnMail
from siegel.partners import mails
from siegel.partners.content import SealedShipment, delete_documents, seal_documents
from siegel.partners.deep_links import Kind, OpenedLink
from siegel.partners.errors import (
    AlreadyMember,
    FirmExists,
    FirmLocked,
    InvalidShipment,
    KeyReused,
    LastAdministrator,
    NotAUser,
    NotPermitted,
    PartnerError,
)
from siegel.partners.models import (
    Category,
    Firm,
    FirmState,
    Membership,
    MembershipState,
    Role,
    Shipment,
    ShipmentDocument,
    ShipmentState,
)
from siegel.partners.webhook_models import queue_new_shipment

if TYPE_CHECKING:
    from siegel.partners.deposit_mail import DepositRequest

MAX_DOCUMENTS = 100


def actor_of(membership: Membership) -> str:
    """How the audit log names a firm user acting: the user id, like every sign-in event."""
    return f"user:{membership.account.user_id}"


def firm_target(firm: Firm) -> str:
    return f"firm:{firm.pk}"


def shipment_target(shipment: Shipment) -> str:
    return f"shipment:{shipment.pk}"


# --- firms (staff) --------------------------------------------------------------------------


@dataclass(frozen=True)
class NewFirm:
    firm: Firm
    administrator: Membership


def create_firm(
    *,
    name: str,
    registration_number: str,
    admin_address: str,
    admin_name: str = "",
    second_factor_required: bool = False,
    actor: str,
) -> NewFirm:
    """Staff create a firm with its first administrator, who gets a first-password link.

    The link (single use, expiring) goes to the administrator's address through the
    outbox after the commit; no password is ever mailed.
    """
    registration_number = registration_number.strip()
    with transaction.atomic():
        if Firm.objects.filter(registration_number=registration_number).exists():
            raise FirmExists(f"a firm with number {registration_number} exists already")
        firm = Firm.objects.create(
            name=name.strip(),
            registration_number=registration_number,
            second_factor_required=second_factor_required,
        )
        record(
            actor,
            "partners.firm.create",
            firm_target(firm),
            {
                "name": firm.name,
                "registration_number": firm.registration_number,
                "second_factor_required": second_factor_required,
            },
        )
        administrator = _add(
            firm, admin_address, admin_name, Role.FIRM_ADMIN, actor=actor, by_staff=True
        )
    return NewFirm(firm, administrator)


def set_firm_state(firm: Firm, state: str, *, actor: str) -> Firm:
    """Lock or unlock a whole firm (staff): its users' sign-in is suspended or resumed with it."""
    if state not in FirmState.values:
        raise ValueError(f"unknown firm state {state!r}")
    with transaction.atomic():
        firm = Firm.objects.select_for_update().get(pk=firm.pk)
        if firm.state == state:
            return firm
        firm.state = state
        firm.save(update_fields=["state"])
        record(
            actor,
            f"partners.firm.{'lock' if state == FirmState.LOCKED else 'unlock'}",
            firm_target(firm),
            {"name": firm.name},
        )
        for member in _members(firm).filter(state=MembershipState.ACTIVE):
            if state == FirmState.LOCKED:
                accounts.suspend_sign_in(member.account, actor=actor, reason="firm-locked")
            else:
                _resume(member, actor=actor, reason="firm-unlocked")
    return firm


def set_second_factor_required(firm: Firm, required: bool, *, actor: str) -> Firm:
    """Staff make the second factor mandatory for every user of the firm (or not)."""
    with transaction.atomic():
        Firm.objects.filter(pk=firm.pk).update(second_factor_required=required)
        firm.second_factor_required = required
        record(actor, "partners.firm.second_factor", firm_target(firm), {"required": required})
    return firm


# --- users (the firm administrator) ----------------------------------------------------------


def _members(firm: Firm) -> QuerySet[Membership]:
    return Membership.objects.select_related("account__user", "firm").filter(firm=firm)


def _check_admin(admin: Membership, member: Membership | None = None) -> None:
    """``admin`` is an active administrator of an active firm, and ``member`` is of that firm."""
    current = Membership.objects.select_related("firm").filter(pk=admin.pk).first()
    if current is None or not current.is_active or not current.is_firm_admin:
        raise NotPermitted("only an active firm administrator manages the firm's users")
    if not current.firm.is_active:
        raise FirmLocked(f"firm {current.firm_id} is locked")
    if member is not None and member.firm_id != current.firm_id:
        raise NotPermitted("a firm administrator manages their own firm's users only")


def check_firm_admin(admin: Membership) -> None:
    """``admin`` is an active administrator of an active firm (for the firm's other settings)."""
    _check_admin(admin)


def _lock_firm_and_check(admin: Membership, member: Membership | None = None) -> None:
    """Lock the firm's row, then check the administrator: one change of its users at a time.

    Two administrators demoting, locking or removing each other at once would each
    see the other still active and both succeed, leaving the firm without one; on
    PostgreSQL the row lock makes the second wait and then check again what the first
    committed. Call it first in the transaction, so every such change takes the locks
    in one order (firm, then membership), like ``set_firm_state``.
    """
    Firm.objects.select_for_update().only("pk").get(pk=admin.firm_id)
    _check_admin(admin, member)


def _add(
    firm: Firm,
    address: str,
    display_name: str,
    role: str,
    *,
    actor: str,
    by_staff: bool = False,
) -> Membership:
    if role not in Role.values:
        raise ValueError(f"unknown role {role!r}")
    try:
        link = accounts.provide_with_password_link(address, display_name=display_name, actor=actor)
    except AccountError as refusal:
        raise NotAUser(str(refusal)) from refusal
    account = link.account
    if not by_staff and not link.created and not _was_a_firm_user(account):
        # Someone's own portal account — registered, or only invited by the insurer and
        # waiting for its holder: a firm administrator must not tie it to the firm, whose
        # lock or removal would then shut the person out of their mailbox. The caller's
        # transaction rolls back what providing the link changed (the voided one-time
        # passwords). A former firm user moves on as before: that account was a firm's.
        raise NotAUser(f"{account.address} has a portal account of its own; staff link it")
    if Membership.objects.filter(account=account).exclude(state=MembershipState.REMOVED).exists():
        raise AlreadyMember(f"{account.address} is a user of a firm already")
    try:
        with transaction.atomic():
            membership = Membership.objects.create(firm=firm, account=account, role=role)
    except IntegrityError as race:  # added to another firm meanwhile
        raise AlreadyMember(f"{account.address} is a user of a firm already") from race
    if not account.user.is_active:  # removed from an earlier firm: a new start
        accounts.resume_sign_in(account, actor=actor, reason="added-to-firm")
    if link.token is not None:
        outbox.queue(
            mails.first_password_link(account, firm, link.secret, link.token.expires),
            key=f"partners-first-password-link:{link.token.digest}",
        )
    else:
        outbox.queue(
            mails.added_to_firm(account, firm),
            key=f"partners-added-to-firm:{membership.pk}",
        )
    record(
        actor,
        "partners.user.add",
        firm_target(firm),
        {"address": account.address, "role": role, "membership": membership.pk},
    )
    return membership


def _was_a_firm_user(account: Account) -> bool:
    return Membership.objects.filter(account=account).exists()


def add_user(
    admin: Membership, address: str, *, display_name: str = "", role: str = Role.BASIC
) -> Membership:
    """The firm administrator adds a user; a new one gets a first-password link by mail.

    A refused address (someone's own account, another firm's user, a staff or
    disabled account) is audited after the rollback with why: the page gives one
    neutral answer for all of them, so the log is where the reason is kept, and
    where probing for who has an account shows.
    """
    try:
        with transaction.atomic():
            _lock_firm_and_check(admin)
            return _add(admin.firm, address, display_name, role, actor=actor_of(admin))
    except (NotAUser, AlreadyMember) as refusal:
        record(
            actor_of(admin),
            "partners.user.add_refused",
            firm_target(admin.firm),
            {"address": address.strip().lower()[:320], "reason": type(refusal).__name__},
        )
        raise


def resend_first_password_link(admin: Membership, member: Membership) -> bool:
    """A new first-password link (the old one void) for a user who has no password yet.

    False when the user has set a password already (they use "forgot password").
    """
    with transaction.atomic():
        _check_admin(admin, member)
        if member.state == MembershipState.REMOVED:
            raise NotPermitted("the user was removed")
        link = accounts.provide_with_password_link(
            member.account.address, display_name="", actor=actor_of(admin)
        )
        if link.token is None:
            return False
        outbox.queue(
            mails.first_password_link(link.account, member.firm, link.secret, link.token.expires),
            key=f"partners-first-password-link:{link.token.digest}",
        )
        record(
            actor_of(admin),
            "partners.user.link_resent",
            firm_target(member.firm),
            {"address": member.account.address, "membership": member.pk},
        )
    return True


def _other_active_admins(member: Membership) -> bool:
    return (
        Membership.objects.filter(
            firm_id=member.firm_id, role=Role.FIRM_ADMIN, state=MembershipState.ACTIVE
        )
        .exclude(pk=member.pk)
        .exists()
    )


def _guard_admin_change(admin: Membership, member: Membership) -> None:
    """Nobody locks, removes or demotes themselves; the last active administrator stays."""
    if member.pk == admin.pk:
        raise LastAdministrator("a firm administrator cannot lock, remove or demote themselves")
    if member.is_firm_admin and member.is_active and not _other_active_admins(member):
        raise LastAdministrator("the firm keeps at least one active administrator")


def _locked_member(member: Membership) -> Membership:
    return (
        Membership.objects.select_for_update()
        .select_related("account__user", "firm")
        .get(pk=member.pk)
    )


def change_role(admin: Membership, member: Membership, role: str) -> Membership:
    """Give a user another role (portfolio rights come and go with it at once)."""
    if role not in Role.values:
        raise ValueError(f"unknown role {role!r}")
    with transaction.atomic():
        _lock_firm_and_check(admin, member)
        member = _locked_member(member)
        if member.state == MembershipState.REMOVED:
            raise NotPermitted("the user was removed")
        if member.role == role:
            return member
        if member.is_firm_admin:
            _guard_admin_change(admin, member)
        previous = member.role
        member.role = role
        member.save(update_fields=["role", "changed"])
        record(
            actor_of(admin),
            "partners.user.role",
            firm_target(member.firm),
            {"address": member.account.address, "from": previous, "to": role},
        )
    return member


def lock_user(admin: Membership, member: Membership) -> Membership:
    """Lock a user: their sessions end at once and they cannot sign in until unlocked."""
    with transaction.atomic():
        _lock_firm_and_check(admin, member)
        member = _locked_member(member)
        if member.state != MembershipState.ACTIVE:
            return member
        _guard_admin_change(admin, member)
        member.state = MembershipState.LOCKED
        member.save(update_fields=["state", "changed"])
        accounts.suspend_sign_in(member.account, actor=actor_of(admin), reason="firm-user-locked")
        record(
            actor_of(admin),
            "partners.user.lock",
            firm_target(member.firm),
            {"address": member.account.address, "membership": member.pk},
        )
    return member


def unlock_user(admin: Membership, member: Membership) -> Membership:
    """Unlock a locked user: they sign in again with their password."""
    with transaction.atomic():
        _lock_firm_and_check(admin, member)
        member = _locked_member(member)
        if member.state != MembershipState.LOCKED:
            return member
        member.state = MembershipState.ACTIVE
        member.save(update_fields=["state", "changed"])
        _resume(member, actor=actor_of(admin), reason="firm-user-unlocked")
        record(
            actor_of(admin),
            "partners.user.unlock",
            firm_target(member.firm),
            {"address": member.account.address, "membership": member.pk},
        )
    return member


def remove_user(admin: Membership, member: Membership) -> Membership:
    """Remove a user who left the firm: blocked at once, the membership kept as history."""
    with transaction.atomic():
        _lock_firm_and_check(admin, member)
        member = _locked_member(member)
        if member.state == MembershipState.REMOVED:
            return member
        _guard_admin_change(admin, member)
        member.state = MembershipState.REMOVED
        member.save(update_fields=["state", "changed"])
        accounts.suspend_sign_in(member.account, actor=actor_of(admin), reason="firm-user-removed")
        record(
            actor_of(admin),
            "partners.user.remove",
            firm_target(member.firm),
            {"address": member.account.address, "membership": member.pk},
        )
    return member


def _resume(member: Membership, *, actor: str, reason: str) -> None:
    # Disabled by staff meanwhile: that decision stands.
    with contextlib.suppress(AccountError):
        accounts.resume_sign_in(member.account, actor=actor, reason=reason)


# --- broker post ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ShipmentMetadata:
    """What the insurer says about a shipment; the firm filters and sorts by it."""

    category: str  # a BiPRO business-event code, see Category
    customer_name: str = ""
    policy_number: str = ""
    document_date: dt.date | None = None
    subject: str = ""


@dataclass(frozen=True)
class DocumentInput:
    name: str
    content_type: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class Deposited:
    """The shipment a deposit made, or found: ``created`` is False for a retried deposit."""

    shipment: Shipment
    created: bool


def _idempotency_key(firm: Firm, key: str) -> str:
    """The depositor's key within the firm: two depositors' keys never collide across firms."""
    return hashlib.sha256(f"{firm.pk}\0{key}".encode()).hexdigest()


def _content_digest(metadata: ShipmentMetadata, documents: Sequence[DocumentInput]) -> str:
    digest = hashlib.sha256()
    described = {
        "category": metadata.category,
        "customer_name": metadata.customer_name,
        "policy_number": metadata.policy_number,
        "document_date": metadata.document_date.isoformat() if metadata.document_date else "",
        "subject": metadata.subject,
        "documents": [
            (d.name, d.content_type, hashlib.sha256(d.data).hexdigest()) for d in documents
        ],
    }
    digest.update(json.dumps(described, sort_keys=True).encode())
    return digest.hexdigest()


_MEDIA_TYPE = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$")


def _media_type(declared: str) -> str:
    """The declared type if it is a plain ``type/subtype``; otherwise a download of bytes.

    It becomes the Content-Type of every download: no parameters, no header tricks.
    """
    media = declared.split(";", 1)[0].strip().lower()
    return media if _MEDIA_TYPE.match(media) else "application/octet-stream"


def _validate(metadata: ShipmentMetadata, documents: Sequence[DocumentInput]) -> None:
    if metadata.category not in Category.values:
        raise InvalidShipment(f"unknown category {metadata.category!r}")
    if not documents:
        raise InvalidShipment("a shipment has at least one document")
    if len(documents) > MAX_DOCUMENTS:
        raise InvalidShipment(f"a shipment has at most {MAX_DOCUMENTS} documents")
    for document in documents:
        if not document.name.strip() or "/" not in document.content_type:
            raise InvalidShipment("every document needs a file name and a content type")


def deposit_shipment(
    firm: Firm,
    metadata: ShipmentMetadata,
    documents: Sequence[DocumentInput],
    *,
    key: str,
    actor: str = "system:partners",
) -> Deposited:
    """Deposit broker post for ``firm``; the same ``key`` again returns the first deposit.

    The documents are sealed into storage first, outside any transaction, and
    removed again if the transaction fails. The firm's users with portfolio rights
    are told by a mail without content. The same key with different content raises
    :class:`KeyReused` (a depositor bug must not silently drop a shipment).
    """
    _validate(metadata, documents)
    if not firm.is_active:
        raise FirmLocked(f"firm {firm.pk} is locked")
    idempotency = _idempotency_key(firm, key)
    digest = _content_digest(metadata, documents)
    existing = Shipment.objects.filter(idempotency_key=idempotency).first()
    if existing is not None:
        return _retried(existing, digest)
    sealed = seal_documents([document.data for document in documents])
    try:
        with transaction.atomic():
            return Deposited(
                _store(firm, metadata, documents, sealed, idempotency, digest, actor), True
            )
    except IntegrityError:
        delete_documents(sealed.store, sealed.documents)
        existing = Shipment.objects.filter(idempotency_key=idempotency).first()
        if existing is None:
            raise
        return _retried(existing, digest)
    except BaseException:
        delete_documents(sealed.store, sealed.documents)
        raise


@dataclass(frozen=True)
class MailDeposit:
    """What a deposit mail became: a shipment, or the reasons its author was told.

    ``shipment`` is None when nothing was deposited; then ``reasons`` is what the
    author's report says.
    """

    shipment: Shipment | None
    created: bool
    reasons: tuple[str, ...] = ()


def deposit_by_mail(
    number: str, request: DepositRequest, *, author: str, address: str, key: str
) -> MailDeposit:
    """Deposit what a colleague mailed to a firm's address; report to them when that fails.

    ``key`` is the gateway's delivery key with the address: a retried SMTP
    transaction finds the shipment deposited before (:func:`deposit_shipment`), or
    the report queued before (the outbox's key), and does nothing twice. Every
    refusal is told to the author — unknown or locked firm, missing category, no
    attachment — so no mail is dropped without a word.
    """
    firm = Firm.objects.filter(registration_number__iexact=number.strip()).first()
    reasons = list(request.problems)
    if firm is None:
        reasons.insert(0, f"Es gibt keine Partnerfirma mit der Vermittlernummer »{number[:50]}«.")
    elif not firm.is_active:
        reasons.insert(0, "Die Partnerfirma ist gesperrt; für sie wird nichts eingestellt.")
    if firm is not None and not reasons and request.metadata is not None:
        try:
            done = deposit_shipment(
                firm, request.metadata, request.documents, key=key, actor=f"mail:{author}"
            )
        except (InvalidShipment, FirmLocked, KeyReused) as refusal:
            reasons.append(_mail_refusal(refusal))
        else:
            return MailDeposit(done.shipment, done.created)
    report_key = f"{key}:deposit-refused"
    with transaction.atomic():
        if OwnMail.objects.filter(key=report_key).exists():  # a retry: told and audited before
            return MailDeposit(None, False, tuple(reasons))
        outbox.queue(
            mails.deposit_refused(author, address, request.subject, reasons), key=report_key
        )
        record(
            f"mail:{author}",
            "partners.shipment.deposit_refused",
            firm_target(firm) if firm is not None else "",
            {"address": address[:320], "reasons": reasons},
        )
    return MailDeposit(None, False, tuple(reasons))


def _mail_refusal(refusal: PartnerError) -> str:
    if isinstance(refusal, FirmLocked):
        return "Die Partnerfirma ist gesperrt; für sie wird nichts eingestellt."
    if isinstance(refusal, InvalidShipment) and "at most" in str(refusal):
        return f"Eine Lieferung hat höchstens {MAX_DOCUMENTS} Dokumente."
    return "Die Lieferung konnte nicht eingestellt werden (ungültige Angaben)."


def _retried(existing: Shipment, digest: str) -> Deposited:
    if existing.content_digest != digest:
        raise KeyReused("the idempotency key was used for a different shipment")
    return Deposited(existing, created=False)


def _store(
    firm: Firm,
    metadata: ShipmentMetadata,
    documents: Sequence[DocumentInput],
    sealed: SealedShipment,
    idempotency: str,
    digest: str,
    actor: str,
) -> Shipment:
    now = timezone.now()
    shipment = Shipment.objects.create(
        firm=firm,
        category=metadata.category,
        customer_name=metadata.customer_name.strip()[:200],
        policy_number=metadata.policy_number.strip()[:100],
        document_date=metadata.document_date,
        subject=metadata.subject.strip()[:300],
        idempotency_key=idempotency,
        content_digest=digest,
        store=sealed.store,
        wrapped_key=sealed.wrapped_key,
        deposited_at=now,
        expires_at=now + dt.timedelta(days=settings.SIEGEL_PARTNERS_SHIPMENT_DAYS),
    )
    ShipmentDocument.objects.bulk_create(
        ShipmentDocument(
            shipment=shipment,
            number=number,
            name=safe_filename(document.name, number, document.content_type)[:255],
            content_type=_media_type(document.content_type),
            size=len(document.data),
        )
        for number, document in enumerate(documents, start=1)
    )
    record(
        actor,
        "partners.shipment.deposit",
        shipment_target(shipment),
        {
            "firm": firm.pk,
            "category": shipment.category,
            "documents": len(documents),
            "size": sum(len(d.data) for d in documents),
        },
    )
    for reader in _readers(firm):
        outbox.queue(
            mails.new_shipment(reader.account, firm, shipment.expires_at),
            key=f"partners-new-shipment:{shipment.pk}:{reader.pk}",
        )
    queue_new_shipment(shipment)  # the firm's webhook, if it has one: POSTed after the commit
    return shipment


def mark_fetched(shipment: Shipment, *, actor: str) -> Shipment:
    """The firm got the shipment's documents: "new" becomes "fetched" (later fetches keep it).

    A shipment loaded as fetched stays so (no state leads back to "new"): only the
    event is written then, not two updates that change nothing.
    """
    now = timezone.now()
    fetched_before = shipment.fetched_at is not None and shipment.state != ShipmentState.NEW
    with transaction.atomic():
        changed = 0
        if not fetched_before:
            Shipment.objects.filter(pk=shipment.pk, fetched_at__isnull=True).update(fetched_at=now)
            changed = Shipment.objects.filter(pk=shipment.pk, state=ShipmentState.NEW).update(
                state=ShipmentState.FETCHED
            )
        record(
            actor,
            "partners.shipment.fetch",
            shipment_target(shipment),
            {"firm": shipment.firm_id, "first": bool(changed)},
        )
    if not fetched_before:
        shipment.refresh_from_db()
    return shipment


@dataclass(frozen=True)
class Acknowledged:
    """``changed`` is False when the shipment was acknowledged before (acknowledging is idempotent)."""

    shipment: Shipment
    changed: bool


def acknowledge(shipment: Shipment, *, actor: str) -> Acknowledged:
    """The firm confirms it has the shipment (BiPRO "Quittierung"); again changes nothing."""
    now = timezone.now()
    with transaction.atomic():
        changed = bool(
            Shipment.objects.filter(pk=shipment.pk)
            .exclude(state=ShipmentState.ACKNOWLEDGED)
            .update(state=ShipmentState.ACKNOWLEDGED, acknowledged_at=now)
        )
        Shipment.objects.filter(pk=shipment.pk, fetched_at__isnull=True).update(fetched_at=now)
        record(
            actor,
            "partners.shipment.acknowledge",
            shipment_target(shipment),
            {"firm": shipment.firm_id, "first": changed},
        )
    shipment.refresh_from_db()
    return Acknowledged(shipment, changed)


def record_read(
    membership: Membership | None,
    action: str,
    *,
    actor: str = "",
    shipment: Shipment | None = None,
    details: dict[str, object] | None = None,
) -> None:
    """Audit a call that reads broker post (list, get, download): who, what, from where.

    ``action`` is the kind (``list``, ``get``, ``download``, ``download_all``,
    ``denied``); the portal and the API record the same kinds.
    """
    who = actor or (actor_of(membership) if membership is not None else "anonymous")
    target = (
        shipment_target(shipment)
        if shipment is not None
        else (firm_target(membership.firm) if membership is not None else "")
    )
    record(who, f"partners.shipment.{action}", target, dict(details or {}))


def record_denied(actor: str, what: str, details: dict[str, object] | None = None) -> None:
    """Audit a refused reach for something (another firm's user, the firm area without the role).

    The caller answers 404 whether the thing exists or not; the event tells the auditor.
    """
    record(actor, "partners.access.denied", "", {"what": what, **(details or {})})


def record_jump(opened: OpenedLink, *, actor: str, client: str = "") -> None:
    """Audit a deep-link jump — or its refusal, with why (expired, altered, another user's).

    Every jump is recorded as the user opens it, before the target page records
    its own reading call, so the log shows how they got there.
    """
    target = ""
    if opened.object_id is not None:
        target = (
            f"shipment:{opened.object_id}"
            if opened.kind is Kind.SHIPMENT
            else f"portal-message:{opened.object_id}"
        )
    details: dict[str, object] = {
        "kind": opened.kind.value if opened.kind else "",
        "client": client,
    }
    if opened.valid:
        record(actor, "partners.deep_link.jump", target, details)
    else:
        details |= {"reason": opened.state.value, "made_for": opened.user_id}
        record(actor, "partners.deep_link.refused", target, details)


def record_audit_export(admin: Membership, *, since: dt.date, until: dt.date, fmt: str) -> None:
    """Audit that a firm administrator downloaded the firm's part of the log (and which part)."""
    _check_admin(admin)
    record(
        actor_of(admin),
        "partners.audit.export",
        firm_target(admin.firm),
        {"from": since.isoformat(), "to": until.isoformat(), "format": fmt},
    )


@dataclass(frozen=True)
class Expiry:
    warned: int
    deleted: int


def expire_shipments(*, now: dt.datetime | None = None) -> Expiry:
    """Mark shipments near their end (warning) and delete the expired ones with their key.

    Each deletion runs in its own transaction, then the sealed documents go; a
    failure leaves the rest for the next run. Deleting the row destroys the data
    key, so any copy of the documents left behind is unreadable.
    """
    moment = now or timezone.now()
    warn_before = dt.timedelta(
        days=settings.SIEGEL_PARTNERS_SHIPMENT_DAYS - settings.SIEGEL_PARTNERS_SHIPMENT_WARNING_DAYS
    )
    warned = 0
    for shipment in Shipment.objects.filter(
        warned_at__isnull=True, expires_at__lte=moment + warn_before, expires_at__gt=moment
    ).select_related("firm"):
        with transaction.atomic():
            if Shipment.objects.filter(pk=shipment.pk, warned_at__isnull=True).update(
                warned_at=moment
            ):
                told = _warn_readers(shipment)
                record(
                    "system:worker",
                    "partners.shipment.expiring",
                    shipment_target(shipment),
                    {"firm": shipment.firm_id, "told": told},
                )
                warned += 1
    deleted = 0
    for shipment in Shipment.objects.filter(expires_at__lte=moment).only("pk", "firm_id", "store"):
        count = shipment.documents.count()
        with transaction.atomic():
            gone, _ = Shipment.objects.filter(pk=shipment.pk, expires_at__lte=moment).delete()
            if gone:
                record(
                    "system:worker",
                    "partners.shipment.delete",
                    shipment_target(shipment),
                    {"firm": shipment.firm_id, "reason": "expired", "documents": count},
                )
        if gone:
            delete_documents(shipment.store, count)
            deleted += 1
    return Expiry(warned, deleted)


def _warn_readers(shipment: Shipment) -> int:
    """Mail the firm's portfolio users that the shipment goes soon (no content); how many.

    Called once per shipment, in the transaction that sets ``warned_at``; the
    outbox key makes a repeated call queue nothing twice either.
    """
    readers = list(_readers(shipment.firm))
    for reader in readers:
        outbox.queue(
            mails.shipment_expiring(reader.account, shipment.firm, shipment.expires_at),
            key=f"partners-shipment-expiring:{shipment.pk}:{reader.pk}",
        )
    return len(readers)


def _readers(firm: Firm) -> QuerySet[Membership]:
    """The firm's active users with portfolio rights: those told about its broker post."""
    return _members(firm).filter(
        state=MembershipState.ACTIVE, role__in=[Role.FIRM_ADMIN, Role.PORTFOLIO]
    )
