"""A session opened with a client certificate ends when that certificate is revoked.

Locking or removing the user ends every session already (the user becomes inactive).
Revoking one certificate leaves the user active, so the sessions it opened are
found by the certificate's id, kept in the session at sign-in
(:data:`CERTIFICATE_SESSION`): one indexed query per request of such a session,
none for any other.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from siegel.accounts import selectors as account_selectors
from siegel.accounts import services as account_services
from siegel.infra.ratelimit import client_address
from siegel.partners.credentials import ClientCertificate

CERTIFICATE_SESSION = "siegel.partners.certificate"  # the id of the certificate that signed in


class CertificateSessionMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        certificate = request.session.get(CERTIFICATE_SESSION)
        if certificate is not None and request.user.is_authenticated:
            live = ClientCertificate.objects.filter(pk=certificate, revoked_at__isnull=True)
            if not live.exists():
                account = account_selectors.account_of_user(request.user)
                logout(request)
                account_services.signed_out(
                    account, client=client_address(request), reason="certificate revoked"
                )
                messages.info(
                    request,
                    _(
                        "Sie wurden abgemeldet, weil das Zertifikat, mit dem Sie sich angemeldet "
                        "hatten, widerrufen wurde."
                    ),
                )
        return self.get_response(request)
