"""The OpenID Connect exchange of a firm's single sign-on: mozilla-django-oidc, one firm at a time.

mozilla-django-oidc reads one provider from the Django settings; Siegel has one
per firm. :class:`FirmBackend` is the library's backend with the firm's settings
in place of the global ones (``get_settings``): the library redeems the code (with
the PKCE verifier), checks the ID token's signature (:meth:`FirmBackend.get_payload_data`,
PyJWT with RS256 only) and nonce. Issuer, audience and the times (against Siegel's
clock, with a minute's leeway) are checked by :func:`siegel.core.id_token.check_claims`
before the identity is believed. The backend is called directly, never listed in
``AUTHENTICATION_BACKENDS``: a provider cannot sign anyone in through
``django.contrib.auth.authenticate``.

State, nonce and PKCE verifier are made with the library's helpers and kept in
the session per flow (:func:`begin`), with the firm and the page to go on to;
:func:`take_pending` hands a flow out once. Each firm has its own return address
(:func:`redirect_uri`), registered at its provider: the views accept an answer only
at the address of the firm whose flow it is, before any request to a provider.

Every request to a provider goes through :func:`fetch`: to an address checked by
:func:`check_reachable` (https, public unless allowed by setting — the shared guard
of :mod:`siegel.infra.reachable`), without redirects, bounded in size and in time
(``SIEGEL_SSO_TIMEOUT``), with the CA bundle ``SIEGEL_SSO_CA_FILE`` (else the
system's), and never inside a database transaction: the views call this module
with no transaction open.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit

import jwt
import requests
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured, SuspiciousOperation
from django.http import HttpRequest
from django.urls import reverse
from django.utils.crypto import get_random_string
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.utils import generate_code_challenge

from siegel.core.id_token import Expected, Identity, IdTokenRejected, check_claims
from siegel.core.keyring import KeyringError
from siegel.infra import reachable
from siegel.partners.sign_on import Refusal, SignOnRefused, secret_of
from siegel.partners.sign_on_models import FirmSignOn

PENDING = "siegel.partners.sign_on"  # session: state -> the flow it began
MAX_PENDING = 5  # flows begun in one session and not yet back (several tabs)
PENDING_SECONDS = 600  # a person has this long at the provider
DISCOVERY_SECONDS = 3600
MAX_ANSWER = 512 * 1024  # bytes of a discovery document, token answer or key set
READ_PIECE = 16 * 1024
SIGNING_ALGORITHM = "RS256"
ORIGIN_HOST = re.compile(r"[a-z0-9.-]+|[0-9a-f:.]+")  # a name or an IP address, as parsed


def now() -> float:
    """The clock an ID token's ``exp`` and ``iat`` are checked against (one seam, for tests)."""
    return time.time()


@dataclass(frozen=True)
class Endpoints:
    """Where the firm's provider answers; ``issuer_in_answer`` when it names itself (RFC 9207)."""

    authorization: str
    token: str
    jwks: str
    issuer_in_answer: bool = False


def _verify() -> str | bool:
    """The CA bundle a provider's TLS is checked against: the configured one, or the system's."""
    return settings.SIEGEL_SSO_CA_FILE or True


def check_reachable(url: str) -> None:
    """Refuse unless Siegel may send a request to ``url`` (or a browser there): no SSRF.

    ``https://`` to public addresses, or to networks in ``SIEGEL_SSO_ALLOWED_NETWORKS``;
    ``http://`` only when every address is loopback and allowed there (tests, a
    developer's machine). The URL is parsed, never compared as text: a prefix test
    would let ``http://localhost.evil.de`` pass.
    """
    try:
        place = reachable.place_of(url)
        addresses = reachable.addresses_of(place.host, place.port)
    except ValueError as broken:  # reachable.Unresolvable included
        raise SignOnRefused(
            f"provider URL unusable ({type(broken).__name__})", Refusal.FAILED
        ) from broken
    allowed = reachable.networks(
        settings.SIEGEL_SSO_ALLOWED_NETWORKS, "SIEGEL_SSO_ALLOWED_NETWORKS"
    )
    if not all(reachable.address_allowed(address, allowed) for address in addresses):
        raise SignOnRefused("provider URL leads to a non-public address", Refusal.FAILED)
    if place.scheme != "https" and not all(address.is_loopback for address in addresses):
        raise SignOnRefused("provider URL is not https", Refusal.FAILED)


@dataclass(frozen=True)
class Answer:
    """A provider's answer, read in full: its status and body."""

    status: int
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def fetch(url: str, form: dict[str, str] | None = None) -> Answer:
    """GET ``url`` (POST ``form`` to it), bounded: checked address, no redirects, no proxy
    from the environment, at most :data:`MAX_ANSWER` bytes, about ``SIEGEL_SSO_TIMEOUT``
    seconds in all (a provider that trickles its answer is cut off, not waited for).
    """
    check_reachable(url)
    timeout = settings.SIEGEL_SSO_TIMEOUT
    deadline = time.monotonic() + timeout
    with requests.Session() as session:
        session.trust_env = False
        with session.request(
            "POST" if form is not None else "GET",
            url,
            data=form,
            headers={"Accept": "application/json", "Accept-Encoding": "identity"},
            timeout=timeout,
            verify=_verify(),
            allow_redirects=False,
            stream=True,
        ) as answer:
            body = bytearray()
            while piece := answer.raw.read1(READ_PIECE, decode_content=False):
                body += piece
                if len(body) > MAX_ANSWER:
                    raise SignOnRefused("provider answer too large", Refusal.FAILED)
                if time.monotonic() > deadline:
                    raise SignOnRefused("provider answer too slow", Refusal.FAILED)
            return Answer(answer.status_code, bytes(body))


def endpoints_of(sign_on: FirmSignOn) -> Endpoints:
    """The firm's provider endpoints: as staff set them, or from the discovery document (cached).

    The discovery document must name the configured issuer exactly: otherwise
    another provider's document (a typo, a redirect) would choose the keys. The
    authorisation endpoint is checked like the others: the browser is sent there.
    """
    if sign_on.endpoints_given:
        found = Endpoints(sign_on.authorization_endpoint, sign_on.token_endpoint, sign_on.jwks_uri)
    else:
        key = "siegel.sso.discovery:" + hashlib.sha256(sign_on.issuer.encode()).hexdigest()
        cached = cache.get(key)
        if cached is None:
            cached = _discover(sign_on.issuer)
            cache.set(key, cached, DISCOVERY_SECONDS)
        found = Endpoints(*cached)
    check_reachable(found.authorization)
    return found


def _discover(issuer: str) -> tuple[str, str, str, bool]:
    url = issuer.rstrip("/") + "/.well-known/openid-configuration"
    try:
        answer = fetch(url)
        if answer.status != 200:
            raise SignOnRefused(f"discovery failed ({answer.status})", Refusal.FAILED)
        document = answer.json()
        if document.get("issuer") != issuer:
            raise SignOnRefused("discovery document names another issuer", Refusal.FAILED)
        return (
            str(document["authorization_endpoint"]),
            str(document["token_endpoint"]),
            str(document["jwks_uri"]),
            document.get("authorization_response_iss_parameter_supported") is True,
        )
    except (requests.RequestException, ValueError, KeyError, AttributeError) as failed:
        raise SignOnRefused(
            f"discovery failed ({type(failed).__name__})", Refusal.FAILED
        ) from failed


# --- the way out: to the provider -----------------------------------------------------------


def origin_of(url: str) -> str:
    """The scheme, host and port of ``url``, for the start page's CSP ``form-action``.

    Built from the parsed parts only, so nothing else of the URL can reach the header.
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme not in {"https", "http"} or not ORIGIN_HOST.fullmatch(host):
        raise SignOnRefused("authorization endpoint is no web address", Refusal.FAILED)
    name = f"[{host}]" if ":" in host else host
    return f"{parts.scheme}://{name}" + (f":{parts.port}" if parts.port else "")


@dataclass(frozen=True)
class Pending:
    """A flow begun in this session: which sign-on, its nonce and verifier, where to go on to."""

    sign_on: int
    firm: int
    slug: str
    nonce: str
    verifier: str
    next_url: str
    began: float


def redirect_uri(request: HttpRequest, slug: str) -> str:
    """Where the provider sends the browser back: an address of the firm's own (no mix-up).

    With one address for all firms, a firm's provider could send a person on to
    another firm's provider and have that code posted to its own token endpoint;
    with one per firm, the answer arrives where only that firm's flow is accepted.
    """
    return request.build_absolute_uri(reverse("partners:sign_on_return", args=[slug]))


def begin(request: HttpRequest, sign_on: FirmSignOn, endpoints: Endpoints, next_url: str) -> str:
    """Start a flow: state, nonce and PKCE verifier into the session; the provider's URL."""
    state = get_random_string(32)
    nonce = get_random_string(32)
    verifier = get_random_string(64)
    flows = {
        key: value
        for key, value in request.session.get(PENDING, {}).items()
        if value["began"] > time.time() - PENDING_SECONDS
    }
    for oldest in sorted(flows, key=lambda key: flows[key]["began"])[: -MAX_PENDING + 1]:
        del flows[oldest]
    flows[state] = {
        "sign_on": sign_on.pk,
        "firm": sign_on.firm_id,
        "slug": sign_on.slug,
        "nonce": nonce,
        "verifier": verifier,
        "next_url": next_url,
        "began": time.time(),
    }
    request.session[PENDING] = flows
    query = urlencode(
        {
            "response_type": "code",
            "scope": "openid email",
            "client_id": sign_on.client_id,
            "redirect_uri": redirect_uri(request, sign_on.slug),
            "state": state,
            "nonce": nonce,
            "code_challenge": generate_code_challenge(verifier, "S256"),
            "code_challenge_method": "S256",
        }
    )
    separator = "&" if "?" in endpoints.authorization else "?"
    return f"{endpoints.authorization}{separator}{query}"


def take_pending(request: HttpRequest) -> Pending | None:
    """The flow the provider's ``state`` names, removed from the session (it answers once)."""
    state = request.GET.get("state", "")
    flows = request.session.get(PENDING, {})
    found = flows.pop(state, None) if state else None
    request.session[PENDING] = flows
    if found is None or found["began"] <= time.time() - PENDING_SECONDS:
        return None
    return Pending(**found)


# --- the way back: code to identity ---------------------------------------------------------


class FirmBackend(OIDCAuthenticationBackend):
    """mozilla-django-oidc's backend, reading one firm's settings instead of Django's.

    ``get_or_create_user`` is where the library would find or create a Django user
    from the token; here it only checks the claims and hands back the identity.
    Whom that identity is, is decided by :func:`siegel.partners.sign_on.member_for`.
    """

    def __init__(
        self, sign_on: FirmSignOn, endpoints: Endpoints, pending: Pending, return_to: str
    ) -> None:
        self.sign_on = sign_on
        self.pending = pending
        self.return_to = return_to
        self.firm_settings: dict[str, Any] = {
            "OIDC_OP_TOKEN_ENDPOINT": endpoints.token,
            "OIDC_OP_USER_ENDPOINT": "",
            "OIDC_OP_JWKS_ENDPOINT": endpoints.jwks,
            "OIDC_RP_CLIENT_ID": sign_on.client_id,
            "OIDC_RP_CLIENT_SECRET": secret_of(sign_on),
            "OIDC_RP_SIGN_ALGO": SIGNING_ALGORITHM,
            "OIDC_RP_IDP_SIGN_KEY": None,
            "OIDC_RP_SCOPES": "openid email",
            # The library reverses this name (no arguments) for ``redirect_uri``;
            # get_token puts the firm's own return address in its place.
            "OIDC_AUTHENTICATION_CALLBACK_URL": "partners:sign_on",
            "OIDC_USE_NONCE": True,
            "OIDC_STORE_ACCESS_TOKEN": False,
            "OIDC_STORE_ID_TOKEN": False,
        }
        super().__init__()

    def get_settings(self, attr: str, *default: Any) -> Any:
        if attr in self.firm_settings:
            return self.firm_settings[attr]
        if default:
            return default[0]
        raise ImproperlyConfigured(f"{attr} is not a setting of a firm's sign-on")

    def get_token(self, payload: dict[str, Any]) -> Any:
        """The token request (bounded, see :func:`fetch`), with the firm's own return address
        as ``redirect_uri``.

        The library would reverse one callback name without arguments; the code was
        issued for the firm's address, and the provider wants the same one back.
        """
        answer = fetch(self.OIDC_OP_TOKEN_ENDPOINT, payload | {"redirect_uri": self.return_to})
        if answer.status != 200:
            raise SignOnRefused(f"provider refused the code ({answer.status})", Refusal.FAILED)
        token = answer.json()
        if not isinstance(token, dict):  # the library would call .get on it
            raise SignOnRefused("token answer is no JSON object", Refusal.FAILED)
        return token

    def retrieve_matching_jwk(self, token: str) -> jwt.PyJWK:
        """The provider's key the token names (``kid``, and ``alg`` if the key says), fetched bounded."""
        header = jwt.get_unverified_header(token)
        keys = self._key_set().get("keys")
        for key in keys if isinstance(keys, list) else []:
            if not isinstance(key, dict) or key.get("kid") != header.get("kid"):
                continue
            if key.get("alg", header.get("alg")) == header.get("alg"):
                return jwt.PyJWK(key)
        raise SuspiciousOperation("no key of the provider matches the token")

    def _key_set(self) -> dict[str, Any]:
        answer = fetch(self.OIDC_OP_JWKS_ENDPOINT)
        found = answer.json() if answer.status == 200 else None
        if not isinstance(found, dict):
            raise SignOnRefused(f"provider's keys unreadable ({answer.status})", Refusal.FAILED)
        return found

    def get_payload_data(self, token: str, key: Any) -> dict[str, Any]:
        """The token's claims once its RS256 signature holds; no time is checked here.

        PyJWT would check ``exp``, ``iat`` and ``nbf`` with no leeway, so a provider
        whose clock is a second fast would fail; the times are checked by
        :func:`siegel.core.id_token.check_claims`, with the documented minute.
        """
        if jwt.get_unverified_header(token).get("alg") != SIGNING_ALGORITHM:
            raise SuspiciousOperation("the token is not signed with RS256")
        try:
            claims = jwt.decode(
                token,
                key,
                algorithms=[SIGNING_ALGORITHM],
                options={
                    "verify_aud": False,  # check_claims: our client and no other
                    "verify_exp": False,
                    "verify_iat": False,
                    "verify_nbf": False,
                },
            )
        except jwt.DecodeError as broken:  # InvalidSignatureError included
            raise SuspiciousOperation("JWS token verification failed.") from broken
        return dict(claims)

    def get_or_create_user(
        self, access_token: str, id_token: str, payload: dict[str, Any]
    ) -> Identity:
        expected = Expected(
            issuer=self.sign_on.issuer,
            client_id=self.sign_on.client_id,
            nonce=self.pending.nonce,
            now=now(),
        )
        return check_claims(payload, expected)


def identity_from(
    request: HttpRequest, sign_on: FirmSignOn, endpoints: Endpoints, pending: Pending
) -> Identity:
    """Redeem the provider's code and check its ID token: the identity, or :class:`SignOnRefused`."""
    if not request.GET.get("code"):
        raise SignOnRefused("no code from the provider", Refusal.FAILED)
    try:
        backend = FirmBackend(sign_on, endpoints, pending, redirect_uri(request, pending.slug))
    except KeyringError as unopened:  # sealed under a master key that is gone, or damaged
        raise SignOnRefused("client secret does not open", Refusal.FAILED) from unopened
    try:
        identity = backend.authenticate(
            request, nonce=pending.nonce, code_verifier=pending.verifier
        )
    except IdTokenRejected as rejected:
        raise SignOnRefused(f"ID token: {rejected}", Refusal.FAILED) from rejected
    except SuspiciousOperation as rejected:
        raise SignOnRefused(f"ID token: {rejected}", Refusal.FAILED) from rejected
    except (requests.RequestException, jwt.PyJWTError, ValueError, KeyError, TypeError) as failed:
        raise SignOnRefused(
            f"exchange with the provider failed ({type(failed).__name__})", Refusal.FAILED
        ) from failed
    if not isinstance(identity, Identity):
        raise SignOnRefused("no ID token from the provider", Refusal.FAILED)
    return identity
