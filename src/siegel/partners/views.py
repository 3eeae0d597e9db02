"""Firm administration (/postfach/firma/) and broker post (/postfach/maklerpost/) in the portal.

Thin views over :mod:`.selectors` and :mod:`.services`. Every page is for a
signed-in firm user whose membership is read again on each request, so a lock or
a role change takes effect at once. What the user may not reach — another firm's
user or shipment, the firm area without the administrator role, broker post
without portfolio rights — is a 404 with an audit event, the same answer whether
the thing exists or not. Documents are checked completely before a byte is sent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial, wraps
from typing import Any
from urllib.parse import quote, urlencode

from django.conf import settings
from django.contrib import messages
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBase,
    StreamingHttpResponse,
)
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from siegel.accounts.decorators import account_required
from siegel.audit import selectors as audit_selectors
from siegel.audit.export import MEDIA_TYPES
from siegel.audit.export import lines as audit_export_lines
from siegel.core.keyring import KeyringError
from siegel.core.mime.display import safe_filename, unique_name
from siegel.core.sealed import TamperedContent
from siegel.core.zipstream import Member, stream_zip
from siegel.infra.ratelimit import allow
from siegel.partners import deep_links, selectors, services, sign_on
from siegel.partners.errors import (
    AlreadyMember,
    LastAdministrator,
    NotAUser,
    PartnerError,
)
from siegel.partners.forms import AddUserForm, AuditExportForm, RoleForm, ShipmentFilterForm
from siegel.partners.models import Membership, Shipment, ShipmentDocument

View = Callable[..., HttpResponseBase]


def _membership(request: HttpRequest) -> Membership:
    return request.membership  # type: ignore[attr-defined]


def _gate(need: str) -> Callable[[View], View]:
    """Let through a signed-in user of an active firm who has ``need`` (admin or portfolio)."""

    def decorate(view: View) -> View:
        @wraps(view)
        def gate(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            membership = selectors.membership_of(request.user)
            allowed = membership is not None and (
                membership.is_firm_admin if need == "admin" else membership.has_portfolio_rights
            )
            if not allowed:
                services.record_denied(
                    f"user:{request.user.pk}", need, {"path": request.path[:200]}
                )
                raise Http404
            request.membership = membership  # type: ignore[attr-defined]
            return view(request, *args, **kwargs)

        return never_cache(account_required(gate))

    return decorate


firm_admin_required = _gate("admin")
portfolio_required = _gate("portfolio")


# --- firm administration ----------------------------------------------------------------------


def _refusal(error: PartnerError) -> str:
    if isinstance(error, (AlreadyMember, NotAUser)):
        # One answer for every address that cannot be added: which case it was (a
        # customer's account, another firm's user, staff) would tell who has an account.
        return _(
            "Diese Adresse kann nicht hinzugefügt werden. Bitte prüfen Sie sie oder wenden "
            "Sie sich an den Versicherer."
        )
    if isinstance(error, LastAdministrator):
        return _(
            "Sie können sich nicht selbst sperren, entfernen oder herabstufen, und die Firma "
            "behält mindestens einen aktiven Makleradministrator."
        )
    return _("Diese Änderung ist nicht möglich.")


@firm_admin_required
@require_http_methods(["GET", "POST"])
def firm(request: HttpRequest) -> HttpResponse:
    admin = _membership(request)
    form = AddUserForm(request.POST or None)
    if request.method == "POST" and not allow(
        "partners-add-user",
        str(admin.pk),
        limit=settings.SIEGEL_PARTNERS_ADD_USER_PER_HOUR,
        window_seconds=3600,
    ):
        return render(request, "partners/too_many.html", {"portal_nav": "firm"}, status=429)
    if request.method == "POST" and form.is_valid():
        try:
            member = services.add_user(
                admin,
                form.cleaned_data["address"],
                display_name=form.cleaned_data["display_name"],
                role=form.cleaned_data["role"],
            )
        except PartnerError as refusal:
            form.add_error(None, _refusal(refusal))
        else:
            messages.success(
                request,
                _("%(address)s ist angelegt und erhält eine E-Mail mit einem Link zum Passwort.")
                % {"address": member.account.address},
            )
            return redirect("partners:firm")
    return render(
        request,
        "partners/firm.html",
        {
            "portal_nav": "firm",
            "firm": admin.firm,
            "admin": admin,
            "members": selectors.firm_users(admin.firm),
            "form": form,
            "sign_on": sign_on.state_of(admin.firm),
        },
    )


@firm_admin_required
@require_GET
def audit_export(request: HttpRequest) -> HttpResponseBase:
    """The firm's part of the audit log for a date range: its users' sign-ins and calls.

    Only events of the firm's users while they were its users, and only sign-in,
    sign-out and broker-post kinds (``selectors.firm_audit_windows``), streamed.
    """
    admin = _membership(request)
    form = AuditExportForm(request.GET or None)
    if not form.is_valid():
        return render(
            request,
            "partners/audit_export.html",
            {"portal_nav": "firm", "firm": admin.firm, "form": form},
        )
    since, until, fmt = (form.cleaned_data[k] for k in ("von", "bis", "format"))
    services.record_audit_export(admin, since=since, until=until, fmt=fmt)
    rows = audit_selectors.events_in_windows(
        selectors.firm_audit_windows(admin.firm),
        prefixes=(*audit_selectors.SESSION_ACTIONS, "partners."),
        since=_day_start(since),
        until=_day_start(until + dt.timedelta(days=1)),
    )
    response = StreamingHttpResponse(
        (line.encode() for line in audit_export_lines(rows, fmt)),
        content_type=f"{MEDIA_TYPES[fmt]}; charset=utf-8",
    )
    response.headers["Content-Disposition"] = _disposition(
        f"protokoll-{admin.firm.registration_number}-{since}-{until}.{fmt}"
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "no-store"
    return response


def _day_start(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def _member(request: HttpRequest, pk: int) -> Membership:
    member = selectors.firm_user(_membership(request), pk)
    if member is None:
        services.record_denied(
            services.actor_of(_membership(request)), "firm-user", {"membership": pk}
        )
        raise Http404
    return member


@firm_admin_required
@require_GET
def member(request: HttpRequest, pk: int) -> HttpResponse:
    found = _member(request, pk)
    return render(
        request,
        "partners/member.html",
        {
            "portal_nav": "firm",
            "member": found,
            "is_self": found.pk == _membership(request).pk,
            "role_form": RoleForm(initial={"role": found.role}),
        },
    )


MEMBER_ACTIONS: dict[str, tuple[Callable[[Membership, Membership], object], Any]] = {
    "sperren": (
        services.lock_user,
        gettext_lazy("Der Benutzer ist gesperrt; seine Sitzungen sind beendet."),
    ),
    "entsperren": (services.unlock_user, gettext_lazy("Der Benutzer ist entsperrt.")),
    "entfernen": (
        services.remove_user,
        gettext_lazy("Der Benutzer ist entfernt; seine Sitzungen sind beendet."),
    ),
}


@firm_admin_required
@require_POST
def member_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    found = _member(request, pk)
    admin = _membership(request)
    try:
        if action == "rolle":
            form = RoleForm(request.POST)
            if not form.is_valid():
                raise Http404
            services.change_role(admin, found, form.cleaned_data["role"])
            messages.success(request, _("Die Rechte sind geändert."))
        elif action == "link":
            if services.resend_first_password_link(admin, found):
                messages.success(request, _("Ein neuer Link zum Passwort ist unterwegs."))
            else:
                messages.info(
                    request,
                    _("Der Benutzer hat schon ein Passwort; er kann „Passwort vergessen“ nutzen."),
                )
        elif action in MEMBER_ACTIONS:
            service, done = MEMBER_ACTIONS[action]
            service(admin, found)
            messages.success(request, str(done))
        else:
            raise Http404
    except PartnerError as refusal:
        messages.error(request, _refusal(refusal))
    if action == "entfernen":
        return redirect("partners:firm")
    return redirect("partners:member", pk=found.pk)


# --- broker post ------------------------------------------------------------------------------


def _filter_of(form: ShipmentFilterForm) -> selectors.ShipmentFilter:
    if not form.is_valid():
        return selectors.ShipmentFilter()
    data = form.cleaned_data
    return selectors.ShipmentFilter(
        category=data["kategorie"],
        customer=data["kunde"],
        state=data["status"],
        deposited_from=data["von"],
        deposited_to=data["bis"],
    )


@portfolio_required
@require_GET
def shipments(request: HttpRequest) -> HttpResponse:
    membership = _membership(request)
    form = ShipmentFilterForm(request.GET or None)
    by = _filter_of(form)
    visible = selectors.filtered(selectors.visible_shipments(membership), by)
    try:
        page = selectors.page(visible, cursor=request.GET.get("nach", "")[:200])
    except selectors.InvalidCursor:
        page = selectors.page(visible)
    services.record_read(
        membership,
        "list",
        details={
            "category": by.category,
            # Whether a customer was searched for, never who: the log is kept six years.
            "customer_filter": bool(by.customer),
            "state": by.state,
            "count": len(page.items),
        },
    )
    query = {k: v for k, v in request.GET.items() if k != "nach" and v}
    return render(
        request,
        "partners/shipments.html",
        {
            "portal_nav": "shipments",
            "form": form,
            "page": page,
            "next_query": urlencode({**query, "nach": page.next_cursor})
            if page.next_cursor
            else "",
            "filtered": bool(query),
        },
    )


def _shipment(request: HttpRequest, pk: int) -> Shipment:
    found = selectors.shipment_for(_membership(request), pk)
    if found is None:
        services.record_read(_membership(request), "denied", details={"shipment": pk})
        raise Http404
    return found


@portfolio_required
@require_GET
def shipment(request: HttpRequest, pk: int) -> HttpResponse:
    found = _shipment(request, pk)
    services.record_read(_membership(request), "get", shipment=found)
    return render(
        request,
        "partners/shipment.html",
        {
            "portal_nav": "shipments",
            "shipment": found,
            "documents": selectors.documents(found),
        },
    )


def _damaged(request: HttpRequest, found: Shipment) -> HttpResponse:
    services.record_read(_membership(request), "tampered", shipment=found)
    return render(request, "portal/damaged.html", {"portal_nav": "shipments"}, status=500)


def _disposition(filename: str) -> str:
    """RFC 6266: an ASCII fallback and the real name UTF-8 encoded; always an attachment.

    A backslash would end the quoted fallback early (it escapes the next character),
    so it goes like a quote.
    """
    fallback = (
        filename.encode("ascii", "replace")
        .decode()
        .replace("?", "_")
        .replace('"', "_")
        .replace("\\", "_")
    )
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def _checked(found: Shipment, document: ShipmentDocument) -> None:
    """Open every piece once: a tampered document fails here, before anything is sent."""
    for _piece in selectors.document_stream(found, document):
        pass


@portfolio_required
@require_GET
def document(request: HttpRequest, pk: int, number: int) -> HttpResponseBase:
    found = _shipment(request, pk)
    wanted = selectors.document_of(found, number)
    if wanted is None:
        services.record_read(
            _membership(request), "denied", shipment=found, details={"document": number}
        )
        raise Http404
    try:
        _checked(found, wanted)
    except (TamperedContent, KeyringError):
        return _damaged(request, found)
    # The response first: a header that cannot be sent must not be audited as a download
    # nor mark the shipment fetched. Names stored before deposits were sanitised are
    # sanitised again here.
    response = StreamingHttpResponse(
        selectors.document_stream(found, wanted), content_type=wanted.content_type
    )
    response.headers["Content-Length"] = str(wanted.size)
    response.headers["Content-Disposition"] = _disposition(
        safe_filename(wanted.name, number, wanted.content_type)
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "no-store"
    membership = _membership(request)
    services.record_read(membership, "download", shipment=found, details={"document": number})
    services.mark_fetched(found, actor=services.actor_of(membership))
    return response


@portfolio_required
@require_GET
def everything(request: HttpRequest, pk: int) -> HttpResponseBase:
    """All documents of a shipment as one ZIP, streamed; every one checked before anything goes.

    Each document is opened twice, piece by piece: once to check that every piece
    opens (a tampered one gives the error page, never a partial archive), then
    again while the archive is written into the response (``siegel.core.zipstream``).
    Memory holds one piece at a time, however large the shipment.
    """
    found = _shipment(request, pk)
    items = selectors.documents(found)
    try:
        for item in items:
            _checked(found, item)
    except (TamperedContent, KeyringError):
        return _damaged(request, found)
    used: set[str] = set()
    members = [
        Member(
            unique_name(safe_filename(item.name, item.number, item.content_type), used),
            partial(selectors.document_stream, found, item),
            size=item.size,
            modified=timezone.localtime(found.deposited_at),
        )
        for item in items
    ]
    response = StreamingHttpResponse(stream_zip(members), content_type="application/zip")
    response.headers["Content-Disposition"] = _disposition(f"lieferung-{found.pk}.zip")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "no-store"
    membership = _membership(request)
    services.record_read(membership, "download_all", shipment=found)
    services.mark_fetched(found, actor=services.actor_of(membership))
    return response


@portfolio_required
@require_POST
def acknowledge(request: HttpRequest, pk: int) -> HttpResponse:
    found = _shipment(request, pk)
    done = services.acknowledge(found, actor=services.actor_of(_membership(request)))
    if done.changed:
        messages.success(request, _("Die Lieferung ist quittiert."))
    else:
        messages.info(request, _("Die Lieferung war schon quittiert."))
    return redirect("partners:shipment", pk=found.pk)


# --- deep links -------------------------------------------------------------------------------

MAX_TOKEN = 1000


@never_cache
@account_required
@require_GET
def jump(request: HttpRequest, token: str) -> HttpResponseBase:
    """Open a deep link for the signed-in user, or say clearly why it opens nothing.

    Anyone signed in gets here (a customer's link opens a portal message, a firm
    user's a shipment); the target page checks access as for any click.
    """
    opened = deep_links.open_link(token[:MAX_TOKEN], int(request.user.pk or 0))
    services.record_jump(
        opened, actor=f"user:{request.user.pk}", client=request.META.get("REMOTE_ADDR", "")
    )
    if opened.valid:
        return redirect(opened.destination)
    return render(
        request,
        "partners/deep_link_refused.html",
        {"state": opened.state.value},
        status=410 if opened.state is deep_links.LinkState.EXPIRED else 403,
    )
