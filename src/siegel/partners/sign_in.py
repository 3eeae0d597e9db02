"""Signing in to the portal pages with a client certificate: ``/postfach/anmelden/zertifikat/``.

"Mit Zertifikat anmelden" on the sign-in page posts here (a CSRF-protected POST,
with ``next``), and the reverse proxy passes the certificate it verified on this
path only (docs/partners-api.md). The firm user is found by the one certificate
check (:func:`siegel.partners.client_certs.portal_member`, the API's too); the
sign-in is completed by the password sign-in's own path
(:func:`siegel.accounts.completion.complete_sign_in`): new session id, idle timeout, audit,
and the second factor after it where the account has one or the firm requires
one (ADR 0023). Every refusal is a 403 page saying why — never whose certificate
it is — and an ``accounts.login.failure`` event with the reason.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from siegel.accounts import lockout
from siegel.accounts import services as account_services
from siegel.accounts.completion import complete_sign_in
from siegel.accounts.navigation import safe_next
from siegel.infra.ratelimit import client_address
from siegel.partners import client_certs
from siegel.partners.client_certs import CertificateRefused
from siegel.partners.middleware import CERTIFICATE_SESSION

STEP = "certificate"


@never_cache
@require_http_methods(["GET", "POST"])
def certificate_sign_in(request: HttpRequest) -> HttpResponse:
    """POST: sign in with the proxy-verified certificate. GET signs nobody in.

    A GET must not sign in: a page elsewhere could then sign a broker in with their
    own certificate without their doing (an image is enough), and the audit log
    would show sign-ins nobody made. A GET is either nginx handing over a request it
    refused for its certificate (``error_page 495``: the refusal page) or a
    bookmark (on to the sign-in page).
    """
    if not settings.SIEGEL_PORTAL_CERTIFICATE_SIGN_IN:
        raise Http404
    if request.method != "POST":
        refused = client_certs.proxy_refusal(request)
        if refused is None:
            return HttpResponseRedirect(_login_url(request))
        # The proxy answers every request of that connection so, stylesheets and icon
        # included: record the page, not each of its parts.
        if request.headers.get("Sec-Fetch-Dest", "document") == "document":
            _failed(request, refused.address, refused.reason, refused.actor)
        return _refusal(request, refused, whole_connection=True)
    try:
        certified = client_certs.portal_member(request)
    except CertificateRefused as refused:
        _failed(request, refused.address, refused.reason, refused.actor)
        return _refusal(request, refused, whole_connection=False)
    account = certified.membership.account
    if lockout.is_locked(request, account.address):
        # Locked after failed passwords or second-factor codes: a certificate does not lift
        # that (it would hand a stolen certificate fresh guesses at the second factor).
        _failed(request, account.address, "address locked", certified.credential)
        return lockout.locked_out_response(request)
    response = complete_sign_in(
        request,
        account,
        safe_next(request),
        method=STEP,
        details={"credential": certified.credential},
    )
    # In the new session: revoking this certificate ends it (partners.middleware).
    request.session[CERTIFICATE_SESSION] = certified.mapped.pk
    return response


def _refusal(
    request: HttpRequest, refused: CertificateRefused, *, whole_connection: bool
) -> HttpResponse:
    """The 403 page: why, never whose certificate it is.

    ``whole_connection``: the proxy refuses every page while the browser sends this
    certificate, so the page says how to stop that instead of offering the password.
    """
    return render(
        request,
        "partners/certificate_refused.html",
        {
            "kind": refused.kind.value,
            "login_url": _login_url(request),
            "whole_connection": whole_connection,
        },
        status=403,
    )


def _failed(request: HttpRequest, address: str, reason: str, credential: str) -> None:
    details = {"reason": reason, **({"credential": credential} if credential else {})}
    account_services.sign_in_failed(
        address, client=client_address(request), step=STEP, details=details
    )


def _login_url(request: HttpRequest) -> str:
    target = safe_next(request, "")
    login = reverse("accounts:login")
    return f"{login}?{urlencode({'next': target})}" if target else login
