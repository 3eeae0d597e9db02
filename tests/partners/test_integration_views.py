"""The pages for broker software's access: API tokens, client certificates and the webhook."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from pytest_django.fixtures import Settings

from siegel.audit.models import AuditEvent
from siegel.partners import client_certs, services, tokens, webhooks
from siegel.partners.credentials import ApiToken
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
