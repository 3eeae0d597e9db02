"""The pages for broker software's access: API tokens, client certificates and the webhook."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from pytest_django.fixtures import Settings

from siegel.audit.models import AuditEvent
from siegel.partners import client_certs, services, tokens, webhooks
from siegel.partners.credentials import PORTAL_SIGN_IN, ApiToken, ClientCertificate
from siegel.partners.models import Role
from siegel.partners.tokens import CredentialRefused
from siegel.partners.webhook_delivery import deliver_due
from siegel.partners.webhook_signing import verify
from tests.partners.conftest import ADMIN, Pair, deposit, make_user, signed_in
from tests.partners.test_api import certificate
from tests.partners.webhook_receiver import receiving

pytestmark = pytest.mark.django_db

PAGE = "/postfach/api-zugaenge/"
HOOK = "/postfach/firma/webhook/"
COLLEAGUE = "kollege@makler-a.example"
SECRET = re.compile(r'<code id="token-secret">(sgl_[^<]+)</code>')


def issue(client: Client, **fields: object) -> str:
    response = client.post(
        PAGE,
        {"name": "MVP", "scopes": ["shipments:read"], "days": 30, **fields},
    )
    assert response.status_code == 200
    found = SECRET.search(response.content.decode())
    assert found, response.content.decode()
    return found.group(1)


def test_the_administrator_issues_a_token_for_a_colleague_shown_once(firms: Pair) -> None:
    colleague = make_user(firms.a, COLLEAGUE, Role.PORTFOLIO)
    client = signed_in(Client(), ADMIN)
    page = client.get(PAGE).content.decode()
    assert "Noch keine API-Tokens" in page and COLLEAGUE in page
    secret = issue(client, member=colleague.pk, name="MVP Büro")
    caller = tokens.authenticate(secret)
    assert caller.membership.pk == colleague.pk
    assert caller.scopes == frozenset({"shipments:read"})
    token = ApiToken.objects.get()
    assert (
        token.membership_id == colleague.pk
        and token.created_by == f"user:{firms.a.account.user_id}"
    )
    listed = client.get(PAGE).content.decode()
    assert secret not in listed, "the secret is shown once"
    assert "MVP Büro" in listed and token.hint in listed and "Lieferungen lesen" in listed
    assert "gültig" in listed
    event = AuditEvent.objects.get(action="partners.token.issue")
    assert event.details["user"] == colleague.account.user_id and secret not in str(event.details)


def test_a_user_manages_only_their_own_tokens(firms: Pair) -> None:
    colleague = make_user(firms.a, COLLEAGUE, Role.PORTFOLIO)
    admin_token = tokens.issue_token(firms.a, name="Chefin").token
    client = signed_in(Client(), COLLEAGUE)
    page = client.get(PAGE).content.decode()
    assert "Chefin" not in page and ADMIN not in page
    # The form has no one to choose: the token is for the user.
    secret = issue(client, member=colleague.pk)
    assert tokens.authenticate(secret).membership.pk == colleague.pk
    assert issue_for_someone_else(client, firms.a.pk).status_code == 200
    assert ApiToken.objects.filter(membership=firms.a).count() == 1
    revoke = f"{PAGE}token/{admin_token.pk}/widerrufen/"
    assert client.get(revoke).status_code == 404
    assert client.post(revoke).status_code == 404
    assert (
        AuditEvent.objects.filter(
            action="partners.access.denied", details__what="api-token"
        ).count()
        == 2
    )
    admin_token.refresh_from_db()
    assert admin_token.revoked_at is None


def issue_for_someone_else(client: Client, member: int):  # type: ignore[no-untyped-def]
    response = client.post(
        PAGE, {"name": "x", "scopes": ["shipments:read"], "days": 5, "member": member}
    )
    assert "token-secret" not in response.content.decode()
    return response


def test_revoking_asks_first_and_stops_the_token(firms: Pair) -> None:
    client = signed_in(Client(), ADMIN)
    secret = issue(client, member=firms.a.pk)
    token = ApiToken.objects.get()
    path = f"{PAGE}token/{token.pk}/widerrufen/"
    confirm = client.get(path)
    assert confirm.status_code == 200 and "Jetzt widerrufen" in confirm.content.decode()
    tokens.authenticate(secret)  # asking revoked nothing
    done = client.post(path, follow=True)
    assert "ist widerrufen" in done.content.decode()
    with pytest.raises(CredentialRefused):
        tokens.authenticate(secret)
    listed = client.get(PAGE).content.decode()
    assert "widerrufen" in listed and path not in listed
    assert "bereits widerrufen" in client.get(path).content.decode()
    assert AuditEvent.objects.filter(action="partners.token.revoke").count() == 1


def test_an_administrator_of_another_firm_reaches_nothing(firms: Pair) -> None:
    token = tokens.issue_token(firms.a, name="A").token
    pem, _ = certificate()
    mapped = client_certs.map_certificate(firms.a, firms.a, pem)
    client = signed_in(Client(), "chef@makler-b.example")
    page = client.get(PAGE).content.decode()
    assert "MVP Makler A" not in page and ">A <" not in page
    assert client.post(f"{PAGE}token/{token.pk}/widerrufen/").status_code == 404
    assert client.post(f"{PAGE}zertifikat/{mapped.pk}/widerrufen/").status_code == 404
    issue_for_someone_else(client, firms.a.pk)
    assert ApiToken.objects.count() == 1


def test_users_without_portfolio_rights_get_no_access_page(firms: Pair) -> None:
    make_user(firms.a, COLLEAGUE, Role.BASIC)
    client = signed_in(Client(), COLLEAGUE)
    assert client.get(PAGE).status_code == 404
    assert client.get(HOOK).status_code == 404


def test_forms_need_their_csrf_token(firms: Pair) -> None:
    client = signed_in(Client(), ADMIN)
    client.handler.enforce_csrf_checks = True
    assert (
        client.post(PAGE, {"name": "x", "scopes": ["shipments:read"], "days": 5}).status_code == 403
    )
    assert client.post(HOOK, {"url": "https://example.org/"}).status_code == 403
    assert not ApiToken.objects.exists()


def test_a_lifetime_beyond_the_maximum_is_refused(firms: Pair, settings: Settings) -> None:
    settings.SIEGEL_API_TOKEN_MAX_DAYS = 30
    client = signed_in(Client(), ADMIN)
    response = client.post(
        PAGE, {"name": "x", "scopes": ["shipments:read"], "days": 31, "member": firms.a.pk}
    )
    assert response.status_code == 200 and "token-secret" not in response.content.decode()
    response = client.post(PAGE, {"name": "x", "scopes": [], "days": 5, "member": firms.a.pk})
    assert "token-secret" not in response.content.decode()
    assert not ApiToken.objects.exists()


def test_certificates_are_listed_and_revoked(firms: Pair) -> None:
    pem, _ = certificate()
    mapped = client_certs.map_certificate(firms.a, firms.a, pem)
    client = signed_in(Client(), ADMIN)
    page = client.get(PAGE).content.decode()
    assert "CN=MVP Makler A" in page
    path = f"{PAGE}zertifikat/{mapped.pk}/widerrufen/"
    assert path in page and "Jetzt widerrufen" in client.get(path).content.decode()
    client.post(path)
    mapped.refresh_from_db()
    assert mapped.revoked_at is not None
    assert AuditEvent.objects.filter(action="partners.certificate.revoke").count() == 1


# --- the webhook page -----------------------------------------------------------------------


def test_the_administrator_sets_the_webhook_and_sees_its_deliveries(
    firms: Pair, settings: Settings
) -> None:
    settings.SIEGEL_PARTNERS_WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    client = signed_in(Client(), ADMIN)
    assert "Webhook einrichten" in client.get(HOOK).content.decode()
    with receiving() as receiver:
        answer = client.post(HOOK, {"url": receiver.url()}).content.decode()
        found = re.search(r'<code id="webhook-secret">(whsec_[^<]+)</code>', answer)
        assert found, answer
        secret = found.group(1)
        page = client.get(HOOK).content.decode()
        assert secret not in page and secret[:10] in page and "eingeschaltet" in page
        shipment = deposit(firms.a.firm)
        assert deliver_due() == 1
        (got,) = receiver.requests
        assert verify(secret, got.headers, got.body)
    page = client.get(HOOK).content.decode()
    assert "zugestellt" in page and "HTTP 204" in page and f">{shipment.pk}<" in page

    client.post(f"{HOOK}ausschalten/")
    assert "ausgeschaltet" in client.get(HOOK).content.decode()
    client.post(f"{HOOK}einschalten/")
    hook = webhooks.webhook_of(firms.a)
    assert hook is not None and hook.active
    renewed = client.post(f"{HOOK}geheimnis/").content.decode()
    new = re.search(r'<code id="webhook-secret">(whsec_[^<]+)</code>', renewed)
    assert new and new.group(1) != secret


def test_a_url_inside_is_refused_with_a_reason(firms: Pair) -> None:
    client = signed_in(Client(), ADMIN)
    page = client.post(HOOK, {"url": "https://192.168.1.20/hook"}).content.decode()
    assert "nicht öffentliches Netz" in page and "webhook-secret" not in page
    assert webhooks.webhook_of(firms.a) is None


def test_each_firm_sees_its_own_webhook(firms: Pair, settings: Settings) -> None:
    settings.SIEGEL_PARTNERS_WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    webhooks.set_webhook(firms.a, "http://127.0.0.1:9/makler-a")
    page = signed_in(Client(), "chef@makler-b.example").get(HOOK).content.decode()
    assert "makler-a" not in page and "Webhook einrichten" in page
    colleague = make_user(firms.a, COLLEAGUE, Role.PORTFOLIO)
    assert colleague.pk
    assert signed_in(Client(), COLLEAGUE).get(HOOK).status_code == 404


def test_a_locked_users_token_can_be_revoked_and_stays_dead_after_unlocking(
    firms: Pair,
) -> None:
    colleague = make_user(firms.a, COLLEAGUE, Role.PORTFOLIO)
    issued = tokens.issue_token(colleague, name="Laptop")
    services.lock_user(firms.a, colleague)
    client = signed_in(Client(), ADMIN)
    assert "Laptop" in client.get(PAGE).content.decode()
    client.post(f"{PAGE}token/{issued.token.pk}/widerrufen/")
    services.unlock_user(firms.a, colleague)
    with pytest.raises(CredentialRefused, match="revoked"):
        tokens.authenticate(issued.secret)


# --- mapping a client certificate -----------------------------------------------------------

MAP = f"{PAGE}zertifikat/"


def upload(client: Client, data: bytes, name: str = "mvp.pem", **fields: object):  # type: ignore[no-untyped-def]
    return client.post(
        MAP,
        {"certificate": SimpleUploadedFile(name, data), "scopes": ["shipments:read"], **fields},
    )


def test_a_user_maps_their_own_certificate_to_sign_in_and_for_the_api(firms: Pair) -> None:
    colleague = make_user(firms.a, COLLEAGUE, Role.PORTFOLIO)
    client = signed_in(Client(), COLLEAGUE)
    assert MAP in client.get(PAGE).content.decode()
    form = client.get(MAP).content.decode()
    assert 'enctype="multipart/form-data"' in form and "Im Portal anmelden" in form
    pem, _ = certificate()
    done = upload(client, pem, scopes=["shipments:read", PORTAL_SIGN_IN], member=colleague.pk)
    assert done.status_code == 302 and done["Location"].endswith(f"{PAGE}#zertifikate")
    mapped = ClientCertificate.objects.get()
    loaded = x509.load_pem_x509_certificate(pem)
    assert mapped.membership_id == colleague.pk
    assert mapped.fingerprint == client_certs.fingerprint_of(loaded)
    assert mapped.scope_set == {"shipments:read", PORTAL_SIGN_IN}
    assert mapped.created_by == f"user:{colleague.account.user_id}"
    listed = client.get(PAGE).content.decode()
    assert "CN=MVP Makler A" in listed and "Im Portal anmelden" in listed
    event = AuditEvent.objects.get(action="partners.certificate.map")
    assert event.details["fingerprint"] == mapped.fingerprint


def test_a_der_file_is_read_as_well(firms: Pair) -> None:
    client = signed_in(Client(), ADMIN)
    pem, _ = certificate()
    der = x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)
    assert upload(client, der, "mvp.cer", member=firms.a.pk).status_code == 302
    assert ClientCertificate.objects.get().fingerprint == hashlib.sha256(der).hexdigest()


def test_the_administrator_maps_a_colleagues_certificate_for_the_api_only(firms: Pair) -> None:
    colleague = make_user(firms.a, COLLEAGUE, Role.PORTFOLIO)
    client = signed_in(Client(), ADMIN)
    assert COLLEAGUE in client.get(MAP).content.decode()
    pem, _ = certificate()
    refused = upload(client, pem, scopes=["shipments:read", PORTAL_SIGN_IN], member=colleague.pk)
    assert refused.status_code == 200
    assert "nur der Benutzer selbst" in refused.content.decode()
    assert not ClientCertificate.objects.exists()
    assert upload(client, pem, member=colleague.pk).status_code == 302
    assert ClientCertificate.objects.get().membership_id == colleague.pk


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda: b"kein Zertifikat", "kein lesbares Zertifikat"),
        (lambda: certificate(days=-1, start=-30)[0], "abgelaufen"),
        (lambda: b"x" * 20_000, "zu groß"),
        (
            lambda: (
                certificate()[0]
                + ec.generate_private_key(ec.SECP256R1()).private_bytes(
                    serialization.Encoding.PEM,
                    serialization.PrivateFormat.PKCS8,
                    serialization.NoEncryption(),
                )
            ),
            "privaten Schlüssel",
        ),
        (
            lambda: certificate(uses=[ExtendedKeyUsageOID.SERVER_AUTH])[0],
            "nicht für die Anmeldung eines Clients",
        ),
    ],
    ids=["garbage", "expired", "oversized", "private-key", "server-only"],
)
def test_an_unusable_file_is_refused_with_its_reason_and_audited(
    firms: Pair, make: Callable[[], bytes], says: str
) -> None:
    client = signed_in(Client(), ADMIN)
    answer = upload(client, make(), member=firms.a.pk)
    assert answer.status_code == 200 and says in answer.content.decode()
    assert not ClientCertificate.objects.exists()
    event = AuditEvent.objects.get(action="partners.certificate.refused")
    assert says in event.details["reason"] and "PRIVATE" not in str(event.details)


def test_a_client_certificate_with_its_use_named_is_accepted(firms: Pair) -> None:
    client = signed_in(Client(), ADMIN)
    pem, _ = certificate(uses=[ExtendedKeyUsageOID.CLIENT_AUTH])
    assert upload(client, pem, member=firms.a.pk).status_code == 302


def test_a_certificate_is_mapped_once_even_after_its_revocation(firms: Pair) -> None:
    client = signed_in(Client(), ADMIN)
    pem, _ = certificate()
    assert upload(client, pem, member=firms.a.pk).status_code == 302
    client_certs.revoke_certificate(firms.a, ClientCertificate.objects.get())
    again = upload(client, pem, member=firms.a.pk)
    assert "bereits zugeordnet" in again.content.decode()
    assert ClientCertificate.objects.count() == 1


def test_nobody_maps_for_another_firm_or_without_portfolio_rights(firms: Pair) -> None:
    make_user(firms.a, COLLEAGUE, Role.BASIC)
    assert signed_in(Client(), COLLEAGUE).get(MAP).status_code == 404
    other = signed_in(Client(), "chef@makler-b.example")
    pem, _ = certificate()
    answer = upload(other, pem, member=firms.a.pk)
    assert answer.status_code == 200 and not ClientCertificate.objects.exists()
    csrf = signed_in(Client(), ADMIN)
    csrf.handler.enforce_csrf_checks = True
    assert upload(csrf, pem, member=firms.a.pk).status_code == 403
    assert not ClientCertificate.objects.exists()
