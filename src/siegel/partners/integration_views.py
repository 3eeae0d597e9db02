"""How broker software gets at the broker post: API tokens, client certificates, the webhook.

Thin pages over :mod:`.tokens`, :mod:`.client_certs` and :mod:`.webhooks`, in the
portal layout, without JavaScript:

- ``/postfach/api-zugaenge/`` — a user with portfolio rights manages their own
  tokens and certificates; the firm administrator those of every user of the
  firm. A certificate is mapped by uploading it (``…/zertifikat/``); only its
  holder may let it sign in to the portal. A new token's secret is shown in the answer to the form, once, and never
  stored in clear; revoking asks first.
- ``/postfach/firma/webhook/`` — the firm administrator sets the webhook URL,
  gets a new signing secret (shown once), switches it off or on, sees the
  latest deliveries and sends a finished one again.

What the user may not reach (another firm's token, a colleague's without the
administrator role) is a 404 with an audit event, as everywhere in the firm area.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from siegel.partners import client_certs, selectors, services, tokens, webhooks
from siegel.partners.credentials import (
    CERTIFICATE_SCOPE_CHOICES,
    PORTAL_SIGN_IN,
    ApiToken,
    ClientCertificate,
)
from siegel.partners.errors import PartnerError
from siegel.partners.forms import CertificateForm, TokenForm, WebhookForm
from siegel.partners.models import Membership, MembershipState
from siegel.partners.views import _membership, firm_admin_required, portfolio_required
from siegel.partners.webhook_models import WebhookDelivery

# --- API tokens and client certificates ------------------------------------------------------


def _token_holders(acting: Membership) -> list[Membership]:
    """Whom ``acting`` may issue a token for: themselves, or any active firm user with portfolio rights."""
    if not acting.is_firm_admin:
        return [acting]
    return [
        member
        for member in selectors.firm_users(acting.firm)
        if member.state == MembershipState.ACTIVE and member.has_portfolio_rights
    ]


@dataclass(frozen=True)
class Row:
    """A token or certificate as the list shows it: its scopes by name, and whether it works."""

    item: ApiToken | ClientCertificate
    scopes: list[str]
    state: str
    usable: bool


def _row(item: ApiToken | ClientCertificate, expires: dt.datetime, now: dt.datetime) -> Row:
    labels = dict(CERTIFICATE_SCOPE_CHOICES)
    scopes = [str(labels.get(scope, scope)) for scope in sorted(item.scope_set)]
    if item.revoked_at is not None:
        return Row(item, scopes, _("widerrufen"), False)
    if expires <= now:
        return Row(item, scopes, _("abgelaufen"), False)
    return Row(item, scopes, _("gültig"), True)


def _access_page(
    request: HttpRequest, acting: Membership, form: TokenForm, **extra: Any
) -> HttpResponse:
    now = timezone.now()
    return render(
        request,
        "partners/api_access.html",
        {
            "portal_nav": "firm" if acting.is_firm_admin else "shipments",
            "acting": acting,
            "tokens": [_row(t, t.expires_at, now) for t in tokens.visible_tokens(acting)],
            "certificates": [
                _row(c, c.not_after, now) for c in client_certs.visible_certificates(acting)
            ],
            "form": form,
            **extra,
        },
    )


@portfolio_required
@require_http_methods(["GET", "POST"])
def api_access(request: HttpRequest) -> HttpResponse:
    """The list of tokens and certificates, and the form for a new token."""
    acting = _membership(request)
    holders = _token_holders(acting)
    form = TokenForm(request.POST or None, members=holders)
    if request.method == "POST" and form.is_valid():
        member = next(m for m in holders if m.pk == form.cleaned_data["member"])
        try:
            issued = tokens.issue_token(
                acting,
                name=form.cleaned_data["name"],
                member=member,
                scopes=form.cleaned_data["scopes"],
                days=form.cleaned_data["days"],
            )
        except PartnerError:
            form.add_error(None, _("Das Token konnte nicht ausgestellt werden."))
        else:
            # Shown in this answer and never again: no redirect that would have to carry it.
            return _access_page(request, acting, TokenForm(members=holders), issued=issued)
    return _access_page(request, acting, form)


@portfolio_required
@require_http_methods(["GET", "POST"])
def map_certificate(request: HttpRequest) -> HttpResponse:
    """Map a client certificate: one's own (for the API, and to sign in), or a colleague's (API only)."""
    acting = _membership(request)
    holders = _token_holders(acting)
    form = CertificateForm(request.POST or None, request.FILES or None, members=holders)
    if request.method == "POST" and form.is_valid():
        member = next(m for m in holders if m.pk == form.cleaned_data["member"])
        mapped = _map(form, acting, member)
        if mapped is not None:
            messages.success(
                request,
                _("Das Zertifikat „%(subject)s“ ist %(address)s zugeordnet.")
                % {"subject": mapped.subject, "address": member.account.address},
            )
            return redirect(reverse("partners:api_access") + "#zertifikate")
    return render(
        request,
        "partners/map_certificate.html",
        {"portal_nav": "firm" if acting.is_firm_admin else "shipments", "form": form},
    )


def _map(form: CertificateForm, acting: Membership, member: Membership) -> ClientCertificate | None:
    """The mapping, or None with the reason put on the form."""
    scopes = form.cleaned_data["scopes"]
    if PORTAL_SIGN_IN in scopes and member.pk != acting.pk:
        form.add_error(
            "scopes",
            _(
                "„Im Portal anmelden“ kann nur der Benutzer selbst für sein eigenes Zertifikat wählen."
            ),
        )
        return None
    upload = form.cleaned_data["certificate"]
    try:
        return client_certs.map_certificate(
            acting, member, upload.read(client_certs.MAX_PEM_CHARS + 1), scopes=scopes
        )
    except client_certs.UnusableCertificate as unusable:
        form.add_error("certificate", unusable.reason)
    except PartnerError:
        form.add_error(None, _("Das Zertifikat konnte nicht zugeordnet werden."))
    return None


def _visible(request: HttpRequest, queryset: Any, pk: int, what: str) -> Any:
    found = queryset.filter(pk=pk).first()
    if found is None:
        services.record_denied(services.actor_of(_membership(request)), what, {"id": pk})
        raise Http404
    return found


@portfolio_required
@require_http_methods(["GET", "POST"])
def revoke_token(request: HttpRequest, pk: int) -> HttpResponse:
    """Ask, then revoke: the token stops working with the next call."""
    acting = _membership(request)
    token: ApiToken = _visible(request, tokens.visible_tokens(acting), pk, "api-token")
    if request.method == "POST":
        try:
            tokens.revoke_token(acting, token)
        except PartnerError:
            messages.error(request, _("Diese Änderung ist nicht möglich."))
        else:
            messages.success(
                request, _("Das Token „%(name)s“ ist widerrufen.") % {"name": token.name}
            )
        return redirect("partners:api_access")
    return render(
        request,
        "partners/revoke.html",
        {
            "portal_nav": "firm" if acting.is_firm_admin else "shipments",
            "kind": "token",
            "what": f"{token.name} ({token.hint}…)",
            "owner": token.membership.account.address,
            "revoked": token.revoked_at is not None,
        },
    )


@portfolio_required
@require_http_methods(["GET", "POST"])
def revoke_certificate(request: HttpRequest, pk: int) -> HttpResponse:
    """Ask, then revoke: the certificate no longer admits anyone."""
    acting = _membership(request)
    mapped: ClientCertificate = _visible(
        request, client_certs.visible_certificates(acting), pk, "client-certificate"
    )
    if request.method == "POST":
        try:
            client_certs.revoke_certificate(acting, mapped)
        except PartnerError:
            messages.error(request, _("Diese Änderung ist nicht möglich."))
        else:
            messages.success(request, _("Das Zertifikat ist widerrufen."))
        return redirect("partners:api_access")
    return render(
        request,
        "partners/revoke.html",
        {
            "portal_nav": "firm" if acting.is_firm_admin else "shipments",
            "kind": "certificate",
            "what": mapped.subject,
            "owner": mapped.membership.account.address,
            "revoked": mapped.revoked_at is not None,
        },
    )


# --- the webhook ----------------------------------------------------------------------------


def _webhook_page(
    request: HttpRequest, admin: Membership, form: WebhookForm, **extra: Any
) -> HttpResponse:
    hook = webhooks.webhook_of(admin)
    return render(
        request,
        "partners/webhook.html",
        {
            "portal_nav": "firm",
            "webhook": hook,
            "deliveries": webhooks.recent_deliveries(hook) if hook is not None else [],
            "form": form,
            **extra,
        },
    )


@firm_admin_required
@require_http_methods(["GET", "POST"])
def webhook(request: HttpRequest) -> HttpResponse:
    """The firm's webhook: set its URL (the first time with a secret, shown once)."""
    admin = _membership(request)
    hook = webhooks.webhook_of(admin)
    form = WebhookForm(request.POST or None, initial={"url": hook.url if hook else ""})
    if request.method == "POST" and form.is_valid():
        try:
            saved = webhooks.set_webhook(admin, form.cleaned_data["url"])
        except webhooks.WebhookRefused as refused:
            form.add_error("url", refused.reason)
        except PartnerError:
            form.add_error(None, _("Diese Änderung ist nicht möglich."))
        else:
            if saved.secret is not None:
                return _webhook_page(
                    request,
                    admin,
                    WebhookForm(initial={"url": saved.webhook.url}),
                    secret=saved.secret,
                )
            messages.success(
                request, _("Die Adresse ist gespeichert; der Webhook ist eingeschaltet.")
            )
            return redirect("partners:webhook")
    return _webhook_page(request, admin, form)


@firm_admin_required
@require_POST
def webhook_secret(request: HttpRequest) -> HttpResponse:
    """A new signing secret, in force at once; shown in this answer only."""
    admin = _membership(request)
    try:
        saved = webhooks.renew_secret(admin)
    except PartnerError:
        messages.error(request, _("Diese Änderung ist nicht möglich."))
        return redirect("partners:webhook")
    return _webhook_page(
        request, admin, WebhookForm(initial={"url": saved.webhook.url}), secret=saved.secret
    )


@firm_admin_required
@require_POST
def webhook_switch(request: HttpRequest, action: str) -> HttpResponse:
    if action not in {"ausschalten", "einschalten"}:
        raise Http404
    admin = _membership(request)
    try:
        webhooks.switch_own_webhook(admin, action == "einschalten")
    except PartnerError:
        messages.error(request, _("Diese Änderung ist nicht möglich."))
    else:
        messages.success(
            request,
            _("Der Webhook ist eingeschaltet.")
            if action == "einschalten"
            else _("Der Webhook ist ausgeschaltet; neue Lieferungen werden nicht mehr gemeldet."),
        )
    return redirect("partners:webhook")


@firm_admin_required
@require_POST
def webhook_resend(request: HttpRequest, pk: int) -> HttpResponse:
    """Send one of the firm's finished events again (same event id, a fresh round of retries)."""
    admin = _membership(request)
    delivery: WebhookDelivery = _visible(
        request, webhooks.own_deliveries(admin), pk, "webhook-delivery"
    )
    try:
        webhooks.resend_own(admin, delivery)
    except PartnerError:
        messages.error(
            request,
            _(
                "Diese Meldung kann nicht erneut gesendet werden: Sie wird gerade zugestellt, "
                "oder der Webhook ist ausgeschaltet."
            ),
        )
    else:
        messages.success(
            request,
            _("Die Meldung %(event)s wird erneut gesendet.") % {"event": delivery.event_id},
        )
    return redirect("partners:webhook")
