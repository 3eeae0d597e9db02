"""Writing keys: imports, harvesting, trust anchors, master-key rotation.

Every change is recorded in the audit log in the same transaction, and every
import either stores everything or nothing. Private keys are sealed before they
reach the database and are never logged or put into audit details.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from siegel.audit.services import record
from siegel.core import certificates as certs
from siegel.core.openpgp.errors import OpenPgpError
from siegel.core.openpgp.keys import load_key
from siegel.core.smime.validation import validate_certificate
from siegel.keys import revocation, sealed, selectors
from siegel.keys.masterkey import keyring
from siegel.keys.models import KeyKind, KeySource, KeyStatus, OwnKey, PartnerKey, TrustAnchor
from siegel.outbox import services as outbox


class ImportRefused(Exception):
    """A key or certificate that Siegel will not store; ``str()`` says why, for the user."""


def _der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def normalise_address(address: str) -> str:
    return address.strip().lower()


def _own_key_target(facts: certs.CertificateFacts, domain: str | None) -> tuple[str, str]:
    """(kind, address): a domain certificate when asked for or when it names ``@domain``."""
    if domain:
        return KeyKind.SMIME_DOMAIN, normalise_address(domain).lstrip("*@")
    if not facts.email_addresses:
        raise ImportRefused("the certificate names no e-mail address; import it with --domain")
    address = facts.email_addresses[0]
    if address.startswith(("@", "*@")):
        return KeyKind.SMIME_DOMAIN, address.lstrip("*@")
    return KeyKind.SMIME_PERSONAL, address


def import_p12(
    data: bytes, password: bytes | None, *, actor: str, domain: str | None = None
) -> OwnKey:
    """Import an own S/MIME certificate with its private key from a PKCS#12 file."""
    try:
        bundle = certs.load_pkcs12(data, password)
    except certs.CertificateLoadError as exc:
        raise ImportRefused(str(exc)) from None
    facts = certs.facts(bundle.certificate)
    if facts.is_ca:
        raise ImportRefused("this is a CA certificate, not a personal or domain certificate")
    if not facts.email_protection:
        raise ImportRefused("the certificate is not for e-mail (no e-mail protection usage)")
    kind, address = _own_key_target(facts, domain)
    with transaction.atomic():
        if OwnKey.objects.filter(fingerprint=facts.fingerprint).exists():
            raise ImportRefused(f"this certificate is already imported ({facts.fingerprint[:16]}…)")
        key = OwnKey(
            kind=kind,
            address=address,
            public_data=_der(bundle.certificate),
            chain=certs.pem_chain(bundle.chain),
            master_key_id=keyring().current_id,
            **_fact_fields(facts),
        )
        key.sealed_private_key = keyring().seal(
            certs.private_key_der(bundle.private_key), key.seal_context
        )
        key.save()
        record(
            actor,
            "keys.own.import",
            f"own-key:{key.pk}",
            {
                "kind": kind,
                "address": address,
                "fingerprint": facts.fingerprint,
                "not_after": facts.not_after.isoformat(),
            },
        )
    return key


def _fact_fields(facts: certs.CertificateFacts) -> dict[str, object]:
    return {
        "fingerprint": facts.fingerprint,
        "subject": facts.subject[:500],
        "issuer": facts.issuer[:500],
        "serial": facts.serial,
        "not_before": facts.not_before,
        "not_after": facts.not_after,
    }


def import_ca_bundle(data: bytes, *, actor: str) -> list[TrustAnchor]:
    """Add every CA certificate of a PEM bundle as a trust anchor; all or nothing."""
    try:
        certificates = certs.load_certificates(data)
    except certs.CertificateLoadError as exc:
        raise ImportRefused(str(exc)) from None
    for number, cert in enumerate(certificates, start=1):
        if not certs.is_ca(cert):
            subject = cert.subject.rfc4514_string()
            raise ImportRefused(f"certificate {number} ({subject}) is not a CA; nothing imported")
    anchors = []
    with transaction.atomic():
        for cert in certificates:
            facts = certs.facts(cert)
            anchor, created = TrustAnchor.objects.get_or_create(
                fingerprint=facts.fingerprint,
                defaults={
                    "subject": facts.subject[:500],
                    "certificate": _der(cert),
                    "not_after": facts.not_after,
                },
            )
            if created:
                record(
                    actor,
                    "keys.anchor.import",
                    f"anchor:{anchor.pk}",
                    {"subject": facts.subject, "fingerprint": facts.fingerprint},
                )
            anchors.append(anchor)
    return anchors


def set_anchor_enabled(anchor: TrustAnchor, enabled: bool, *, actor: str) -> None:
    with transaction.atomic():
        TrustAnchor.objects.filter(pk=anchor.pk).update(enabled=enabled)
        anchor.enabled = enabled
        action = "keys.anchor.enable" if enabled else "keys.anchor.disable"
        record(actor, action, f"anchor:{anchor.pk}", {"subject": anchor.subject})


@dataclass(frozen=True)
class HarvestOutcome:
    stored: PartnerKey | None
    reason: str


def harvest(
    certificate: x509.Certificate,
    *,
    address: str,
    capabilities: Sequence[str],
    trusted: bool,
    status_reason: str,
    source: str = KeySource.HARVESTED,
    actor: str = "system:gateway",
    kind: str = KeyKind.SMIME_PERSONAL,
) -> HarvestOutcome:
    """Store a signer's certificate and capabilities from a verified signature.

    Only a valid and trusted signature stores anything: an untrusted or invalid one
    can never replace a good certificate (it is recorded, not stored). A new
    certificate for the same address supersedes the older ones; both stay visible.
    ``kind`` is a domain certificate (``address`` then is the domain) when staff
    import a partner gateway's certificate (:func:`import_partner_certificate`).
    """
    address = normalise_address(address)
    facts = None
    if trusted:
        try:
            facts = certs.facts(certificate)
        except ValueError as exc:  # cryptography parses parts of a certificate only on use
            status_reason = f"certificate cannot be read: {exc}"
    if facts is None:
        record(
            actor,
            "keys.harvest.refused",
            f"address:{address}",
            {"fingerprint": certs.fingerprint(certificate), "reason": status_reason},
        )
        return HarvestOutcome(None, f"not stored: {status_reason}")
    now = timezone.now()
    with transaction.atomic():
        existing = PartnerKey.objects.filter(fingerprint=facts.fingerprint, address=address).first()
        if existing:
            existing.last_seen, existing.capabilities = now, list(capabilities)
            existing.save(update_fields=["last_seen", "capabilities"])
            record(actor, "keys.harvest.seen", f"partner-key:{existing.pk}", {"address": address})
            return HarvestOutcome(existing, "certificate already known; last seen updated")
        key = PartnerKey.objects.create(
            kind=kind,
            address=address,
            public_data=_der(certificate),
            source=source,
            capabilities=list(capabilities),
            status=KeyStatus.VALID,
            status_reason=status_reason,
            validated_at=now,
            **_fact_fields(facts),
        )
        older = PartnerKey.objects.filter(
            address=address,
            kind=kind,
            superseded_by__isnull=True,
            not_after__lt=facts.not_after,
        ).exclude(pk=key.pk)
        superseded = [str(k.pk) for k in older]
        older.update(superseded_by=key)
        record(
            actor,
            "keys.harvest.stored",
            f"partner-key:{key.pk}",
            {
                "address": address,
                "fingerprint": facts.fingerprint,
                "source": source,
                "supersedes": superseded,
            },
        )
    return HarvestOutcome(
        key, "certificate stored" + (f", supersedes {len(superseded)}" if superseded else "")
    )


def import_partner_certificate(data: bytes, *, actor: str, domain: str | None = None) -> PartnerKey:
    """A partner's S/MIME certificate (PEM or DER, chain after it) imported by staff.

    Without ``domain`` it is a personal certificate, stored under its e-mail address;
    with ``domain`` it is the certificate of the partner's gateway, used for every
    recipient of that domain (domain S/MIME). Either way it must chain to a trust
    anchor and be good for e-mail now: staff cannot store what harvesting would refuse.
    """
    try:
        certificate, *chain = certs.load_certificates(data)
    except (certs.CertificateLoadError, ValueError) as exc:
        raise ImportRefused(str(exc) or "no certificate in the file") from None
    if domain:
        kind, address = KeyKind.SMIME_DOMAIN, normalise_address(domain).lstrip("*@")
    else:
        found = certs.email_addresses(certificate)
        if not found:
            raise ImportRefused("the certificate names no e-mail address; give the domain")
        kind, address = KeyKind.SMIME_PERSONAL, found[0]
    verdict = validate_certificate(
        certificate,
        trust_anchors=selectors.trust_anchors(),
        intermediates=chain,
        address=None if domain else address,
    )
    if not verdict.usable:
        raise ImportRefused(verdict.reason)
    outcome = harvest(
        certificate,
        address=address,
        capabilities=[],
        trusted=True,
        status_reason=verdict.reason,
        source=KeySource.IMPORTED,
        actor=actor,
        kind=kind,
    )
    assert outcome.stored is not None  # trusted and readable: harvest stores it
    return outcome.stored


def rotate_master_key(*, actor: str) -> int:
    """Re-seal every own private key — and all else registered in :mod:`.sealed` — under the current key.

    Only blobs not yet under the current key are touched, so running it again after a
    census (:func:`master_key_census`) still finds something old costs little.
    """
    ring = keyring()
    count = 0
    with transaction.atomic():
        for key in OwnKey.objects.select_for_update().exclude(master_key_id=ring.current_id):
            old_id = key.master_key_id
            key.sealed_private_key = ring.reseal(bytes(key.sealed_private_key), key.seal_context)
            key.master_key_id = ring.current_id
            key.save(update_fields=["sealed_private_key", "master_key_id"])
            record(
                actor,
                "keys.master.reseal",
                f"own-key:{key.pk}",
                {"from": old_id, "to": ring.current_id},
            )
            count += 1
        others = sum(sealed.reseal(ring).values())
        record(
            actor,
            "keys.master.rotate",
            "",
            {"current": ring.current_id, "resealed": count, "resealed_elsewhere": others},
        )
    return count + others


EXPIRY_NOTICE_DAYS = (30, 14, 3)


def notify_expiring_keys(*, now: dt.datetime | None = None) -> list[OwnKey]:
    """Tell the administrators about own certificates that expire in 30, 14 and 3 days.

    Each threshold is reported once per key (``expiry_notice_days``), so the task
    may run as often as wanted. Returns the keys reported in this run.
    """
    moment = now or timezone.now()
    horizon = moment + dt.timedelta(days=max(EXPIRY_NOTICE_DAYS))
    due = []
    for key in OwnKey.objects.filter(active=True, not_after__gt=moment, not_after__lte=horizon):
        days_left = (key.not_after - moment).days if key.not_after else 0
        threshold = min(t for t in EXPIRY_NOTICE_DAYS if days_left < t)
        if key.expiry_notice_days is None or threshold < key.expiry_notice_days:
            due.append((key, threshold, days_left))
    if not due:
        return []
    lines = [
        f"- {key.address} ({key.get_kind_display()}): gültig bis {key.not_after:%d.%m.%Y}, "
        f"noch {days_left} Tage; Fingerabdruck {key.fingerprint[:16]}"
        for key, _, days_left in due
    ]
    body = (
        "Die folgenden Zertifikate laufen bald ab. Bitte beantragen Sie rechtzeitig neue Zertifikate "
        "und importieren Sie sie mit »siegel keys import-p12«.\n\n" + "\n".join(lines) + "\n"
    )
    notice = outbox.Draft(
        kind="key-expiry",
        to=(settings.SIEGEL_ADMIN_ADDRESS,),
        subject=f"[{settings.SIEGEL_BRAND_NAME}] {len(due)} Zertifikat(e) laufen bald ab",
        body=body,
    )
    reported = ",".join(f"{key.pk}:{threshold}" for key, threshold, _ in due)
    with transaction.atomic():
        outbox.queue(notice, key=f"key-expiry:{reported}")
        for key, threshold, days_left in due:
            OwnKey.objects.filter(pk=key.pk).update(expiry_notice_days=threshold)
            record(
                "system:worker",
                "keys.own.expiry_notice",
                f"own-key:{key.pk}",
                {
                    "days_left": days_left,
                    "threshold": threshold,
                    "to": settings.SIEGEL_ADMIN_ADDRESS,
                },
            )
    return [key for key, _, _ in due]


def revalidate(
    key: PartnerKey, *, trust_anchors: list[x509.Certificate], at: dt.datetime | None = None
) -> str:
    """Validate a partner's S/MIME certificate now (chain, usage, address, dates, CRL) and store it.

    A change of status is an audit event: a certificate that becomes revoked or
    untrusted leaves a trace of when Siegel stopped using it.
    """
    cert = x509.load_der_x509_certificate(bytes(key.public_data))
    verdict = validate_certificate(
        cert,
        trust_anchors=trust_anchors,
        address=key.address if key.kind == KeyKind.SMIME_PERSONAL else None,
        at=at,
        crls=revocation.cached_crls(cert),
        ocsp_responses=revocation.cached_ocsp(cert),
    )
    status = KeyStatus(verdict.status.value)
    with transaction.atomic():
        if status != key.status:
            record(
                "system:worker",
                "keys.partner.status",
                f"partner-key:{key.pk}",
                {"from": key.status, "to": status, "reason": verdict.reason},
            )
        key.status, key.status_reason, key.validated_at = (
            status,
            verdict.reason[:500],
            timezone.now(),
        )
        key.save(update_fields=["status", "status_reason", "validated_at"])
    return status


def refresh_and_revalidate(fetch: revocation.Fetch = revocation.http_fetch) -> dict[str, int]:
    """The periodic task: refresh CRLs and OCSP answers, then revalidate every partner certificate."""
    revocation.refresh(revocation.partner_crl_urls(), fetch)
    anchors = [
        x509.load_der_x509_certificate(bytes(a.certificate))
        for a in TrustAnchor.objects.filter(enabled=True)
    ]
    counts: dict[str, int] = {}
    for key in PartnerKey.objects.exclude(kind=KeyKind.PGP).iterator():
        cert = x509.load_der_x509_certificate(bytes(key.public_data))
        issuer = next((a for a in anchors if a.subject == cert.issuer), None)
        if issuer is not None:
            revocation.refresh_ocsp(cert, issuer, fetch)
        status = revalidate(key, trust_anchors=anchors)
        counts[status] = counts.get(status, 0) + 1
    return counts


def import_pgp(data: bytes, *, actor: str) -> OwnKey | PartnerKey:
    """An OpenPGP secret key becomes an own key (sealed); a public key a partner key."""
    try:
        info, secret = load_key(data)
    except OpenPgpError as exc:
        raise ImportRefused(str(exc)) from None
    if not info.email_addresses:
        raise ImportRefused("the key has no user ID with an e-mail address")
    if info.revoked:
        raise ImportRefused("the key is revoked")
    now = timezone.now()
    address = info.email_addresses[0]
    fields = {
        "kind": KeyKind.PGP,
        "address": address,
        "fingerprint": info.fingerprint,
        "public_data": info.public_key,
        "subject": ", ".join(info.email_addresses)[:500],
        "not_before": None,
        "not_after": info.expiration,
    }
    with transaction.atomic():
        if secret is not None:
            if OwnKey.objects.filter(fingerprint=info.fingerprint).exists():
                raise ImportRefused(f"this key is already imported ({info.fingerprint[:16]}…)")
            own = OwnKey(master_key_id=keyring().current_id, **fields)
            own.sealed_private_key = keyring().seal(secret, own.seal_context)
            own.status, own.status_reason = KeyStatus.VALID, "imported secret key"
            own.save()
            record(
                actor,
                "keys.own.import",
                f"own-key:{own.pk}",
                {"kind": KeyKind.PGP, "address": address, "fingerprint": info.fingerprint},
            )
            return own
        if PartnerKey.objects.filter(fingerprint=info.fingerprint, address=address).exists():
            raise ImportRefused(f"this key is already imported ({info.fingerprint[:16]}…)")
        usable = info.valid_at(now)
        key = PartnerKey.objects.create(
            source=KeySource.IMPORTED,
            status=KeyStatus.VALID if usable else KeyStatus.EXPIRED,
            status_reason="imported by staff" if usable else "expired",
            validated_at=now,
            **fields,
        )
        record(
            actor,
            "keys.partner.import",
            f"partner-key:{key.pk}",
            {"kind": KeyKind.PGP, "address": address, "fingerprint": info.fingerprint},
        )
        return key
