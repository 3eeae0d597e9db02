"""The one REST API of Siegel under /api/: apps attach their routers here.

The OpenAPI document is at /api/openapi.json, the docs page at /api/docs: the
Swagger UI that django-ninja ships, served from our own static files (no CDN,
no inline script), so the site's Content-Security-Policy holds (ADR 0018).

Every error leaves as ``{"error": message, "code": …}`` with its proper status;
an unexpected exception is logged and answered with a plain 500 body, never a
stack trace.
"""

from __future__ import annotations

import logging

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, AuthorizationError, HttpError, ValidationError

from siegel.keys.api import router as directory_router
from siegel.partners.api import problem, record_refusal
from siegel.partners.api import router as shipments_router

log = logging.getLogger(__name__)

api = NinjaAPI(
    title="Siegel API",
    version="1",
    description="Certificate directory and broker post (BiPRO 430 operations) for broker software.",
    urls_namespace="api",
    openapi_url="/openapi.json",
    docs_url="/docs",
)
api.add_router("/v1/zertifikate", directory_router)
api.add_router("/v1/shipments", shipments_router)


@api.exception_handler(AuthenticationError)
def _unauthorized(request: HttpRequest, error: AuthenticationError) -> HttpResponse:
    if not getattr(request, "siegel_refusal_recorded", False):
        record_refusal(request, "no credential")
    response = problem(401, "a valid API token or client certificate is needed")
    response.headers["WWW-Authenticate"] = 'Bearer realm="siegel"'
    return response


@api.exception_handler(AuthorizationError)
def _forbidden(request: HttpRequest, error: AuthorizationError) -> HttpResponse:
    return problem(403, "not permitted")


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, error: ValidationError) -> HttpResponse:
    # The input's own value is left out of the details: it might be a secret pasted by mistake.
    details = [
        {"loc": [str(part) for part in item.get("loc", ())], "msg": str(item.get("msg", ""))}
        for item in error.errors
    ]
    return problem(422, "the request does not match the schema", details=details)


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, error: HttpError) -> HttpResponse:
    return problem(error.status_code, str(error))


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, error: Http404) -> HttpResponse:
    return problem(404, "not found")


@api.exception_handler(Exception)
def _internal(request: HttpRequest, error: Exception) -> HttpResponse:
    log.exception("API error on %s %s", request.method, request.path)
    return problem(500, "internal error")
