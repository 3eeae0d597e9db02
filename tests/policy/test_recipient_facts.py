"""Consents, reactive permissions and partner domains, with their audit trail."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from siegel.audit.models import AuditEvent
from siegel.core.policy import DomainTls
from siegel.core.policy.facts import RecipientFacts
from siegel.policy import selectors, services
from siegel.policy.models import Consent, PartnerDomain, TlsLevel

pytestmark = pytest.mark.django_db


def facts(address: str, **options: object) -> RecipientFacts:
    (found,) = selectors.recipient_facts([address], **options)  # type: ignore[arg-type]
    return found


def test_consent_is_valid_in_its_period_until_revoked() -> None:
    now = timezone.now()
    consent = services.record_consent(
        "Kunde@Example.org",
        document_reference="Einwilligung 2026/123",
        actor="user:1",
        valid_until=now + dt.timedelta(days=365),
    )
    assert facts("kunde@example.org").consent_tls
    assert not facts("kunde@example.org", at=now + dt.timedelta(days=400)).consent_tls
    assert not facts("kunde@example.org", at=now - dt.timedelta(days=1)).consent_tls
    services.revoke_consent(consent, actor="user:2")
    assert not facts("kunde@example.org").consent_tls
    assert Consent.objects.get().revoked_at is not None, "revoked and kept, not deleted"
    actions = list(AuditEvent.objects.values_list("action", flat=True))
    assert actions == ["policy.consent.record", "policy.consent.revoke"]


def test_consent_needs_a_document() -> None:
    with pytest.raises(ValueError, match="signed document"):
        services.record_consent("k@example.org", document_reference=" ", actor="user:1")
    assert not Consent.objects.exists()


def test_reactive_permission_from_inbound_mail_and_opt_out() -> None:
    assert not facts("makler@partner.example").reactive_permission
    services.note_inbound_contact("Makler@Partner.example")
    services.note_inbound_contact("makler@partner.example")
    assert facts("makler@partner.example").reactive_permission
    assert AuditEvent.objects.filter(action="policy.reactive.grant").count() == 1
    services.record_opt_out("makler@partner.example", actor="user:7")
    assert not facts("makler@partner.example").reactive_permission
    services.note_inbound_contact("makler@partner.example")
    assert not facts("makler@partner.example").reactive_permission, (
        "a new mail does not undo an opt-out"
    )


def test_preset_provider_domains_enforce_tls() -> None:
    assert facts("kunde@web.de").tls is DomainTls.VERIFIED
    assert facts("kunde@T-Online.de").tls is DomainTls.VERIFIED
    assert facts("kunde@example.org").tls is DomainTls.UNKNOWN


def test_partner_domain_change_is_audited() -> None:
    services.set_partner_domain(
        "makler-gmbh.example", TlsLevel.VERIFIED, actor="user:1", note="Vertrag 2026"
    )
    assert facts("info@makler-gmbh.example").tls is DomainTls.VERIFIED
    event = AuditEvent.objects.get(action="policy.domain.set")
    assert event.details == {"tls": "verified", "note": "Vertrag 2026"}


def test_admin_changes_are_audited(client: Client) -> None:
    staff = User.objects.create_superuser(
        "admin", "admin@versicherer.example", "Sehr-geheimes-Passwort-2026"
    )
    client.force_login(staff)
    response = client.post(
        "/admin/policy/partnerdomain/add/", {"domain": "neu.example", "tls": "verified", "note": ""}
    )
    assert response.status_code == 302
    domain = PartnerDomain.objects.get(domain="neu.example")
    event = AuditEvent.objects.get(action="policy.domain.set")
    assert event.actor == f"user:{staff.pk}" and event.target == "domain:neu.example"
    page = client.get("/admin/policy/consent/add/")
    assert page.status_code == 200 and "Einwilligung" in page.content.decode()
    client.post(f"/admin/policy/partnerdomain/{domain.pk}/delete/", {"post": "yes"})
    assert AuditEvent.objects.filter(action="policy.domain.remove").count() == 1


def test_consents_recorded_in_the_admin_are_revoked_and_kept(client: Client) -> None:
    staff = User.objects.create_superuser(
        "admin", "admin@versicherer.example", "Sehr-geheimes-Passwort-2026"
    )
    client.force_login(staff)
    # One moment for both fields: five minutes before 00:03 is yesterday, not today.
    start = timezone.localtime() - dt.timedelta(minutes=5)
    response = client.post(
        "/admin/policy/consent/add/",
        {
            "address": " Kunde@Example.org",
            "scope": "tls-strictly-confidential",
            "valid_from_0": start.strftime("%d.%m.%Y"),
            "valid_from_1": start.strftime("%H:%M:%S"),
            "document_reference": "Einwilligung 2026/7",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    consent = Consent.objects.get()
    assert consent.address == "kunde@example.org" and consent.recorded_by == f"user:{staff.pk}"
    assert facts("kunde@example.org").consent_tls
    client.post(
        "/admin/policy/consent/",
        {"action": "revoke", "_selected_action": [consent.pk]},
    )
    assert not facts("kunde@example.org").consent_tls
    assert Consent.objects.count() == 1, "revoked and kept"
    page = client.get(f"/admin/policy/consent/{consent.pk}/delete/")
    assert page.status_code == 403
    actions = list(AuditEvent.objects.values_list("action", flat=True))
    assert actions == ["policy.consent.record", "policy.consent.revoke"]


def test_facts_of_all_recipients_in_one_query_per_kind(django_assert_num_queries) -> None:  # type: ignore[no-untyped-def]
    services.record_consent("a@example.org", document_reference="E-1", actor="user:1")
    services.note_inbound_contact("b@example.org")
    addresses = ["a@example.org", "B@example.org", "c@web.de", "a@example.org"]
    # keys, portal accounts, consents, reactive permissions, partner domains
    with django_assert_num_queries(6):
        found = selectors.recipient_facts(addresses)
    assert [f.address for f in found] == [
        "a@example.org",
        "b@example.org",
        "c@web.de",
        "a@example.org",
    ]
    assert [f.consent_tls for f in found] == [True, False, False, True]
    assert [f.reactive_permission for f in found] == [False, True, False, False]
    assert [f.tls for f in found] == [
        DomainTls.UNKNOWN,
        DomainTls.UNKNOWN,
        DomainTls.VERIFIED,
        DomainTls.UNKNOWN,
    ]
