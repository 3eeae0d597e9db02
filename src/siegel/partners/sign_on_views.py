"""Signing in with the firm's own login (OpenID Connect): ``/postfach/anmelden/firma/…``.

- ``anmelden/firma/`` asks for the firm's short name (Kennung), then shows the
  start page's button;
- ``anmelden/firma/<kennung>/`` shows a button (GET); only its POST, with Django's
  CSRF token, starts a flow and sends the browser to the firm's provider. A link
  alone could be followed from another site, and with a provider that approves
  silently sign the person into an account of the attacker's choosing (login CSRF).
  The page's ``form-action`` names the provider's origin besides ``'self'``, so the
  browser follows the POST's redirect there;
- ``anmelden/firma/<kennung>/zurueck/`` is where the firm's provider sends it back:
  one address per firm, and only that firm's flows are accepted there (no mix-up,
  ADR 0024); an ``iss`` in the answer must be the firm's issuer (RFC 9207).

The sign-in is completed by the password sign-in's own path
(:func:`siegel.accounts.completion.complete_sign_in`): a new session id, the idle
timeout, ``accounts.login.success`` with ``method: sso``, and the second factor
after it (ADR 0024). Every refusal is a 403 page saying why and an
``accounts.login.failure`` event with ``step: sso`` and the reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from siegel.accounts import lockout
from siegel.accounts import services as account_services
from siegel.accounts.completion import complete_sign_in
from siegel.accounts.navigation import safe_next
from siegel.core.id_token import Identity
from siegel.infra.ratelimit import client_address
from siegel.partners import sign_on, sign_on_flow
from siegel.partners.models import Membership
from siegel.partners.sign_on import SignOnRefused
from siegel.partners.sign_on_models import FirmSignOn

STEP = "sso"


@never_cache
@require_GET
def choose(request: HttpRequest) -> HttpResponse:
    """The page that asks for the firm's Kennung, then offers the button to its sign-in."""
    slug = request.GET.get("firma", "").strip().lower()
    if slug:
        try:
            sign_on.usable(slug)
        except SignOnRefused:
            pass
        else:
            return start(request, slug)
    return render(request, "partners/sign_on.html", {"slug": slug, "next": safe_next(request, "")})


@never_cache
@require_http_methods(["GET", "POST"])
def start(request: HttpRequest, slug: str) -> HttpResponse:
    """GET: the button to the firm's provider. POST (CSRF-checked): to the provider, with a
    new state, nonce and PKCE challenge."""
    try:
        chosen = sign_on.usable(slug)
    except SignOnRefused as refused:
        _failed(request, refused, slug=slug)
        return _refusal(request, refused)
    try:
        endpoints = sign_on_flow.endpoints_of(chosen)
    except SignOnRefused as refused:
        _failed(request, refused, slug=slug, firm=chosen.firm_id)
        return _refusal(request, refused)
    if request.method == "POST":
        return HttpResponseRedirect(
            sign_on_flow.begin(request, chosen, endpoints, safe_next(request))
        )
    response = render(
        request,
        "partners/sign_on.html",
        {"slug": chosen.slug, "found": chosen, "next": safe_next(request, "")},
    )
    response.headers["Content-Security-Policy"] = settings.CONTENT_SECURITY_POLICY.replace(
        "form-action 'self'",
        f"form-action 'self' {sign_on_flow.origin_of(endpoints.authorization)}",
    )
    return response


@never_cache
@require_GET
def finish(request: HttpRequest, slug: str) -> HttpResponse:
    """The provider's answer: the code redeemed, the token checked, the firm user signed in."""
    pending = sign_on_flow.take_pending(request)
    try:
        admitted = _admitted(request, slug, pending)
    except SignOnRefused as refused:
        _failed(request, refused, firm=pending.firm if pending else None)
        return _refusal(request, refused)
    account = admitted.member.account
    firm = admitted.sign_on.firm_id
    if lockout.is_locked(request, account.address):
        # Locked after failed passwords or codes: the provider does not lift that (ADR 0024).
        locked = SignOnRefused("address locked", sign_on.Refusal.INACTIVE, address=account.address)
        _failed(request, locked, firm=firm)
        return lockout.locked_out_response(request)
    subject = admitted.identity.subject
    try:
        first = sign_on.link(admitted.sign_on, admitted.member, subject)
    except SignOnRefused as refused:
        _failed(request, refused, firm=firm)
        return _refusal(request, refused)
    return complete_sign_in(
        request,
        account,
        admitted.next_url,
        method=STEP,
        details={"firm": firm, "subject": subject, "first_link": first},
    )


@dataclass(frozen=True)
class Admitted:
    """A provider's answer that passed every check: whose it is and where to go on to."""

    sign_on: FirmSignOn
    identity: Identity
    member: Membership
    next_url: str


def _admitted(request: HttpRequest, slug: str, pending: sign_on_flow.Pending | None) -> Admitted:
    """The checks of the provider's answer, in order; :class:`SignOnRefused` at the first to fail.

    Which firm answered is settled before any request to a provider: the return
    address and, when the provider names itself, ``iss``. Otherwise a provider could
    route another firm's code to its own token endpoint (a mix-up).
    """
    if pending is None:
        raise SignOnRefused("unknown or expired state", sign_on.Refusal.FAILED)
    chosen = sign_on.usable_by_id(pending.sign_on)
    if slug != pending.slug or chosen.slug != pending.slug:
        raise SignOnRefused(
            "answer at another firm's return address", sign_on.Refusal.FAILED, firm=pending.firm
        )
    answered_by = request.GET.get("iss")
    if answered_by is not None and answered_by != chosen.issuer:
        raise SignOnRefused("iss of the answer is not the firm's issuer", sign_on.Refusal.FAILED)
    if "error" in request.GET:
        raise SignOnRefused(
            f"provider answered {request.GET['error'][:50]}", sign_on.Refusal.FAILED
        )
    endpoints = sign_on_flow.endpoints_of(chosen)
    if endpoints.issuer_in_answer and answered_by is None:
        raise SignOnRefused("no iss in the answer", sign_on.Refusal.FAILED)
    identity = sign_on_flow.identity_from(request, chosen, endpoints, pending)
    return Admitted(chosen, identity, sign_on.member_for(chosen, identity), pending.next_url)


def _refusal(request: HttpRequest, refused: SignOnRefused) -> HttpResponse:
    """The 403 page: why, in the person's terms; the details are in the audit log."""
    return render(
        request,
        "partners/sign_on_refused.html",
        {"kind": refused.kind.value, "login_url": reverse("accounts:login")},
        status=403,
    )


def _failed(
    request: HttpRequest,
    refused: SignOnRefused,
    *,
    slug: str = "",
    firm: int | None = None,
) -> None:
    details: dict[str, object] = {"reason": refused.reason}
    if slug:
        details["sign_on"] = slug[:50]
    if (refused.firm or firm) is not None:
        details["firm"] = refused.firm or firm
    account_services.sign_in_failed(
        refused.address, client=client_address(request), step=STEP, details=details
    )
