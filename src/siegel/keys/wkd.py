"""Web Key Directory: OpenPGP keys of the insurer's addresses for mail programs (gpg, Thunderbird).

Direct method ``/.well-known/openpgpkey/hu/<hash>`` (domain from the Host) and
advanced method ``/.well-known/openpgpkey/<domain>/hu/<hash>`` (served on
``openpgpkey.<domain>``). The answer is the binary public key, nothing else.
"""

from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse

from siegel.keys import selectors


def _key_response(domain: str, local_hash: str, request: HttpRequest) -> HttpResponse:
    if domain.lower() not in [d.lower() for d in settings.SIEGEL_LOCAL_DOMAINS]:
        raise Http404
    key = selectors.wkd_key(domain, local_hash, request.GET.get("l"))
    if key is None:
        raise Http404
    response = HttpResponse(bytes(key.public_data), content_type="application/octet-stream")
    response["Access-Control-Allow-Origin"] = "*"
    return response


def direct(request: HttpRequest, local_hash: str) -> HttpResponse:
    return _key_response(
        request.get_host().split(":")[0].removeprefix("openpgpkey."), local_hash, request
    )


def advanced(request: HttpRequest, domain: str, local_hash: str) -> HttpResponse:
    return _key_response(domain, local_hash, request)


def policy(request: HttpRequest, domain: str | None = None) -> HttpResponse:
    """An empty policy file: its presence tells clients this domain supports WKD."""
    response = HttpResponse(b"", content_type="text/plain")
    response["Access-Control-Allow-Origin"] = "*"
    return response
