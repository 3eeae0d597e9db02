"""Response headers Django's own SecurityMiddleware does not set.

Django covers HSTS, nosniff, Referrer-Policy and COOP (settings), and
X-Frame-Options (clickjacking middleware). What remains is the
Content-Security-Policy: strict, with no inline script or style, so an injected
``<script>`` in any page (or in a mail rendered by the portal) cannot run.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse


class SecurityHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()"
        )
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response
