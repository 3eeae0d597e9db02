"""Writing the recipient facts the decision uses; each change is an audit event."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from siegel.audit.services import record
from siegel.policy.models import Consent, ConsentScope, PartnerDomain, ReactivePermission


def normalise(address: str) -> str:
    return address.strip().lower()


def record_consent(
    address: str,
    *,
    document_reference: str,
    actor: str,
    scope: str = ConsentScope.TLS_STRICTLY_CONFIDENTIAL,
    valid_from: dt.datetime | None = None,
    valid_until: dt.datetime | None = None,
) -> Consent:
    if not document_reference.strip():
        raise ValueError("a consent needs the reference of the signed document")
    with transaction.atomic():
        consent = Consent.objects.create(
            address=normalise(address),
            scope=scope,
            valid_from=valid_from or timezone.now(),
            valid_until=valid_until,
            document_reference=document_reference.strip(),
            recorded_by=actor,
        )
        record(
            actor,
            "policy.consent.record",
            f"consent:{consent.pk}",
            {
                "address": consent.address,
                "scope": scope,
                "document": consent.document_reference,
                "until": valid_until.isoformat() if valid_until else None,
            },
        )
    return consent


def revoke_consent(consent: Consent, *, actor: str) -> None:
    with transaction.atomic():
        consent.revoked_at = timezone.now()
        consent.save(update_fields=["revoked_at"])
        record(
            actor, "policy.consent.revoke", f"consent:{consent.pk}", {"address": consent.address}
        )


def note_inbound_contact(address: str, *, actor: str = "system:gateway") -> ReactivePermission:
    """An outside address wrote to us: from now on we may write back (unless it opted out)."""
    now = timezone.now()
    with transaction.atomic():
        permission, created = ReactivePermission.objects.select_for_update().get_or_create(
            address=normalise(address),
            defaults={"first_contact": now, "last_contact": now, "source": "inbound-mail"},
        )
        if created:
            record(
                actor,
                "policy.reactive.grant",
                f"address:{permission.address}",
                {"source": "inbound-mail"},
            )
        else:
            ReactivePermission.objects.filter(pk=permission.pk).update(last_contact=now)
    return permission


def grant_permission(address: str, *, actor: str) -> ReactivePermission:
    """Staff record that the address may be written to (the person asked, by phone or letter)."""
    now = timezone.now()
    with transaction.atomic():
        permission, created = ReactivePermission.objects.select_for_update().get_or_create(
            address=normalise(address),
            defaults={"first_contact": now, "last_contact": now, "source": "staff"},
        )
        if created:
            record(
                actor, "policy.reactive.grant", f"address:{permission.address}", {"source": "staff"}
            )
    return permission


def record_opt_out(address: str, *, actor: str) -> ReactivePermission:
    now = timezone.now()
    with transaction.atomic():
        permission, _ = ReactivePermission.objects.select_for_update().get_or_create(
            address=normalise(address),
            defaults={"first_contact": now, "last_contact": now, "source": "staff"},
        )
        permission.opted_out_at, permission.opted_out_by = now, actor
        permission.save(update_fields=["opted_out_at", "opted_out_by"])
        record(actor, "policy.reactive.opt_out", f"address:{permission.address}", {})
    return permission


def set_partner_domain(domain: str, tls: str, *, actor: str, note: str = "") -> PartnerDomain:
    with transaction.atomic():
        partner, _ = PartnerDomain.objects.update_or_create(
            domain=normalise(domain), defaults={"tls": tls, "note": note, "preset": False}
        )
        record(actor, "policy.domain.set", f"domain:{partner.domain}", {"tls": tls, "note": note})
    return partner


def remove_partner_domain(domain: str, *, actor: str) -> None:
    """The domain is no partner any more: its mail is decided by what DNS says again."""
    with transaction.atomic():
        deleted, _ = PartnerDomain.objects.filter(domain=normalise(domain)).delete()
        if deleted:
            record(actor, "policy.domain.remove", f"domain:{normalise(domain)}", {})
